/**
 * The engine-neutral, fully resolved environment: the validated YAML plus its tier preset and
 * every derived default. The constructs build from this, never from the raw YAML.
 */
import { DeliverySpec, resolveDelivery } from "./delivery";
import type { FeatureStoreConfig } from "./features";
import type { BudgetConfig, MonitoringConfig, NotificationsConfig } from "./monitoring";
import type { PipelineConfig } from "./pipelines";
import type { PolicyConfig } from "./policy";
import type { QuotasConfig } from "./quotas";
import { EnvironmentConfig, ModelConfig } from "./schema";
import { TeamMember, workbenchInstanceName } from "./team";
import { AuditScope, auditedServicesFor } from "../identity/checks";
import { Tier, TierPreset, TIER_PRESETS } from "./presets";
import type { ServingLayout } from "../serving/shards";

export const MANAGED_BY = "gcp-mlops-constructs";

export interface EnvironmentSpec {
  readonly name: string;
  readonly projectId: string;
  readonly region: string;
  readonly tier: Tier;
  readonly preset: TierPreset;
  /** Labels every labelled resource carries (user labels plus environment, tier, managed-by). */
  readonly labels: Readonly<Record<string, string>>;
  readonly backend: { readonly bucket: string; readonly prefix: string };
  /** Prefix of globally unique bucket names. */
  readonly bucketPrefix: string;
  readonly team: readonly TeamMember[];
  readonly models: readonly ModelConfig[];
  /** How the skew checks are batched into scheduled queries (unset fields: the library's defaults). */
  readonly skewBatching: { readonly batchSize?: number; readonly fleetSize?: number };
  /** Where the serving resources live: the environment's stack (shards 1) or serving stacks. */
  readonly serving: ServingLayout;
  readonly notifications: NotificationsConfig;
  /** Alert threshold overrides and working hours from the YAML (defaults come from `preset.monitoring`). */
  readonly alerting?: MonitoringConfig;
  readonly budget?: BudgetConfig;
  /** Accepted policy findings, each with its reason. */
  readonly policy: PolicyConfig;
  /** Quota increases granted for the project (and region), used by the quota budget instead of Google's defaults. */
  readonly quotas: QuotasConfig;
  readonly pipelines: readonly PipelineConfig[];
  /** Undefined when the YAML declares no feature store. */
  readonly featureStore?: FeatureStoreConfig;
  readonly network: {
    readonly subnetCidr: string;
    readonly privateServiceAccess: boolean;
    readonly privateServiceAccessCidr: string;
    readonly flowLogSampling: number;
    readonly sharedVpc?: { readonly hostProjectId: string; readonly network: string; readonly subnetwork: string };
  };
  /** Undefined when the environment uses Google-managed keys (dev only). */
  readonly encryption?: { readonly keyRingName: string; readonly rotationDays: number };
  /** Undefined when no perimeter is configured. */
  readonly vpcServiceControls?: {
    readonly accessPolicy: string;
    readonly perimeterName: string;
    readonly mode: "dry-run" | "enforced";
    readonly restrictedServices: readonly string[];
  };
  /** Whether the environment configures Data Access audit logs (scope not `off`). */
  readonly dataAccessAuditLogs: boolean;
  /** The audit config services: AUDITED_SERVICES, `allServices`, or none. */
  readonly dataAccessAuditServices: readonly string[];
  /** Keyless deployment from GitHub Actions; undefined unless enabled in the YAML. */
  readonly delivery?: DeliverySpec;
  /** One Workbench instance per team member, keyed by email, with every default applied. */
  readonly workbench: { readonly zone: string; readonly instances: readonly WorkbenchInstanceSpec[] };
}

export interface WorkbenchInstanceSpec {
  /** The member's email: the instance's key and owner. */
  readonly owner: string;
  readonly instanceName: string;
  readonly machineType: string;
  readonly accelerator?: { readonly type: string; readonly count: number };
  readonly dataDiskSizeGb: number;
  /** Image path (and tag) in the environment's Docker repository. */
  readonly containerImage?: string;
  readonly idleTimeoutMinutes: number;
}

