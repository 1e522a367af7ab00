/**
 * Public API of the Pulumi variant. Re-exports only. A separate entry point from `lib/index.ts`:
 * it loads neither cdktf nor the cdktf provider bindings, and the cdktf side never loads Pulumi.
 *
 * @module gcp-mlops-constructs/pulumi
 */
export { MlopsEnvironment } from "./environment";
export type { MlopsEnvironmentArgs } from "./environment";
export { deployEnvironment, environmentFileFor, projectRoot, pulumiConfigDir, runStack } from "./program";
export type { DeployedEnvironment } from "./program";
export { ProjectServices } from "./services";
export type { ProjectServicesArgs } from "./services";
export { MlopsNetwork, ServicePerimeter } from "./network";
export type { IMlopsNetwork, MlopsNetworkArgs, MlopsNetworkResources, ServicePerimeterArgs, SharedVpcRef } from "./network";
export { Encryption } from "./encryption";
export type { DomainKey, EncryptionArgs } from "./encryption";
export { DataAccessAuditLogs, Identity, WorkloadServiceAccount } from "./identity";
export type { DataAccessAuditLogsArgs, IdentityArgs, WorkloadServiceAccountArgs } from "./identity";
export { DataLake, MlopsBucket } from "./storage";
export type { DataLakeArgs, MlopsBucketArgs } from "./storage";
export { MlopsDataset, Warehouse } from "./bigquery";
export type { MlopsDatasetArgs, WarehouseArgs } from "./bigquery";
export { ArtifactRepository } from "./registry";
export type { ArtifactRepositoryArgs, RepositoryFormat } from "./registry";
export { WorkbenchFleet } from "./workbench";
export type { WorkbenchFleetArgs, WorkbenchInstanceOutput } from "./workbench";
export { COMPONENT_TYPES, KEEP_FOREVER } from "./common";
export type { CommonArgs } from "./common";
export {
  AUDITED_SERVICES,
  DATA_LAKE_BUCKETS,
  DATA_LAYER_APIS,
  FOUNDATION_APIS,
  KEY_DOMAINS,
  PRIMITIVE_ROLES,
  WAREHOUSE_DATASETS,
  WORKLOADS,
} from "./catalog";
export type { DataLakeBucket, KeyDomain, WarehouseDataset, Workload } from "./catalog";
export { DATA_SOURCE_MAPPINGS, RESOURCE_MAPPINGS, toTerraformShape } from "./mapping";
export type { DataSourceMapping, ResourceMapping, TerraformAttributes } from "./mapping";
export { runWithMocks, terraformResources, valueOf } from "./testing";
export type { MockedRun, RecordedResource, TerraformResource } from "./testing";
// The engine-neutral config, shared with the cdktf side.
export { EnvironmentConfigSchema } from "../config/schema";
export type { EnvironmentConfig, EnvironmentConfigInput } from "../config/schema";
export { TIER_PRESETS, TIERS } from "../config/presets";
export type { Tier, TierPreset } from "../config/presets";
export { resolveEnvironment } from "../config/spec";
export type { EnvironmentSpec } from "../config/spec";
export { loadEnvironmentFile, parseEnvironment } from "../config/load";
export { ValidationError, formatProblem } from "../core/errors";
export type { Problem } from "../core/errors";
export { principal } from "../core/common";
export type { DataProtection, IGrantee } from "../core/common";
export { FEATURE_READER_ROLE, FEATURE_STORE_COMPONENT_TYPE, FeatureStore } from "./feature-store";
export type { FeatureGroupResources, FeatureStoreArgs, IFeatureSyncAccount, IFeaturesDataset } from "./feature-store";
export { SERVING_COMPONENT_TYPES, ServedModel, ServingFleet, vertexAiServiceAgent } from "./serving";
export type { IServedModel, ServingFleetArgs } from "./serving";
export { PIPELINES_COMPONENT_TYPES, PipelineTriggers, Pipelines } from "./pipelines";
export type { KeyRef, PipelineTriggersArgs, PipelinesArgs } from "./pipelines";
export { DELIVERY_COMPONENT_TYPE, GithubWorkloadIdentity } from "./delivery";
export type { GithubWorkloadIdentityArgs } from "./delivery";
export { DEPLOYER_PROJECT_ROLES, PLANNER_PROJECT_ROLES } from "../delivery/checks";
export type { IActAsTarget } from "../delivery/checks";
export { PIPELINES_APIS } from "../pipelines/checks";
export { Budget, Dashboard, deployMonitoring, FeatureStoreAlerts, ModelAlerts, MONITORING_COMPONENT_TYPES, NotificationChannels, PipelineAlerts, WorkbenchAlerts } from "./monitoring";
export type { AlertTargetArgs, AlertTopicSource, BudgetArgs, DashboardArgs, DashboardModelArgs, EnvironmentMonitoring, EnvironmentMonitoringArgs, FeatureStoreAlertsArgs, ModelAlertsArgs, NotificationChannelsArgs, PipelineAlertsArgs, WorkbenchAlertsArgs } from "./monitoring";
export { SKEW_COMPONENT_TYPES, SkewMonitor, SkewMonitoring } from "./skew";
export type { ISkewDataset, ISkewRunner, SkewMonitorArgs, SkewMonitoringArgs } from "./skew";
