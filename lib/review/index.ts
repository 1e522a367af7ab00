/**
 * The pull-request review of synthesized stacks: engine-neutral, pure functions over Terraform JSON.
 *
 * @module gcp-mlops-constructs/review
 */
export { readStack, emptyStack, capabilityOf, referencesIn } from "./model";
export type { ResourceEntry, StackModel, MovedBlock } from "./model";
export { diffStacks, attributeChanges } from "./diff";
export type { AttributeChange, ChangedResource, StackDiff, StatefulWarning, WarningKind } from "./diff";
export { STATEFUL_TYPES, isForceNew } from "./stateful";
export type { StatefulType } from "./stateful";
export { DEFAULT_RATES, estimateCost, machineRate, mergeRates, workbenchHours, RateOverridesSchema } from "./cost";
export type { CostEstimate, CostLine, FamilyRate, RateTable } from "./cost";
export { renderDiagram, NODE_TYPES } from "./diagram";
export type { DiagramOptions, NodeState } from "./diagram";
export { readPolicyReport } from "./policy";
export type { PolicyFinding, PolicyReport, PolicySuppression } from "./policy";
export { reviewStack, reviewStacks, combineReviews, REVIEW_MARKER } from "./report";
export { stateWarnings } from "./state";
export type { StackPair, StateSide, StateWarning } from "./state";
export type { ReviewInput, StackReview } from "./report";
