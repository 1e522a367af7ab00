import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { cannotJudge, isUnresolved, show } from "../values";

/** MLOPS-GCS-001: buckets enforce public access prevention. */
export const GcsPublicAccessPrevention: ResourceRule = {
  id: "MLOPS-GCS-001",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_storage_bucket"],
  cause: "Cloud Storage buckets enforce public access prevention.",
  explanation:
    "With public_access_prevention = \"enforced\" no IAM binding or ACL can make the bucket or its objects " +
    "readable by allUsers or allAuthenticatedUsers, whatever is granted later. The default, \"inherited\", " +
    "only protects the bucket when an organization policy enforces it.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "5.1", note: "prevents what 5.1 audits: anonymous or public access to a bucket" },
    { source: "Checkov", id: "CKV_GCP_114" },
  ],
  check(r) {
    const v = r.values.public_access_prevention;
    if (v === "enforced") return COMPLIANT;
    if (isUnresolved(v)) return cannotJudge("public_access_prevention", v);
    return nonCompliant(
      v === undefined
        ? 'public_access_prevention is not set (the default "inherited" relies on an organization policy); set it to "enforced"'
        : `public_access_prevention is ${show(v)}; set it to "enforced"`,
    );
  },
};
