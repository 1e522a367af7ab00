/**
 * The policy pack's public API (`gcp-mlops-constructs/policy`), engine-neutral: rules, evaluation
 * over Terraform JSON, reports, suppressions. Re-exports only. The synthesis hook for a cdktn stack
 * (`applyPolicy`) is in `lib/policy/cdktn.ts`, exported by the Terraform entry points.
 *
 * @module gcp-mlops-constructs/policy
 */
export { appliesIn, checkResource, effectiveLevel, evaluate, RULE_IDS, RULES } from "./pack";
export type { EvaluateOptions } from "./pack";
export { formatFinding, renderJson, renderMarkdown } from "./report";
export type { Finding, PolicyReport, RuleSummary, SuppressedFinding, SuppressionUse } from "./report";
export { findSuppression, globToRegExp, MIN_REASON_LENGTH, suppressionProblems } from "./suppressions";
export type { Suppression } from "./suppressions";
export { resourcesFromTerraform } from "./terraform-json";
export { STATEFUL_TYPES } from "./stateful";
export { LABEL_ATTRIBUTE } from "./labelable-types";
export { REQUIRED_LABELS } from "./rules/labels";
export { CMEK_CHECKS } from "./rules/cmek";
export { COMPLIANT, NOT_APPLICABLE, nonCompliant } from "./types";
export type { BenchmarkRef, PolicyContext, PolicyResource, PolicyRule, ResourceRule, RuleLevel, RuleResult, StackFinding, StackRule } from "./types";
