import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { asBool, at, cannotJudge, UNRESOLVED } from "../values";

/** MLOPS-GCS-003: buckets keep object versions. */
export const GcsVersioning: ResourceRule = {
  id: "MLOPS-GCS-003",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_storage_bucket"],
  cause: "Cloud Storage buckets have object versioning enabled.",
  explanation:
    "Versioning keeps the previous version of an object when it is overwritten or deleted, so a bad " +
    "pipeline run or a mistaken delete can be undone. Pair it with a lifecycle rule that deletes " +
    "noncurrent versions after some days to bound the cost.",
  benchmarks: [{ source: "Checkov", id: "CKV_GCP_78" }],
  check(r) {
    const v = at(r.values, "versioning.enabled");
    const b = asBool(v);
    if (b === true) return COMPLIANT;
    if (b === UNRESOLVED) return cannotJudge("versioning.enabled", v);
    return nonCompliant(b === undefined ? "versioning is not enabled; set versioning { enabled = true }" : "versioning.enabled is false; set it to true");
  },
};
