import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { asBool, cannotJudge, UNRESOLVED } from "../values";

/** MLOPS-GCS-002: buckets use uniform bucket-level access. */
export const GcsUniformAccess: ResourceRule = {
  id: "MLOPS-GCS-002",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_storage_bucket"],
  cause: "Cloud Storage buckets use uniform bucket-level access (IAM only, no object ACLs).",
  explanation:
    "Uniform bucket-level access turns object ACLs off, so who can read an object is decided by IAM on the " +
    "bucket alone and shows up in one place. Without it, any writer can make single objects public through ACLs.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "5.2" },
    { source: "Checkov", id: "CKV_GCP_29" },
  ],
  check(r) {
    const v = r.values.uniform_bucket_level_access;
    const b = asBool(v);
    if (b === true) return COMPLIANT;
    if (b === UNRESOLVED) return cannotJudge("uniform_bucket_level_access", v);
    return nonCompliant(
      b === undefined
        ? "uniform_bucket_level_access is not set (the provider default is false); set it to true"
        : "uniform_bucket_level_access is false; set it to true",
    );
  },
};
