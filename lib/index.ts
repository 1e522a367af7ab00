/**
 * Public API of gcp-mlops-constructs: the engine-neutral core and the Terraform constructs, plus
 * the policy pack's and the review's main functions. Re-exports only. Narrower entry points:
 * `gcp-mlops-constructs/core` (no engine), `/terraform`, `/pulumi`, `/policy`, `/review`.
 *
 * @module gcp-mlops-constructs
 */
export * from "./neutral";
export * from "./terraform";
export { evaluate, RULE_IDS, RULES } from "./policy";
export { reviewStack, combineReviews } from "./review";
