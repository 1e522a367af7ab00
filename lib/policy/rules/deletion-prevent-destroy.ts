import { STATEFUL_TYPES, STATEFUL_TYPE_NAMES } from "../stateful";
import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { asBool, block } from "../values";

/** MLOPS-DATA-001: stateful resources in prod refuse to be destroyed. */
export const DataPreventDestroy: ResourceRule = {
  id: "MLOPS-DATA-001",
  level: "error",
  scope: "resource",
  tiers: ["prod"],
  resourceTypes: STATEFUL_TYPE_NAMES,
  cause: "In prod, every stateful resource (buckets, datasets, tables, feature stores, keys, key rings, repositories, notebooks, ...) carries lifecycle.prevent_destroy.",
  explanation:
    "prevent_destroy makes Terraform refuse any plan that would destroy the resource, whether by a " +
    "`destroy`, a removed construct or a change that forces replacement, so data is never lost by an " +
    "apply. To retire such a resource on purpose, lift the flag for it in a reviewed change first.",
  benchmarks: [{ source: "Checkov", id: "CKV_GCP_121", note: "related: BigQuery table deletion_protection, which MLOPS-DATA-002 checks" }],
  check(r) {
    if (asBool(block(r.values.lifecycle)?.prevent_destroy) === true) return COMPLIANT;
    return nonCompliant(`lifecycle.prevent_destroy is not set, so a plan could destroy it and its ${STATEFUL_TYPES[r.type].holds}`);
  },
};
