/**
 * The engine-neutral core (`gcp-mlops-constructs/core`): the environment schema, YAML loading with
 * line numbers, tier presets, the resolved spec, the Google Cloud catalogs and every capability's
 * checks. It loads neither cdktn nor Pulumi, so tools that only validate or read environments
 * (editors, linters, other engines) need neither. Re-exports only.
 *
 * @module gcp-mlops-constructs/core
 */
export { EnvironmentConfigSchema, hasAlertChannels } from "./config/schema";
export type { EnvironmentConfig, EnvironmentConfigInput } from "./config/schema";
export type { ModelConfig } from "./config/models";
export type { TeamMember } from "./config/team";
export { TIER_PRESETS, TIERS } from "./config/presets";
export type { Tier, TierPreset } from "./config/presets";
export { MANAGED_BY, resolveEnvironment } from "./config/spec";
export type { EnvironmentSpec, WorkbenchInstanceSpec } from "./config/spec";
export { crossEnvironmentProblems, loadEnvironmentDir, loadEnvironmentFile, parseEnvironment } from "./config/load";
export type { LoadedConfig } from "./config/load";
export { ValidationError, formatProblem } from "./core/errors";
export type { Problem } from "./core/errors";

// Google Cloud facts, each table with its source and date.
export { VERTEX_AI_REGIONS, VERTEX_AI_REGIONS_AS_OF, isVertexAiRegion } from "./catalog/regions";
export { ACCELERATOR_TYPES, MACHINE_CATALOG_AS_OF, MACHINE_TYPES, checkMachineAndAccelerator, machinesFor } from "./catalog/machines";
export type { AcceleratorType, MachineType } from "./catalog/machines";
export { GPU_REGIONS_AS_OF, PREDICTION_GPUS_BY_REGION, checkModelsInRegion, isOfferedForPrediction, regionsOffering } from "./catalog/gpu-regions";
export { cidrsOverlap, parseCidr } from "./catalog/cidr";
export type { Ipv4Cidr } from "./catalog/cidr";
export { cronProblem, isTimeZone } from "./catalog/cron";
export * as naming from "./catalog/naming";

// Each capability's checks and fixed tables, as both engines' constructs run them on their props.
export { DATA_LAYER_APIS, FOUNDATION_APIS } from "./project/checks";
export { DATA_LAKE_BUCKETS, bucketProblems, checkBucket, dataLakeBucketName } from "./storage/checks";
export { WAREHOUSE_DATASETS, checkDataset, datasetProblems, warehouseDatasetId } from "./bigquery/checks";
export { checkRepository, repositoryProblems, repositoryUrl } from "./registry/checks";
export { KEY_DOMAINS, MAX_ROTATION_DAYS, checkEncryption, encryptionProblems } from "./encryption/checks";
export type { KeyDomain } from "./encryption/checks";
export { checkNetwork, checkPerimeter, networkProblems, perimeterProblems } from "./network/checks";
export { PRIMITIVE_ROLES, WORKLOADS, checkServiceAccount, serviceAccountProblems } from "./identity/checks";
export type { Workload } from "./identity/checks";
export { checkWorkbenchFleet, workbenchFleetProblems } from "./workbench/checks";
export { resolveFeatureStore } from "./featurestore/checks";
export { checkPipelines, pipelinesProblems } from "./pipelines/checks";
export { validateServingFleet } from "./serving/checks";
export { budgetProblems, dashboardProblems, notificationChannelProblems } from "./monitoring/checks";
export { MAX_DASHBOARD_MODELS, monitoringPlan } from "./monitoring/plan";
export { fleetAlertGroups, fleetAlertPolicyCount, MODEL_SIGNALS } from "./monitoring/fleet-rules";
export type { FleetAlertGroup, FleetAlertInput, FleetModel, ModelSignal } from "./monitoring/fleet-rules";
export { skewMonitoringProblems, skewMonitorProblems } from "./skew/checks";
export { DEPLOYER_PROJECT_ROLES, checkDelivery, deliveryPlan, deliveryProblems } from "./delivery/checks";
