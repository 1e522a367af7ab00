/**
 * What an environment's monitoring consists of, decided from its resolved spec and from facts of
 * the capabilities it watches (the served endpoints, the feature store): the APIs, which alerts
 * exist and with what subjects, the dashboard's sections, the budget and the skew checks.
 * Free of cdktn imports: MlopsEnvironment builds the monitoring from it.
 *
 * The rules:
 * - alerts need a channel people read: preprod and prod require one (schema); a dev environment
 *   without channels gets the dashboard and the budget only;
 * - models get alerts and a dashboard section when they are served from a private endpoint of a
 *   custom model (public and Model Garden endpoints are not watched here);
 * - a scheduled pipeline gets an overdue alert when its longest gap between runs fits Cloud
 *   Monitoring's 23.5-hour absence window; others get the failed-run alert only;
 * - a feature view with a sync schedule gets a sync alert with its window as the data age limit;
 * - Workbench after-hours alerts follow `alerting.workbenchAfterHours`, else the tier preset;
 * - skew checks exist for custom models with a `monitoring` block, and only with channels.
 */
import { DEFAULT_WORKING_HOURS, MAX_ABSENCE_MINUTES, ModelThresholds, resolveModelThresholds, WorkingHours } from "../config/monitoring";
import type { ModelConfig } from "../config/models";
import { hasAlertChannels } from "../config/schema";
import type { ModelMonitoringConfig, TableReference } from "../config/skew";
import type { EnvironmentSpec } from "../config/spec";
import { keyedRecord } from "../core/common";
import { servingName } from "../serving/attributes";
import { FleetAlertInput, fleetAlertPolicyCount } from "./fleet-rules";
import { successWindowMinutes } from "./schedule";

/** APIs every environment's monitoring needs. */
export const MONITORING_APIS: readonly string[] = ["monitoring.googleapis.com", "logging.googleapis.com"];
/** API of the channels' credentials, enabled when a channel reads one. */
export const SECRET_MANAGER_API = "secretmanager.googleapis.com";
/** API of the budget. */
export const BUDGET_API = "billingbudgets.googleapis.com";
/** API of the skew checks' scheduled queries. */
export const SKEW_API = "bigquerydatatransfer.googleapis.com";
/** API of the skew checks' service account (`<env>-skew`), which waits for it as every account does. */
export const IAM_API = "iam.googleapis.com";

/**
 * Models charted on the environment's dashboard: the first ones in the YAML. Every model keeps
 * its alerts; past this many, one dashboard would hold hundreds of tiles and megabytes of JSON
 * (Cloud Monitoring bounds a dashboard's size; the exact widget limit is not verified here),
 * and resolving it would dominate synthesis time.
 */
export const MAX_DASHBOARD_MODELS = 15;

/** What the monitoring needs to know about one served model (the serving fleet's model, or plain values). */
export interface ServedModelFacts<R = string> {
  /** Served from a public endpoint (or from Model Garden, always public): not watched. */
  readonly isPublic: boolean;
  /** The endpoint's ID as in the metrics' resource label endpoint_id: the endpoint resource's `name`. */
  readonly endpointName: R;
  readonly spec: { readonly source: string; readonly maxReplicas: number; readonly accelerator?: { readonly count: number } };
}

/** One watched model: its YAML entry, its serving facts and the thresholds in force. */
export interface WatchedModel<R = string> {
  readonly config: ModelConfig;
  readonly model: ServedModelFacts<R>;
  readonly thresholds: ModelThresholds;
}

/** One model's skew check: where its prediction logs are, and the pipeline its breaches start. */
export interface SkewModelPlan {
  readonly name: string;
  readonly monitoring: ModelMonitoringConfig;
  readonly predictionLogs: TableReference;
  /** The pipeline whose onAlert trigger a breach starts. @default - none */
  readonly retrainPipeline?: string;
}

export interface MonitoringPlan<R = string> {
  /** APIs enabled before the channels, alerts and dashboard. */
  readonly apis: readonly string[];
  /** True when the environment has a channel people read: alerts are created only then. */
  readonly alerting: boolean;
  /** Private custom models: watched by the fleet's model alerts (when alerting); the first ones charted. */
  readonly models: readonly WatchedModel<R>[];
  /**
   * The fleet's model alerts (when alerting and a model is watched): what FleetModelAlerts takes
   * besides channels, and how many policies it creates (for the quota budget).
   */
  readonly modelAlerts?: {
    readonly endpointPrefix: string;
    readonly defaults: ModelThresholds;
    /** Endpoints of public custom and Model Garden models: excluded from the prefix selection. */
    readonly excludedEndpointIds: readonly R[];
    readonly policyCount: number;
  };
  /** Pipeline alerts, when alerting and the environment has pipelines. */
  readonly pipelineAlerts?: { readonly scheduled: Readonly<Record<string, { readonly successWithinMinutes: number }>> };
  /** Feature view sync alerts, when alerting and a view has a sync schedule. */
  readonly featureStoreAlerts?: { readonly featureViews: Readonly<Record<string, { readonly maxDataAgeMinutes: number }>> };
  /** Workbench after-hours alerts, when alerting, the tier or YAML asks for them and there are instances. */
  readonly workbenchAlerts?: { readonly instanceNames: readonly string[]; readonly workingHours: WorkingHours };
  /** The dashboard's sections. */
  readonly dashboard: { readonly models: readonly { readonly name: string; readonly endpointId: R; readonly maxReplicas: number }[]; readonly featureStore: boolean };
  /** The budget, when the YAML has one; its APIs. */
  readonly budget?: { readonly apis: readonly string[] };
  /** Skew checks, when alerting and a custom model has a monitoring block; their extra APIs (including IAM's, for their service account). */
  readonly skew?: { readonly apis: readonly string[]; readonly models: readonly SkewModelPlan[] };
}