/** Services a perimeter restricts unless the YAML lists others. */
export const DEFAULT_RESTRICTED_SERVICES: readonly string[] = [
  "aiplatform.googleapis.com",
  "artifactregistry.googleapis.com",
  "bigquery.googleapis.com",
  "notebooks.googleapis.com",
  "storage.googleapis.com",
];

export function resolveEnvironment(config: EnvironmentConfig): EnvironmentSpec {
  const preset = TIER_PRESETS[config.tier];
  const vpcsc = config.vpcServiceControls;
  return {
    name: config.name,
    projectId: config.projectId,
    region: config.region,
    tier: config.tier,
    preset,
    labels: { ...config.labels, environment: config.name, tier: config.tier, "managed-by": MANAGED_BY },
    backend: {
      bucket: config.backend.bucket ?? `${config.projectId}-tfstate`,
      prefix: config.backend.prefix ?? `mlops/${config.name}`,
    },
    bucketPrefix: config.naming.bucketPrefix ?? config.projectId,
    team: config.team,
    models: config.models,
    skewBatching: { ...config.skewChecks },
    serving: { shards: config.serving.shards, maxModelsPerStack: config.serving.maxModelsPerStack },
    notifications: config.notifications,
    alerting: config.alerting,
    budget: config.budget,
    policy: config.policy,
    quotas: config.quotas,
    pipelines: config.pipelines,
    featureStore: config.featureStore,
    network: {
      subnetCidr: config.network.subnetCidr ?? "10.10.0.0/20",
      privateServiceAccess: config.network.sharedVpc ? false : (config.network.privateServiceAccess ?? preset.privateServiceAccess),
      privateServiceAccessCidr: config.network.privateServiceAccessCidr ?? "10.20.0.0/16",
      flowLogSampling: config.network.flowLogSampling ?? preset.flowLogSampling,
      sharedVpc: config.network.sharedVpc,
    },
    encryption:
      (config.encryption.cmek ?? preset.cmek)
        ? { keyRingName: config.encryption.keyRingName ?? `${config.name}-mlops`, rotationDays: config.encryption.rotationDays ?? 90 }
        : undefined,
    vpcServiceControls:
      vpcsc.enabled && vpcsc.accessPolicy
        ? {
            accessPolicy: vpcsc.accessPolicy,
            perimeterName: vpcsc.perimeterName ?? `${config.name.replace(/-/g, "_")}_mlops`,
            mode: vpcsc.mode,
            restrictedServices: vpcsc.restrictedServices ?? DEFAULT_RESTRICTED_SERVICES,
          }
        : undefined,
    ...auditSettings(config.auditLogs.dataAccess ?? (preset.dataAccessAuditLogs ? "ml-services" : "off")),
    delivery: resolveDelivery(config.name, config.delivery),
    workbench: {
      zone: config.workbench.zone ?? `${config.region}-b`,
      instances: config.team.map((m) => ({
        owner: m.email,
        instanceName: workbenchInstanceName(config.name, m.email, m.workbench?.instanceName),
        machineType: m.workbench?.machineType ?? config.workbench.machineType ?? preset.workbenchMachineType,
        accelerator: m.workbench?.accelerator,
        dataDiskSizeGb: m.workbench?.dataDiskSizeGb ?? config.workbench.dataDiskSizeGb ?? 100,
        containerImage: m.workbench?.containerImage,
        idleTimeoutMinutes: m.workbench?.idleTimeoutMinutes ?? config.workbench.idleTimeoutMinutes ?? preset.workbenchIdleTimeoutMinutes,
      })),
    },
  };
}

function auditSettings(scope: AuditScope): { dataAccessAuditLogs: boolean; dataAccessAuditServices: readonly string[] } {
  const services = auditedServicesFor(scope);
  return { dataAccessAuditLogs: services.length > 0, dataAccessAuditServices: services };
}
