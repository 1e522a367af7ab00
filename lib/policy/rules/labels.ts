import { LABEL_ATTRIBUTE } from "../labelable-types";
import { COMPLIANT, nonCompliant, ResourceRule } from "../types";
import { cannotJudge, isObject, isUnresolved } from "../values";

/** Labels every labelable resource carries: who manages it, for which environment, which part. */
export const REQUIRED_LABELS: readonly string[] = ["environment", "tier", "component", "managed-by"];

/** MLOPS-LBL-001: labelable resources carry the environment's labels. */
export const LabelsPresent: ResourceRule = {
  id: "MLOPS-LBL-001",
  level: "warning",
  scope: "resource",
  resourceTypes: Object.keys(LABEL_ATTRIBUTE),
  cause: `Resources that take labels carry ${REQUIRED_LABELS.join(", ")}.`,
  explanation:
    "Labels are how billing reports, budgets, inventory queries and incident responders find out which " +
    "environment and component a resource belongs to and who manages it. The library's constructs add " +
    "them; resources created through escape hatches must too (componentLabels). The attribute is labels, " +
    "or user_labels for Cloud Monitoring resources.",
  check(r) {
    const attribute = LABEL_ATTRIBUTE[r.type];
    const labels = r.values[attribute];
    if (labels === undefined) return nonCompliant(`${attribute} is not set; add ${REQUIRED_LABELS.join(", ")}`);
    if (isUnresolved(labels) || !isObject(labels)) return cannotJudge(attribute, labels);
    const missing = REQUIRED_LABELS.filter((k) => labels[k] === undefined || labels[k] === "");
    return missing.length === 0 ? COMPLIANT : nonCompliant(`${attribute} lacks ${missing.join(", ")}`);
  },
};
