/**
 * Tier presets: everything that differs between dev, preprod and prod by policy rather than by
 * choice. One table, read by every capability; an environment's YAML picks a tier, never these
 * values one by one.
 */
import type { FeatureStorePreset } from "../featurestore/presets";
import { ALERT_KINDS, AlertKind, MonitoringPreset, Severity } from "./monitoring";
import type { ServingPreset } from "../serving/preset";

export const TIERS = ["dev", "preprod", "prod"] as const;
export type Tier = (typeof TIERS)[number];

export interface TierPreset {
  /** `lifecycle.prevent_destroy` on stateful resources (buckets, datasets, repositories). */
  readonly preventDestroy: boolean;
  /**
   * Let `terraform destroy` delete non-empty buckets and datasets (`force_destroy`,
   * `delete_contents_on_destroy`). Never true where `preventDestroy` is.
   */
  readonly allowDataTeardown: boolean;
  /** Days a noncurrent (overwritten or deleted) object version is kept before lifecycle deletes it. */
  readonly noncurrentVersionRetentionDays: number;
  /** Cloud Storage soft delete: days a deleted object stays restorable (7–90). */
  readonly softDeleteRetentionDays: number;
  /** BigQuery default table expiration in days; `undefined` keeps tables until deleted. */
  readonly tableExpirationDays?: number;
  /** BigQuery time travel window in hours (48–168). */
  readonly timeTravelHours: number;
  /** Artifact Registry: delete untagged images older than this many days. */
  readonly untaggedImageRetentionDays: number;
  /** Artifact Registry: always keep this many most recent versions of each package. */
  readonly keepRecentVersions: number;
  /** Artifact Registry: DOCKER tags cannot be moved once pushed. */
  readonly immutableImageTags: boolean;
  /** Customer-managed encryption keys on every resource that supports them (only dev may turn it off). */
  readonly cmek: boolean;
  /** Peer the VPC with Google's services (private services access) for private Vertex AI endpoints and the feature online store. */
  readonly privateServiceAccess: boolean;
  /** Fraction of VPC flows sampled by flow logs. */
  readonly flowLogSampling: number;
  /**
   * Data Access audit logs (ADMIN_READ, DATA_READ, DATA_WRITE) for Vertex AI, BigQuery and Cloud
   * Storage, unless the YAML's `auditLogs.dataAccess` says otherwise (`all-services` for every
   * service, CIS GCP 2.1; `off`).
   */
  readonly dataAccessAuditLogs: boolean;
  /** Workbench: machine type of an instance unless the member or the environment says otherwise. */
  readonly workbenchMachineType: string;
  /** Workbench: minutes idle before an instance stops itself (10–1440). */
  readonly workbenchIdleTimeoutMinutes: number;
  /** Workbench: users cannot download files from JupyterLab (a data exfiltration path). */
  readonly workbenchDisableDownloads: boolean;
  /**
   * Feature Store: Bigtable in every tier (served through the regional Vertex AI API, which
   * private clients reach through Private Google Access). Dev scales from one node and runs
   * hot; prod keeps two nodes for availability and headroom at 50 % CPU.
   */
  readonly featureStore: FeatureStorePreset;
  /**
   * Serving: dev scales late (80 %) and logs every request (cheap, for debugging); prod keeps two
   * replicas per model, scales early (60 %, Vertex AI's own default) and samples 10 % of
   * requests; public endpoints and Spot VMs only in dev.
   */
  readonly serving: ServingPreset;
  /** Alert thresholds, severities and durations per tier; per-model overrides in the YAML's `alerting` block. */
  readonly monitoring: MonitoringPreset;
}

const ALL_WARNING = Object.fromEntries(ALERT_KINDS.map((k) => [k, "WARNING"])) as Record<AlertKind, Severity>;

