import { STATEFUL_TYPES } from "../stateful";
import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { asBool, cannotJudge, UNRESOLVED } from "../values";

/** MLOPS-DATA-002: destroying a stateful resource never takes its contents along (preprod and prod). */
export const DataNoTeardown: ResourceRule = {
  id: "MLOPS-DATA-002",
  level: "error",
  scope: "resource",
  tiers: ["preprod", "prod"],
  resourceTypes: Object.keys(STATEFUL_TYPES).filter((t) => STATEFUL_TYPES[t].teardown),
  cause: "In preprod and prod, no force_destroy or delete_contents_on_destroy, and no deletion_protection = false.",
  explanation:
    "These flags let a destroy delete a non-empty bucket, dataset or feature store with everything in it " +
    "(or let a plan drop a table or database). Without them, Terraform fails on non-empty resources " +
    "instead, so data is removed only deliberately. dev may set them so that test environments can be " +
    "torn down.",
  benchmarks: [{ source: "Checkov", id: "CKV_GCP_121", note: "BigQuery table deletion_protection" }],
  check(r) {
    const { attribute, dangerous } = STATEFUL_TYPES[r.type].teardown!;
    const v = r.values[attribute];
    const b = asBool(v);
    if (b === UNRESOLVED) return cannotJudge(attribute, v);
    if (b === dangerous) return nonCompliant(`${attribute} is ${String(b)}, so a destroy would also delete the ${STATEFUL_TYPES[r.type].holds}; ${dangerous ? "remove it" : "set it to true"}`);
    return COMPLIANT;
  },
};
