import { COMPLIANT, NOT_APPLICABLE, nonCompliant, ResourceRule } from "../types";
import { at, block, cannotJudge, isUnresolved } from "../values";

/** Subnet purposes that support neither flow logs nor Private Google Access (proxy-only subnets). */
export const PROXY_ONLY_PURPOSES: readonly string[] = ["INTERNAL_HTTPS_LOAD_BALANCER", "REGIONAL_MANAGED_PROXY", "GLOBAL_MANAGED_PROXY"];

/** MLOPS-NET-002: subnets record VPC flow logs. */
export const NetSubnetFlowLogs: ResourceRule = {
  id: "MLOPS-NET-002",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_compute_subnetwork"],
  cause: "Subnetworks record VPC flow logs (a log_config block with a sampling rate above 0).",
  explanation:
    "Flow logs record the connections of every VM in the subnet: the evidence an incident review needs " +
    "and the way to spot data leaving the network. Proxy-only subnets do not support them and are not " +
    "applicable.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "3.8" },
    { source: "Checkov", id: "CKV_GCP_26" },
  ],
  check(r) {
    if (typeof r.values.purpose === "string" && PROXY_ONLY_PURPOSES.includes(r.values.purpose)) return NOT_APPLICABLE;
    if (!block(r.values.log_config)) {
      return isUnresolved(r.values.log_config) ? cannotJudge("log_config", r.values.log_config) : nonCompliant("log_config is not set, so no flow logs are recorded; add a log_config block");
    }
    const sampling = at(r.values, "log_config.flow_sampling");
    if (isUnresolved(sampling)) return cannotJudge("log_config.flow_sampling", sampling);
    if (sampling !== undefined && Number(sampling) === 0) return nonCompliant("log_config.flow_sampling is 0, so no flows are recorded; set it above 0");
    return COMPLIANT;
  },
};