export const TIER_PRESETS: Readonly<Record<Tier, TierPreset>> = {
  dev: {
    preventDestroy: false,
    allowDataTeardown: true,
    noncurrentVersionRetentionDays: 7,
    softDeleteRetentionDays: 7,
    tableExpirationDays: 30,
    timeTravelHours: 48,
    untaggedImageRetentionDays: 7,
    keepRecentVersions: 5,
    immutableImageTags: false,
    cmek: false,
    privateServiceAccess: false,
    flowLogSampling: 0.25,
    dataAccessAuditLogs: false,
    workbenchMachineType: "e2-standard-4",
    workbenchIdleTimeoutMinutes: 60,
    workbenchDisableDownloads: false,
    featureStore: { storage: "bigtable", bigtable: { minNodes: 1, maxNodes: 2, cpuTarget: 70 }, privateEndpoint: false },
    serving: { minReplicaFloor: 1, acceleratorDutyCycleTarget: 80, cpuUtilizationTarget: 80, logSamplingRate: 1, allowPublicEndpoints: true, allowSpot: true },
    monitoring: {
      thresholds: { latencyP99Ms: 2000, errorRatePercent: 10, gpuDutyCyclePercent: 95, replicasAtMaxMinutes: 60, noTrafficMinutes: 120, expectTraffic: false },
      severities: ALL_WARNING,
      sustainMinutes: { latency: 15, errorRate: 15, gpuDutyCycle: 30 },
      autoCloseHours: 24,
      workbenchAfterHours: false,
      workbenchAfterHoursMinutes: 60,
    },
  },
  preprod: {
    preventDestroy: false,
    allowDataTeardown: false,
    noncurrentVersionRetentionDays: 30,
    softDeleteRetentionDays: 14,
    tableExpirationDays: undefined,
    timeTravelHours: 168,
    untaggedImageRetentionDays: 14,
    keepRecentVersions: 10,
    immutableImageTags: false,
    cmek: true,
    privateServiceAccess: true,
    flowLogSampling: 0.5,
    dataAccessAuditLogs: true,
    workbenchMachineType: "e2-standard-4",
    workbenchIdleTimeoutMinutes: 120,
    workbenchDisableDownloads: false,
    featureStore: { storage: "bigtable", bigtable: { minNodes: 1, maxNodes: 4, cpuTarget: 60 }, privateEndpoint: false },
    serving: { minReplicaFloor: 1, acceleratorDutyCycleTarget: 70, cpuUtilizationTarget: 70, logSamplingRate: 0.5, allowPublicEndpoints: false, allowSpot: false },
    monitoring: {
      thresholds: { latencyP99Ms: 1000, errorRatePercent: 5, gpuDutyCyclePercent: 90, replicasAtMaxMinutes: 30, noTrafficMinutes: 60, expectTraffic: false },
      severities: { ...ALL_WARNING, errorRate: "ERROR", pipelineFailed: "ERROR" },
      sustainMinutes: { latency: 10, errorRate: 10, gpuDutyCycle: 20 },
      autoCloseHours: 24,
      workbenchAfterHours: true,
      workbenchAfterHoursMinutes: 30,
    },
  },
  prod: {
    preventDestroy: true,
    allowDataTeardown: false,
    noncurrentVersionRetentionDays: 90,
    softDeleteRetentionDays: 30,
    tableExpirationDays: undefined,
    timeTravelHours: 168,
    untaggedImageRetentionDays: 30,
    keepRecentVersions: 20,
    immutableImageTags: true,
    cmek: true,
    privateServiceAccess: true,
    flowLogSampling: 0.5,
    dataAccessAuditLogs: true,
    workbenchMachineType: "e2-standard-4",
    workbenchIdleTimeoutMinutes: 180,
    workbenchDisableDownloads: true,
    featureStore: { storage: "bigtable", bigtable: { minNodes: 2, maxNodes: 10, cpuTarget: 50 }, privateEndpoint: true },
    serving: { minReplicaFloor: 2, acceleratorDutyCycleTarget: 60, cpuUtilizationTarget: 60, logSamplingRate: 0.1, allowPublicEndpoints: false, allowSpot: false },
    monitoring: {
      thresholds: { latencyP99Ms: 500, errorRatePercent: 1, gpuDutyCyclePercent: 90, replicasAtMaxMinutes: 15, noTrafficMinutes: 30, expectTraffic: true },
      severities: {
        latency: "CRITICAL",
        errorRate: "CRITICAL",
        replicasAtMax: "ERROR",
        gpuSaturated: "WARNING",
        noTraffic: "CRITICAL",
        pipelineFailed: "ERROR",
        pipelineOverdue: "ERROR",
        featureViewStale: "ERROR",
        workbenchAfterHours: "WARNING",
      },
      sustainMinutes: { latency: 5, errorRate: 5, gpuDutyCycle: 15 },
      autoCloseHours: 72,
      workbenchAfterHours: true,
      workbenchAfterHoursMinutes: 30,
    },
  },
};
