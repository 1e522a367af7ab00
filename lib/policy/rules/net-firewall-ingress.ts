import { COMPLIANT, NOT_APPLICABLE, nonCompliant, ResourceRule } from "../types";
import { asBool, at, blocks, cannotJudge, isUnresolved } from "../values";

/** Source ranges that mean "the whole internet". */
export const ANYWHERE: readonly string[] = ["0.0.0.0/0", "0.0.0.0", "::/0", "::0", "::"];

/** Firewall policy rule types, whose sources are in match.src_ip_ranges and whose verdict is `action`. */
const POLICY_RULE_TYPES: readonly string[] = [
  "google_compute_firewall_policy_rule",
  "google_compute_network_firewall_policy_rule",
  "google_compute_region_network_firewall_policy_rule",
];

/** MLOPS-NET-001: no ingress allow rule is open to the internet. */
export const NetNoIngressFromAnywhere: ResourceRule = {
  id: "MLOPS-NET-001",
  level: "error",
  scope: "resource",
  resourceTypes: ["google_compute_firewall", ...POLICY_RULE_TYPES],
  cause: "No firewall rule allows ingress from 0.0.0.0/0 or ::/0.",
  explanation:
    "An allow rule with an internet-wide source exposes every matching VM port to scans and attacks. " +
    "Allow only the ranges that need access: IAP's 35.235.240.0/20 for SSH, Google's health-check ranges " +
    "for load balancers. Deny rules and disabled rules are not applicable; egress rules are not " +
    "inspected.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "3.6", note: "SSH; this rule covers every port" },
    { source: "CIS GCP 2.0.0", id: "3.7", note: "RDP; this rule covers every port" },
    { source: "Checkov", id: "CKV_GCP_2", note: "SSH" },
    { source: "Checkov", id: "CKV_GCP_3", note: "RDP" },
    { source: "Checkov", id: "CKV_GCP_106", note: "HTTP" },
    { source: "Checkov", id: "CKV2_GCP_12", note: "all ports" },
  ],
  check(r) {
    const policyRule = POLICY_RULE_TYPES.includes(r.type);
    const disabled = asBool(r.values.disabled);
    if (disabled === true) return NOT_APPLICABLE;
    const direction = r.values.direction ?? (policyRule ? undefined : "INGRESS");
    if (isUnresolved(direction)) return cannotJudge("direction", direction);
    if (direction !== "INGRESS") return NOT_APPLICABLE;
    if (policyRule) {
      const action = r.values.action;
      if (isUnresolved(action)) return cannotJudge("action", action);
      if (action !== "allow") return NOT_APPLICABLE;
    } else if (blocks(r.values.allow).length === 0) {
      return NOT_APPLICABLE; // a deny rule
    }
    const attribute = policyRule ? "match.src_ip_ranges" : "source_ranges";
    const ranges = policyRule ? at(r.values, "match.src_ip_ranges") : r.values.source_ranges;
    if (ranges === undefined) {
      // Sources given by tags or service accounts are VMs of the network, not the internet.
      if (policyRule || r.values.source_tags !== undefined || r.values.source_service_accounts !== undefined) return COMPLIANT;
      return nonCompliant("sets no source_ranges, source_tags or source_service_accounts; name the sources that need access");
    }
    if (!Array.isArray(ranges)) return cannotJudge(attribute, ranges);
    const open = ranges.filter((x) => typeof x === "string" && ANYWHERE.includes(x.trim()));
    if (open.length > 0) return nonCompliant(`allows ingress from ${open.join(", ")} (${attribute}); allow only the ranges that need access`);
    const unknown = ranges.filter((x) => typeof x !== "string" || isUnresolved(x));
    if (unknown.length > 0) return cannotJudge(attribute, unknown.length === 1 ? unknown[0] : unknown);
    return COMPLIANT;
  },
};
