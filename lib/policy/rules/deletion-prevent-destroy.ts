import facts from "../../../provider/facts.json";
import { STATEFUL_TYPES, STATEFUL_TYPE_NAMES } from "../stateful";
import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { asBool, block } from "../values";

const GUARDS = facts.types as Record<string, { guards?: string[] }>;

/** True where the pinned provider has the provider-enforced `deletion_policy` on the type. */
export function hasDeletionPolicy(type: string): boolean {
  return GUARDS[type]?.guards?.includes("deletion_policy") ?? false;
}

/** MLOPS-DATA-001: stateful resources in prod refuse to be destroyed. */
export const DataPreventDestroy: ResourceRule = {
  id: "MLOPS-DATA-001",
  level: "error",
  scope: "resource",
  tiers: ["prod"],
  resourceTypes: STATEFUL_TYPE_NAMES,
  cause: 'In prod, every stateful resource carries lifecycle.prevent_destroy and, where the provider has it, deletion_policy = "PREVENT".',
  explanation:
    "prevent_destroy makes Terraform refuse a plan that destroys the resource while its configuration is there (a `destroy`, or a " +
    'change that forces replacement). It cannot stop the deletion of a resource whose configuration was removed. deletion_policy = "PREVENT" ' +
    "is kept in the state, and the provider refuses to delete the resource in every one of those cases. To retire such a resource " +
    "on purpose, see the README (\"Addresses are public API\").",
  benchmarks: [{ source: "Checkov", id: "CKV_GCP_121", note: "related: BigQuery table deletion_protection, which MLOPS-DATA-002 checks" }],
  check(r) {
    const problems: string[] = [];
    if (asBool(block(r.values.lifecycle)?.prevent_destroy) !== true) problems.push("lifecycle.prevent_destroy is not set");
    if (hasDeletionPolicy(r.type) && r.values.deletion_policy !== "PREVENT") problems.push(`deletion_policy is ${JSON.stringify(r.values.deletion_policy ?? "DELETE")}, not "PREVENT"`);
    if (!problems.length) return COMPLIANT;
    return nonCompliant(`${problems.join(" and ")}, so a plan could destroy it and its ${STATEFUL_TYPES[r.type].holds}`);
  },
};
