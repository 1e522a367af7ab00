import { COMPLIANT, NOT_APPLICABLE, nonCompliant, ResourceRule } from "../types";
import { cannotJudge, isUnresolved, show } from "../values";

/** 90 days, the longest rotation period allowed. */
export const MAX_ROTATION_SECONDS = 90 * 86400;

/** MLOPS-KMS-001: symmetric keys rotate automatically at least every 90 days. */
export const KmsRotation: ResourceRule = {
  id: "MLOPS-KMS-001",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_kms_crypto_key"],
  cause: "Cloud KMS encryption keys rotate automatically at least every 90 days.",
  explanation:
    "Automatic rotation (rotation_period) creates a new primary key version on schedule, which bounds how " +
    "much data one key version protects. Only ENCRYPT_DECRYPT keys rotate automatically; asymmetric and " +
    "MAC keys are not applicable.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "1.10" },
    { source: "Checkov", id: "CKV_GCP_43" },
  ],
  check(r) {
    const purpose = r.values.purpose;
    if (isUnresolved(purpose)) return cannotJudge("purpose", purpose);
    if (purpose !== undefined && purpose !== "ENCRYPT_DECRYPT") return NOT_APPLICABLE;
    const period = r.values.rotation_period;
    if (period === undefined) return nonCompliant("rotation_period is not set, so the key never rotates; set it to 7776000s (90 days) or less");
    if (isUnresolved(period)) return cannotJudge("rotation_period", period);
    const m = typeof period === "string" ? /^([0-9]+)(\.[0-9]{1,9})?s$/.exec(period) : null;
    if (!m) return nonCompliant(`rotation_period is ${show(period)}, not a duration in seconds such as "7776000s"`);
    const seconds = Number(m[1]) + Number(m[2] ?? 0);
    if (seconds > MAX_ROTATION_SECONDS) {
      return nonCompliant(`rotation_period is ${period} (${Math.round((seconds / 86400) * 10) / 10} days); set it to 7776000s (90 days) or less`);
    }
    return COMPLIANT;
  },
};
