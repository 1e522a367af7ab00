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
export { reviewStack, reviewStacks, combineReviews, stateWarnings } from "./review";
export { CATALOG_CHECKED, countByStatus } from "./catalog/sources";
export type { FactStatus, Sourced, SourcedCount } from "./catalog/sources";
export { isCatalogedRole, NOT_PREDEFINED_ROLES, PREDEFINED_ROLES } from "./catalog/iam-roles";
export type { RoleFact } from "./catalog/iam-roles";
export { isCatalogedService, isVpcScSupported, PROJECT_SERVICES, VPC_SC_SUPPORTED_SERVICES } from "./catalog/services";
export { isCatalogedMetricType, isCatalogedResourceType, LOG_NAMES, METRIC_TYPES, MONITORED_RESOURCES } from "./catalog/monitoring";
export { ZONES_BY_REGION, zoneProblem, zonesOf } from "./catalog/zones";
export { PROHIBITED_SUBNET_RANGES, prohibitedRangeProblem } from "./catalog/cidr";
export { SERVICE_AGENTS, serviceAgentPrerequisites } from "./catalog/service-agents";
export type { ServiceAgentFact } from "./catalog/service-agents";
export { QUOTAS, quotaUsage } from "./catalog/quotas";
export { catalogSummary } from "./catalog/summary";
