/**
 * The Terraform constructs (`gcp-mlops-constructs/terraform`), on CDK Terrain: the app builder, the
 * environment stack, `MlopsEnvironment` and every capability's construct, and the policy pack's
 * synthesis hook. Needs the `cdktn` and `constructs` peer dependencies. Re-exports only.
 *
 * @module gcp-mlops-constructs/terraform
 */
export { buildApp, defaultConfigDir } from "./app";
export type { BuildAppOptions } from "./app";
export { MlopsStack } from "./stack";
export type { MlopsStackProps } from "./stack";
export { MlopsEnvironment, DATA_LAYER_APIS } from "./environment";
export type { MlopsEnvironmentProps } from "./environment";
export { principal } from "./core/common";
export type { CommonProps, DataProtection, IGrantee } from "./core/common";
export { ProjectServices } from "./project/services";
export { MlopsBucket } from "./storage/bucket";
export type { MlopsBucketProps } from "./storage/bucket";
export { DataLake, DATA_LAKE_BUCKETS } from "./storage/data-lake";
export { MlopsDataset } from "./bigquery/dataset";
export type { MlopsDatasetProps } from "./bigquery/dataset";
export { Warehouse, WAREHOUSE_DATASETS } from "./bigquery/warehouse";
export { ArtifactRepository } from "./registry/repository";
export type { ArtifactRepositoryProps } from "./registry/repository";
export { Identity, WORKLOADS } from "./identity/identity";
export { WorkloadServiceAccount, PRIMITIVE_ROLES } from "./identity/service-account";
export { MlopsNetwork } from "./network/network";
export type { MlopsNetworkProps, IMlopsNetwork } from "./network/network";
export { ServicePerimeter } from "./network/service-perimeter";
export { Encryption } from "./encryption/encryption";
export type { KeyDomain } from "./encryption/encryption";
export { DataAccessAuditLogs } from "./identity/audit-logs";
export { grantWorkloadAccess } from "./identity/access";
export { WorkbenchFleet } from "./workbench/fleet";
export { FeatureStore } from "./featurestore/feature-store";
export { Pipelines, PipelineTriggers } from "./pipelines/pipelines";
export { ServingFleet, ServedModel } from "./serving/fleet";
export { NotificationChannels } from "./monitoring/channels";
export { ModelAlerts } from "./monitoring/model-alerts";
export { FleetModelAlerts } from "./monitoring/fleet-model-alerts";
export { PipelineAlerts } from "./monitoring/pipeline-alerts";
export { FeatureStoreAlerts } from "./monitoring/feature-store-alerts";
export { WorkbenchAlerts } from "./monitoring/workbench-alerts";
export { Dashboard } from "./monitoring/dashboard";
export { Budget } from "./monitoring/budget";
export { SkewMonitoring } from "./skew/monitoring";
export { SkewBatch } from "./skew/monitor";
export { GithubWorkloadIdentity } from "./delivery/workload-identity";
export { applyPolicy, evaluateStack, PolicyViolationError, REPORT_FILES, writeReports } from "./policy/cdktn";
export type { AppliedPolicy, ApplyPolicyOptions, PolicyReportFiles } from "./policy/cdktn";
