import { COMPLIANT, NOT_APPLICABLE, nonCompliant, ResourceRule } from "../types";
import { asBool, cannotJudge, UNRESOLVED } from "../values";
import { PROXY_ONLY_PURPOSES } from "./net-subnet-flow-logs";

/** MLOPS-NET-003: subnets reach Google APIs privately. */
export const NetPrivateGoogleAccess: ResourceRule = {
  id: "MLOPS-NET-003",
  level: "warning",
  scope: "resource",
  resourceTypes: ["google_compute_subnetwork"],
  cause: "Subnetworks have Private Google Access on (private_ip_google_access = true).",
  explanation:
    "VMs without external IPs (Workbench, training and pipeline workers) reach Cloud Storage, BigQuery " +
    "and Vertex AI only through Private Google Access; without it they need a NAT path to Google's " +
    "public endpoints. Proxy-only subnets are not applicable.",
  benchmarks: [{ source: "Checkov", id: "CKV_GCP_74" }],
  check(r) {
    if (typeof r.values.purpose === "string" && PROXY_ONLY_PURPOSES.includes(r.values.purpose)) return NOT_APPLICABLE;
    const v = r.values.private_ip_google_access;
    const b = asBool(v);
    if (b === true) return COMPLIANT;
    if (b === UNRESOLVED) return cannotJudge("private_ip_google_access", v);
    return nonCompliant(`private_ip_google_access is ${b === undefined ? "not set (default false)" : "false"}; set it to true`);
  },
};