/** What the plan needs from the capabilities the monitoring watches. */
export interface MonitoredFacts<R = string> {
  /** The serving fleet's model of that name; undefined when it is not served. */
  servedModel(name: string): ServedModelFacts<R> | undefined;
  /** The environment has a feature store. */
  readonly featureStore: boolean;
  /** The warehouse's monitoring dataset, where the prediction logs and the skew results are. */
  readonly monitoringDatasetId: string;
}

/** The monitoring of an environment. */
export function monitoringPlan<R = string>(spec: EnvironmentSpec, facts: MonitoredFacts<R>): MonitoringPlan<R> {
  const preset = spec.preset.monitoring;
  const n = spec.notifications;
  const secrets = Boolean(n.pagerduty || n.slack || n.webhooks?.some((w) => w.authTokenSecret || w.basicAuth));
  const alerting = hasAlertChannels(n);

  const models = spec.models.flatMap((config) => {
    const model = facts.servedModel(config.name);
    return model && !model.isPublic && model.spec.source === "custom" ? [{ config, model, thresholds: resolveModelThresholds(preset, spec.alerting, config.name) }] : [];
  });

  // Endpoint IDs are `<name>-<model>` (servingName): the fleet's default policies select by that prefix.
  const endpointPrefix = servingName(spec.name, "");
  // The environment's thresholds: a model with no entry under alerting.models ("" is no model name).
  const defaults = resolveModelThresholds(preset, spec.alerting, "");
  const excludedEndpointIds = spec.models.flatMap((config) => {
    const model = facts.servedModel(config.name);
    return model && (model.isPublic || model.spec.source !== "custom") ? [model.endpointName] : [];
  });
  let modelAlerts: MonitoringPlan<R>["modelAlerts"];
  if (alerting && models.length > 0) {
    const input: FleetAlertInput = {
      environment: spec.name,
      projectId: spec.projectId,
      endpointPrefix,
      defaults,
      models: models.map(({ config, model, thresholds }) => ({
        name: config.name,
        endpointId: String(model.endpointName),
        maxReplicas: model.spec.maxReplicas,
        acceleratorCount: model.spec.accelerator?.count ?? 0,
        thresholds,
      })),
      excludedEndpointIds: excludedEndpointIds.map(String),
      privateServiceAccess: false,
      preset,
    };
    modelAlerts = { endpointPrefix, defaults, excludedEndpointIds, policyCount: fleetAlertPolicyCount(input) };
  }

  let pipelineAlerts: MonitoringPlan<R>["pipelineAlerts"];
  if (alerting && spec.pipelines.length > 0) {
    const scheduled = keyedRecord<{ successWithinMinutes: number }>();
    for (const p of spec.pipelines) {
      const s = p.triggers.schedule;
      const window = s ? successWindowMinutes(s.timeZone ? `CRON_TZ=${s.timeZone} ${s.cron}` : s.cron) : undefined;
      // Cloud Monitoring's longest absence window is 23.5 h; less frequent pipelines get the failed-run alert only.
      if (window !== undefined && window <= MAX_ABSENCE_MINUTES) scheduled[p.name] = { successWithinMinutes: window };
    }
    pipelineAlerts = { scheduled };
  }

  let featureStoreAlerts: MonitoringPlan<R>["featureStoreAlerts"];
  if (alerting && facts.featureStore && spec.featureStore) {
    const featureViews = keyedRecord<{ maxDataAgeMinutes: number }>();
    for (const v of spec.featureStore.views) {
      const window = v.sync ? successWindowMinutes(`CRON_TZ=${v.sync.timeZone} ${v.sync.cron}`) : undefined;
      if (window !== undefined) featureViews[v.name] = { maxDataAgeMinutes: window };
    }
    if (Object.keys(featureViews).length > 0) featureStoreAlerts = { featureViews };
  }

  const afterHours = spec.alerting?.workbenchAfterHours ?? preset.workbenchAfterHours;
  const workbenchAlerts =
    alerting && afterHours && spec.workbench.instances.length > 0
      ? { instanceNames: spec.workbench.instances.map((i) => i.instanceName), workingHours: spec.alerting?.workingHours ?? DEFAULT_WORKING_HOURS }
      : undefined;

  const monitored = spec.models.filter((m) => m.monitoring && facts.servedModel(m.name)?.spec.source === "custom");
  const skew =
    alerting && monitored.length > 0
      ? {
          apis: [SKEW_API, IAM_API],
          models: monitored.map((m) => ({
            name: m.name,
            monitoring: m.monitoring!,
            predictionLogs: { projectId: spec.projectId, datasetId: facts.monitoringDatasetId, tableId: `predictions_${m.name.replace(/-/g, "_")}` },
            retrainPipeline: m.monitoring!.retrainPipeline,
          })),
        }
      : undefined;

  return {
    apis: [...MONITORING_APIS, ...(secrets ? [SECRET_MANAGER_API] : [])],
    alerting,
    models,
    modelAlerts,
    pipelineAlerts,
    featureStoreAlerts,
    workbenchAlerts,
    dashboard: { models: models.slice(0, MAX_DASHBOARD_MODELS).map(({ config, model }) => ({ name: config.name, endpointId: model.endpointName, maxReplicas: model.spec.maxReplicas })), featureStore: facts.featureStore },
    budget: spec.budget ? { apis: [BUDGET_API] } : undefined,
    skew,
  };
}
