/**
 * Monitoring for Pulumi: notification channels, alert policies per model, pipeline, feature view
 * and Workbench fleet, the dashboard and the budget, from the same engine-neutral definitions,
 * checks and attributes as the cdktf constructs (lib/monitoring/*), and `deployMonitoring`, the
 * twin of the cdktf MlopsEnvironment's monitoring wiring, built from the same plan
 * (lib/monitoring/plan.ts).
 */
import * as pulumi from "@pulumi/pulumi";
import * as billing from "@pulumi/gcp/billing";
import * as logging from "@pulumi/gcp/logging";
import * as monitoring from "@pulumi/gcp/monitoring";
import * as organizations from "@pulumi/gcp/organizations";
import * as pubsub from "@pulumi/gcp/pubsub";
import * as secretmanager from "@pulumi/gcp/secretmanager";
import {
  DEFAULT_BUDGET_THRESHOLDS,
  DEFAULT_WORKING_HOURS,
  ModelThresholds,
  MonitoringPreset,
  parseSecretReference,
  WebhookConfig,
  WorkingHours,
} from "../config/monitoring";
import type { EnvironmentSpec } from "../config/spec";
import { componentLabels, keyedRecord } from "../core/common";
import { throwIfAny } from "../core/errors";
import {
  alertPolicyAttributes,
  budgetAttributes,
  channelPlan,
  channelUserLabels,
  defaultBudgetName,
  isAlertChannel,
  isEmailChannel,
  logMetricAttributes,
  MONITORING_COMPONENT,
  notificationAgentMember,
  PIPELINE_METRIC_KEYS,
  PUBSUB_PUBLISHER_ROLE,
} from "../monitoring/attributes";
import { alertTargetProblems, autoCloseProblems, budgetProblems, dashboardProblems, notificationChannelProblems } from "../monitoring/checks";
import { dashboardDefinition } from "../monitoring/dashboard-json";
import type { AlertPolicyDefinition, LogMetricDefinition } from "../monitoring/definitions";
import { featureStoreAlertDefinitions, FeatureViewWatch } from "../monitoring/feature-store-rules";
import { logMetricType } from "../monitoring/metrics";
import { modelAlertDefinitions } from "../monitoring/model-rules";
import { pipelineAlertDefinitions } from "../monitoring/pipeline-rules";
import { monitoringPlan, ServedModelFacts } from "../monitoring/plan";
import { workbenchAlertDefinition } from "../monitoring/workbench-rules";
import { notPlain } from "./checks";
import { childName } from "./common";
import { ISkewDataset, SkewMonitoring } from "./skew";

/**
 * Type tokens of the monitoring components. They are part of every URN below them, so they are
 * public API: renaming one replaces the resources under it (unless an alias is added).
 */
export const MONITORING_COMPONENT_TYPES = {
  notifications: "mlops:index:NotificationChannels",
  modelAlerts: "mlops:index:ModelAlerts",
  pipelineAlerts: "mlops:index:PipelineAlerts",
  featureStoreAlerts: "mlops:index:FeatureStoreAlerts",
  workbenchAlerts: "mlops:index:WorkbenchAlerts",
  dashboard: "mlops:index:Dashboard",
  budget: "mlops:index:Budget",
} as const;

// ---------------------------------------------------------------------------------------------
// notification channels
// ---------------------------------------------------------------------------------------------

export interface NotificationChannelsArgs {
  /** Project that owns the channels. */
  readonly projectId: string;
  /**
   * Email addresses; one channel each, keyed by address.
   * @default - none
   */
  readonly emails?: readonly string[];
  /**
   * PagerDuty service; the integration key is read from Secret Manager at deploy time.
   * @default - no PagerDuty channel
   */
  readonly pagerduty?: { readonly serviceKeySecret: string };
  /**
   * Slack channel; the Slack app's OAuth token is read from Secret Manager at deploy time.
   * @default - no Slack channel
   */
  readonly slack?: { readonly channelName: string; readonly authTokenSecret: string };
  /**
   * Webhooks, keyed by name: token authentication (the token from Secret Manager is added as a
   * query parameter, type webhook_tokenauth) or basic authentication (type webhook_basicauth).
   * @default - none
   */
  readonly webhooks?: readonly WebhookConfig[];
  /**
   * Pub/Sub topic for automation (e.g. the retraining trigger): `topicId` is
   * `projects/<p>/topics/<name>`, `topicName` the topic's name. The channel publishes alerts to
   * it, and the Monitoring notification service agent gets roles/pubsub.publisher on the topic.
   * @default - no Pub/Sub channel
   */
  readonly automationTopic?: { readonly topicId: pulumi.Input<string>; readonly topicName: pulumi.Input<string> };
  /**
   * Project number, for the notification service agent's address.
   * @default - read with organizations.getProject
   */
  readonly projectNumber?: pulumi.Input<string>;
  /** @default - no extra labels */
  readonly labels?: Readonly<Record<string, string>>;
  /** Typically the Monitoring and Secret Manager APIs. @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * The environment's notification channels: email, PagerDuty, Slack and webhooks for people, a
 * Pub/Sub channel for automation. Credentials never appear in the configuration: each is a
 * Secret Manager version reference, read at deploy time with secretmanager.getSecretVersion and
 * kept a Pulumi secret (encrypted in the stack's state), in the channel's sensitive labels or,
 * for a webhook token, in its URL. Channels are keyed by address or name, never by list position.
 */
export class NotificationChannels extends pulumi.ComponentResource {
  /** Every channel by key: `email-<address>`, `pagerduty`, `slack`, `webhook-<name>`, `automation`. */
  readonly channels: Readonly<Record<string, monitoring.NotificationChannel>>;
  /** Channels for people (email, PagerDuty, Slack, webhooks): pass them to the alert components. */
  readonly alertChannelIds: readonly pulumi.Output<string>[];
  /** Email channels only: the only kind billing budgets accept (at most 5 per budget). */
  readonly emailChannelIds: readonly pulumi.Output<string>[];
  /** The Pub/Sub channel for automation, when a topic was given. */
  readonly automationChannelId?: pulumi.Output<string>;
  /** The publisher grant on the automation topic (escape hatch). */
  readonly automationGrant?: pubsub.TopicIAMMember;

  constructor(name: string, args: NotificationChannelsArgs, opts?: pulumi.ComponentResourceOptions) {
    throwIfAny(notificationChannelProblems(name, args, notPlain), `notification channels '${name}'`);
    super(MONITORING_COMPONENT_TYPES.notifications, name, {}, opts);
    const dependsOn = [...(args.dependsOn ?? [])];
    const userLabels = channelUserLabels(args.labels);
    /**
     * The secret's data, read at deploy time; the reference was validated above. Bridged functions
     * return sensitive results as plain values (pulumi/pulumi-terraform-bridge#1051, open when this
     * was written), so the value is marked secret here: it is encrypted wherever it is stored.
     */
    const secretData = (ref: string): pulumi.Output<string> => {
      const r = parseSecretReference(ref);
      const version = secretmanager.getSecretVersionOutput({ project: r?.project, secret: r ? r.secret : ref, version: r?.version }, { parent: this, dependsOn });
      return pulumi.secret(version.secretData);
    };

    const channels: Record<string, monitoring.NotificationChannel> = keyedRecord();
    for (const c of channelPlan(args)) {
      let labels: pulumi.Input<Record<string, pulumi.Input<string>>> = { ...c.labels };
      let sensitiveLabels: Record<string, pulumi.Output<string>> | undefined;
      if (c.secret && "sensitiveLabel" in c.secret) sensitiveLabels = { [c.secret.sensitiveLabel]: secretData(c.secret.ref) };
      else if (c.secret) labels = { ...c.labels, url: pulumi.concat(c.secret.urlPrefix, secretData(c.secret.ref)) };
      channels[c.key] = new monitoring.NotificationChannel(
        childName(name, c.key),
        { project: args.projectId, displayName: c.displayName, type: c.type, labels, sensitiveLabels, userLabels },
        // The URL of a token webhook carries the token: keep the stored labels secret too.
        { parent: this, dependsOn, ...(c.secret && !("sensitiveLabel" in c.secret) ? { additionalSecretOutputs: ["labels"] } : {}) },
      );
    }
    if (args.automationTopic) {
      const pubsubChannel = channels.automation;
      const number = args.projectNumber ?? organizations.getProjectOutput({ projectId: args.projectId }, { parent: this }).number;
      // The service agent exists once the project has a Pub/Sub channel, so the grant waits for it.
      this.automationGrant = new pubsub.TopicIAMMember(
        childName(name, "automation-publisher"),
        { project: args.projectId, topic: args.automationTopic.topicName, role: PUBSUB_PUBLISHER_ROLE, member: pulumi.output(number).apply(notificationAgentMember) },
        { parent: this, dependsOn: [pubsubChannel] },
      );
      this.automationChannelId = pubsubChannel.id;
    }
    this.channels = channels;
    const ids = (keep: (k: string) => boolean) => Object.entries(channels).filter(([k]) => keep(k)).map(([, c]) => c.id);
    this.alertChannelIds = ids(isAlertChannel);
    this.emailChannelIds = ids(isEmailChannel);
    this.registerOutputs({});
  }
}

// ---------------------------------------------------------------------------------------------
// alert policies
// ---------------------------------------------------------------------------------------------

/** What every alert component takes besides its own subject (the twin of the cdktf AlertTargetProps). */
export interface AlertTargetArgs {
  /** Project of the policies (and of the metrics they watch). */
  readonly projectId: string;
  /**
   * Notification channel IDs (`projects/<p>/notificationChannels/<id>`), e.g.
   * `NotificationChannels.alertChannelIds`. At least one: an alert nobody receives does not exist.
   */
  readonly notificationChannels: readonly pulumi.Input<string>[];
  /** Environment name, shown in every policy's name and subject. */
  readonly environment: string;
  /**
   * Labels for the policies' user_labels; the component adds `component` and the alert's own labels.
   * @default - no extra labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/** Replaces `stand` in every string of `value` with the value of `actual`, known at deploy time. */
function substitute(value: unknown, stand: string, actual: pulumi.Input<string>): unknown {
  if (typeof value === "string") return value.includes(stand) ? pulumi.output(actual).apply((a) => value.split(stand).join(a)) : value;
  if (Array.isArray(value)) return value.map((v) => substitute(v, stand, actual));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, stand, actual)]));
  return value;
}

/** Creates one policy per definition, named `<owner name>-<definition key>`. */
function createPolicies(
  owner: pulumi.ComponentResource,
  ownerName: string,
  definitions: readonly AlertPolicyDefinition[],
  target: AlertTargetArgs,
  autoCloseHours: number,
  options: { readonly waitFor?: readonly pulumi.Resource[]; readonly pending?: { readonly stand: string; readonly actual: pulumi.Input<string> } } = {},
): Record<string, monitoring.AlertPolicy> {
  const out: Record<string, monitoring.AlertPolicy> = keyedRecord();
  for (const d of definitions) {
    const attributes = alertPolicyAttributes(d, target, autoCloseHours);
    const args = (options.pending ? substitute(attributes, options.pending.stand, options.pending.actual) : attributes) as monitoring.AlertPolicyArgs;
    out[d.key] = new monitoring.AlertPolicy(childName(ownerName, d.key), args, { parent: owner, dependsOn: [...(target.dependsOn ?? []), ...(options.waitFor ?? [])] });
  }
  return out;
}

/**
 * Stands in for an endpoint ID only known at deploy time while the definitions are built (it is a
 * valid endpoint ID), then is replaced with the ID in every attribute that names it.
 */
const PENDING_ENDPOINT_ID = "pending-endpoint-id-3f9c1a7e";

export interface ModelAlertsArgs extends AlertTargetArgs {
  /** The model's name (its key in the environment). */
  readonly modelName: string;
  /** The endpoint's ID as in the metrics' resource label endpoint_id (the endpoint resource's `name`). */
  readonly endpointId: pulumi.Input<string>;
  /**
   * The endpoint is reached through private services access (VPC peering); such endpoints
   * report prediction/online/private/* metrics instead of the public ones.
   * @default false
   */
  readonly privateServiceAccess?: boolean;
  /** The deployed model's maxReplicas: the replicas alert fires when the count stays there. */
  readonly maxReplicas: number;
  /**
   * GPUs per replica; the GPU saturation alert exists only when above 0.
   * @default 0
   */
  readonly acceleratorCount?: number;
  /** Tier preset: default thresholds, severities, durations, auto-close. */
  readonly preset: MonitoringPreset;
  /**
   * Thresholds over the preset's (e.g. from resolveModelThresholds).
   * @default - the preset's thresholds
   */
  readonly thresholds?: Partial<ModelThresholds>;
}

/**
 * The alerts of one model's serving endpoint, each with a runbook, the tier's severity and the
 * environment's channels: p99 latency, server error share, replicas pinned at maxReplicas, GPU
 * duty cycle saturated (models with GPUs), and no traffic when traffic is expected. Policies are
 * named `<name>-<kind>` (Latency, ErrorRate, ReplicasAtMax, GpuSaturated, NoTraffic).
 */
export class ModelAlerts extends pulumi.ComponentResource {
  /** The policies by kind. */
  readonly policies: Readonly<Record<string, monitoring.AlertPolicy>>;
  /** The thresholds in force. */
  readonly thresholds: ModelThresholds;

  constructor(name: string, args: ModelAlertsArgs, opts?: pulumi.ComponentResourceOptions) {
    const thresholds = { ...args.preset.thresholds, ...(args.thresholds ?? {}) };
    const pending = notPlain(args.endpointId);
    const { definitions, problems } = modelAlertDefinitions(
      {
        environment: args.environment,
        projectId: args.projectId,
        modelName: args.modelName,
        endpointId: pending ? PENDING_ENDPOINT_ID : (args.endpointId as string),
        privateServiceAccess: args.privateServiceAccess ?? false,
        maxReplicas: args.maxReplicas,
        acceleratorCount: args.acceleratorCount ?? 0,
        thresholds,
        preset: args.preset,
      },
      name,
    );
    throwIfAny([...alertTargetProblems(args, name, notPlain), ...autoCloseProblems(args.preset, name), ...problems], `model alerts '${name}'`);
    super(MONITORING_COMPONENT_TYPES.modelAlerts, name, {}, opts);
    this.thresholds = thresholds;
    this.policies = createPolicies(this, name, definitions, args, args.preset.autoCloseHours, pending ? { pending: { stand: PENDING_ENDPOINT_ID, actual: args.endpointId } } : {});
    this.registerOutputs({});
  }
}

export interface PipelineAlertsArgs extends AlertTargetArgs {
  /** Tier preset: severities and auto-close. */
  readonly preset: MonitoringPreset;
  /**
   * Prefix of the log-based metrics' names, unique in the project.
   * @default - the environment name
   */
  readonly metricPrefix?: string;
  /**
   * Scheduled pipelines by name (the name they are compiled with): the longest time between
   * two successful runs, in minutes (2-1410), e.g. from successWindowMinutes(cron).
   * @default - none: only the failed-run alert
   */
  readonly scheduled?: Readonly<Record<string, { readonly successWithinMinutes: number }>>;
}

/**
 * Pipeline alerts: log-based metrics counting Vertex AI pipeline runs that ended failed or
 * succeeded (labelled by pipeline name), an alert on any failed run, and per scheduled pipeline
 * an alert when it had no successful run within its window. The policies wait for the metrics.
 */
export class PipelineAlerts extends pulumi.ComponentResource {
  readonly failedRunsMetric: logging.Metric;
  readonly succeededRunsMetric: logging.Metric;
  /** `logging.googleapis.com/user/<name>` of the two metrics, for charts (they resolve once the metrics exist). */
  readonly metricTypes: { readonly failed: pulumi.Output<string>; readonly succeeded: pulumi.Output<string> };
  /** `FailedRuns` and `overdue-<pipeline>`. */
  readonly policies: Readonly<Record<string, monitoring.AlertPolicy>>;

  constructor(name: string, args: PipelineAlertsArgs, opts?: pulumi.ComponentResourceOptions) {
    const input = { environment: args.environment, projectId: args.projectId, metricPrefix: args.metricPrefix ?? args.environment, scheduled: args.scheduled ?? {}, preset: args.preset };
    const { definitions, problems } = pipelineAlertDefinitions(input, name);
    throwIfAny([...alertTargetProblems(args, name, notPlain), ...autoCloseProblems(args.preset, name), ...problems], `pipeline alerts '${name}'`);
    super(MONITORING_COMPONENT_TYPES.pipelineAlerts, name, {}, opts);
    const dependsOn = [...(args.dependsOn ?? [])];
    const make = (d: LogMetricDefinition) =>
      new logging.Metric(childName(name, PIPELINE_METRIC_KEYS[d.key as keyof typeof PIPELINE_METRIC_KEYS]), logMetricAttributes(args.projectId, d), { parent: this, dependsOn });
    this.failedRunsMetric = make(definitions!.failedRuns);
    this.succeededRunsMetric = make(definitions!.succeededRuns);
    this.metricTypes = { failed: this.failedRunsMetric.name.apply(logMetricType), succeeded: this.succeededRunsMetric.name.apply(logMetricType) };
    // The filters name the metrics by their (fixed) names; the policies wait for the metrics.
    this.policies = createPolicies(this, name, definitions!.policies, args, args.preset.autoCloseHours, { waitFor: [this.failedRunsMetric, this.succeededRunsMetric] });
    this.registerOutputs({});
  }
}

export interface FeatureStoreAlertsArgs extends AlertTargetArgs {
  /** Tier preset: severity and auto-close. */
  readonly preset: MonitoringPreset;
  /** Feature views by ID, each with the oldest data it may serve and how long a sync may run. */
  readonly featureViews: Readonly<Record<string, FeatureViewWatch>>;
}

/**
 * One alert per feature view whose syncs are not completing: the data it serves is older than
 * allowed, or a sync has been running too long. Policies are named `<name>-<feature view ID>`.
 */
export class FeatureStoreAlerts extends pulumi.ComponentResource {
  readonly policies: Readonly<Record<string, monitoring.AlertPolicy>>;

  constructor(name: string, args: FeatureStoreAlertsArgs, opts?: pulumi.ComponentResourceOptions) {
    const { definitions, problems } = featureStoreAlertDefinitions({ environment: args.environment, projectId: args.projectId, featureViews: args.featureViews, preset: args.preset }, name);
    throwIfAny([...alertTargetProblems(args, name, notPlain), ...autoCloseProblems(args.preset, name), ...problems], `feature store alerts '${name}'`);
    super(MONITORING_COMPONENT_TYPES.featureStoreAlerts, name, {}, opts);
    this.policies = createPolicies(this, name, definitions, args, args.preset.autoCloseHours);
    this.registerOutputs({});
  }
}

export interface WorkbenchAlertsArgs extends AlertTargetArgs {
  /** Tier preset: severity, how long an instance may run after hours, auto-close. */
  readonly preset: MonitoringPreset;
  /** Names of the Workbench instances to watch (their VMs have the same names). */
  readonly instanceNames: readonly string[];
  /**
   * When people work.
   * @default - MON-FRI 08:00-19:00 Etc/UTC
   */
  readonly workingHours?: WorkingHours;
}

/** Alerts when a Workbench instance runs outside working hours (a PromQL condition on the instances' uptime). */
export class WorkbenchAlerts extends pulumi.ComponentResource {
  readonly policy: monitoring.AlertPolicy;

  constructor(name: string, args: WorkbenchAlertsArgs, opts?: pulumi.ComponentResourceOptions) {
    const { definition, problems } = workbenchAlertDefinition(
      { environment: args.environment, projectId: args.projectId, instanceNames: args.instanceNames, workingHours: args.workingHours ?? DEFAULT_WORKING_HOURS, preset: args.preset },
      name,
    );
    throwIfAny([...alertTargetProblems(args, name, notPlain), ...autoCloseProblems(args.preset, name), ...problems], `workbench alerts '${name}'`);
    super(MONITORING_COMPONENT_TYPES.workbenchAlerts, name, {}, opts);
    this.policy = createPolicies(this, name, [definition!], args, args.preset.autoCloseHours)[definition!.key];
    this.registerOutputs({});
  }
}

// ---------------------------------------------------------------------------------------------
// dashboard and budget
// ---------------------------------------------------------------------------------------------

/** One model's section of the dashboard. */
export interface DashboardModelArgs {
  /** The model's name: titles its section. */
  readonly name: string;
  /** The endpoint's ID, as in the metrics' resource label endpoint_id. */
  readonly endpointId: pulumi.Input<string>;
  /** @default false */
  readonly privateServiceAccess?: boolean;
  /** Drawn as a threshold line on the replicas chart. @default - none */
  readonly maxReplicas?: number;
  /** GPUs per replica; the GPU chart is drawn only when above 0. @default 0 */
  readonly acceleratorCount?: number;
  /** Drawn as a threshold line on the latency chart. @default - none */
  readonly latencyP99Ms?: number;
  /** Drawn as a threshold line on the GPU chart. @default - none */
  readonly gpuDutyCyclePercent?: number;
}

export interface DashboardArgs {
  /** Project of the dashboard and of the metrics it charts. */
  readonly projectId: string;
  /** Environment name: the dashboard is "MLOps <environment>". */
  readonly environment: string;
  /**
   * The served models, one section each (in the order given).
   * @default - none
   */
  readonly models?: readonly DashboardModelArgs[];
  /**
   * Metric types of the pipeline run counters (PipelineAlerts.metricTypes).
   * @default - no pipeline section
   */
  readonly pipelineMetrics?: { readonly failed: pulumi.Input<string>; readonly succeeded: pulumi.Input<string> };
  /**
   * Draw the feature store serving section.
   * @default false
   */
  readonly featureStore?: boolean;
  /** @default - no extra labels */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * One dashboard per environment, built by dashboardDefinition (engine-neutral). Pulumi does not
 * interpolate strings, so Monitoring's legend templates (`${metric.labels.pipeline}`) are written
 * as they are, where the cdktf construct escapes them from Terraform (`$${`).
 */
export class Dashboard extends pulumi.ComponentResource {
  readonly resource: monitoring.Dashboard;
  /** The dashboard body as built. */
  readonly definition: pulumi.Output<Record<string, unknown>>;

  constructor(name: string, args: DashboardArgs, opts?: pulumi.ComponentResourceOptions) {
    const models = args.models ?? [];
    throwIfAny(dashboardProblems(name, { labels: args.labels, models }), `dashboard '${name}'`);
    super(MONITORING_COMPONENT_TYPES.dashboard, name, {}, opts);
    const metrics = args.pipelineMetrics;
    this.definition = pulumi.all([pulumi.all(models.map((m) => m.endpointId)), metrics?.failed, metrics?.succeeded]).apply(([endpointIds, failed, succeeded]) =>
      dashboardDefinition({
        environment: args.environment,
        models: models.map((m, i) => ({ ...m, endpointId: endpointIds[i] })),
        pipelineMetrics: failed !== undefined && succeeded !== undefined ? { failed, succeeded } : undefined,
        featureStore: args.featureStore,
        labels: componentLabels(args.labels, MONITORING_COMPONENT),
      }),
    );
    this.resource = new monitoring.Dashboard(name, { project: args.projectId, dashboardJson: this.definition.apply((d) => JSON.stringify(d)) }, { parent: this, dependsOn: [...(args.dependsOn ?? [])] });
    this.registerOutputs({});
  }
}

export interface BudgetArgs {
  /** Project whose spend the budget covers. */
  readonly projectId: string;
  /** Billing account ID, XXXXXX-XXXXXX-XXXXXX. */
  readonly billingAccount: string;
  /** Budget per calendar month, in `currency`. */
  readonly amount: number;
  /**
   * ISO 4217 code; must be the billing account's currency.
   * @default - the billing account's currency
   */
  readonly currency?: string;
  /**
   * Fractions of the amount that send a notice (0 < t <= 2, ascending), on actual spend.
   * @default [0.5, 0.9, 1.0]
   */
  readonly thresholds?: readonly number[];
  /**
   * Also notify when the month's forecast reaches this fraction of the amount.
   * @default - no forecast notice
   */
  readonly forecastThreshold?: number;
  /**
   * Email notification channel IDs (NotificationChannels.emailChannelIds), at most 5.
   * @default - only the billing account's administrators and users are notified
   */
  readonly emailChannelIds?: readonly pulumi.Input<string>[];
  /**
   * Display name, at most 60 characters.
   * @default - "<projectId> monthly"
   */
  readonly displayName?: string;
  /**
   * Project number for the budget filter (`projects/<number>`).
   * @default - read with organizations.getProject
   */
  readonly projectNumber?: pulumi.Input<string>;
  /** @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * A monthly billing budget on the environment's project, with a notice at each threshold to the
 * billing account's administrators and to the given email channels. Creating it needs
 * billing.budgets.create on the billing account (roles/billing.costsManager).
 */
export class Budget extends pulumi.ComponentResource {
  readonly resource: billing.Budget;

  constructor(name: string, args: BudgetArgs, opts?: pulumi.ComponentResourceOptions) {
    const input = {
      ...args,
      thresholds: args.thresholds ?? DEFAULT_BUDGET_THRESHOLDS,
      emailChannelIds: args.emailChannelIds ?? [],
      displayName: args.displayName ?? defaultBudgetName(args.projectId),
    };
    throwIfAny(budgetProblems(name, input, notPlain), `budget '${name}'`);
    super(MONITORING_COMPONENT_TYPES.budget, name, {}, opts);
    const number = args.projectNumber ?? organizations.getProjectOutput({ projectId: args.projectId }, { parent: this }).number;
    this.resource = new billing.Budget(
      name,
      budgetAttributes<pulumi.Input<string>>({ ...input, projectFilter: pulumi.interpolate`projects/${number}` }),
      { parent: this, dependsOn: [...(args.dependsOn ?? [])] },
    );
    this.registerOutputs({});
  }
}

// ---------------------------------------------------------------------------------------------
// the environment's monitoring
// ---------------------------------------------------------------------------------------------

/** A pipeline as the monitoring sees it: the alert topic of its onAlert trigger, when it has one. */
export interface AlertTopicSource {
  /** `projects/<p>/topics/<name>`. */
  readonly alertTopicId?: pulumi.Input<string>;
  readonly alertTopic?: { readonly name: pulumi.Input<string> };
}

export interface EnvironmentMonitoringArgs {
  /** The resolved environment. */
  readonly spec: EnvironmentSpec;
  /** The environment's project services: the monitoring enables its APIs there and waits for them. */
  readonly services: { enableAll(apis: readonly string[]): pulumi.Resource[] };
  /** The project number (organizations.getProject), for the service agents' addresses. */
  readonly projectNumber: pulumi.Input<string>;
  /** The warehouse's monitoring dataset: prediction logs and skew results. */
  readonly monitoringDataset: ISkewDataset;
  /** The served models by name (ServingFleet.models, or plain values). */
  readonly servedModels: ReadonlyMap<string, ServedModelFacts<pulumi.Input<string>>>;
  /** The pipelines by name (Pipelines.pipelines, or plain values). */
  readonly pipelines: ReadonlyMap<string, AlertTopicSource>;
  /** The environment has a feature store. */
  readonly featureStore: boolean;
}

/** What deployMonitoring created. */
export interface EnvironmentMonitoring {
  readonly notifications: NotificationChannels;
  /** By model name; none without a channel people read. */
  readonly modelAlerts: Readonly<Record<string, ModelAlerts>>;
  readonly pipelineAlerts?: PipelineAlerts;
  readonly featureStoreAlerts?: FeatureStoreAlerts;
  readonly workbenchAlerts?: WorkbenchAlerts;
  readonly dashboard: Dashboard;
  readonly budget?: Budget;
  readonly skew?: SkewMonitoring;
  /** The Pub/Sub channels that start a pipeline's onAlert trigger, by pipeline name. */
  readonly retraining: ReadonlyMap<string, NotificationChannels>;
}

/**
 * An environment's monitoring, as the cdktf MlopsEnvironment wires it (the same plan, the same
 * props): channels, alerts per model, pipeline and feature view, Workbench after hours, the
 * dashboard, the budget and skew detection. Alerts need a channel: preprod and prod require one
 * (schema); a dev environment without channels gets the dashboard and budget only. Children are
 * named `<name>-notifications`, `<name>-alerts-<model>`, `<name>-pipeline-alerts`,
 * `<name>-feature-store-alerts`, `<name>-workbench-alerts`, `<name>-dashboard`, `<name>-budget`,
 * `<name>-skew-monitoring` and `<name>-retrain-<pipeline>`, under `parent`.
 */
export function deployMonitoring(name: string, parent: pulumi.Resource, args: EnvironmentMonitoringArgs): EnvironmentMonitoring {
  const { spec } = args;
  const preset = spec.preset.monitoring;
  const n = spec.notifications;
  const opts = { parent };
  const child = (key: string) => childName(name, key);
  const plan = monitoringPlan<pulumi.Input<string>>(spec, {
    servedModel: (model) => args.servedModels.get(model),
    featureStore: args.featureStore,
    monitoringDatasetId: args.monitoringDataset.datasetId,
  });
  const monitoringApis = args.services.enableAll(plan.apis);
  const base = { projectId: spec.projectId, environment: spec.name, labels: spec.labels, dependsOn: monitoringApis };
  const notifications = new NotificationChannels(
    child("notifications"),
    { projectId: spec.projectId, emails: n.emails, pagerduty: n.pagerduty, slack: n.slack, webhooks: n.webhooks, projectNumber: args.projectNumber, labels: spec.labels, dependsOn: monitoringApis },
    opts,
  );
  const notificationChannels = notifications.alertChannelIds;

  const modelAlerts: Record<string, ModelAlerts> = keyedRecord();
  if (plan.alerting) {
    for (const { config, model, thresholds } of plan.models) {
      modelAlerts[config.name] = new ModelAlerts(
        child(`alerts-${config.name}`),
        { ...base, notificationChannels, modelName: config.name, endpointId: model.endpointName, maxReplicas: model.spec.maxReplicas, acceleratorCount: model.spec.accelerator?.count, preset, thresholds },
        opts,
      );
    }
  }
  const pipelineAlerts = plan.pipelineAlerts && new PipelineAlerts(child("pipeline-alerts"), { ...base, notificationChannels, preset, scheduled: plan.pipelineAlerts.scheduled }, opts);
  const featureStoreAlerts =
    plan.featureStoreAlerts && new FeatureStoreAlerts(child("feature-store-alerts"), { ...base, notificationChannels, preset, featureViews: plan.featureStoreAlerts.featureViews }, opts);
  const workbenchAlerts = plan.workbenchAlerts && new WorkbenchAlerts(child("workbench-alerts"), { ...base, notificationChannels, preset, ...plan.workbenchAlerts }, opts);

  const dashboard = new Dashboard(
    child("dashboard"),
    { ...base, models: plan.dashboard.models, pipelineMetrics: pipelineAlerts?.metricTypes, featureStore: plan.dashboard.featureStore },
    opts,
  );

  const budget =
    spec.budget && plan.budget
      ? new Budget(
          child("budget"),
          {
            projectId: spec.projectId,
            billingAccount: spec.budget.billingAccount,
            amount: spec.budget.amount,
            currency: spec.budget.currency,
            thresholds: spec.budget.thresholds,
            forecastThreshold: spec.budget.forecastThreshold,
            emailChannelIds: notifications.emailChannelIds.slice(0, 5),
            projectNumber: args.projectNumber,
            dependsOn: args.services.enableAll(plan.budget.apis),
          },
          opts,
        )
      : undefined;

  const retraining = new Map<string, NotificationChannels>();
  /** The Pub/Sub notification channel that starts `pipeline` (which has an onAlert trigger). */
  const retrainingChannel = (pipeline: string): pulumi.Output<string> => {
    let channels = retraining.get(pipeline);
    if (!channels) {
      const triggers = args.pipelines.get(pipeline);
      if (!triggers?.alertTopic || !triggers.alertTopicId) throw new Error(`pipeline '${pipeline}' has no onAlert trigger`);
      channels = new NotificationChannels(
        child(`retrain-${pipeline}`),
        { projectId: spec.projectId, automationTopic: { topicId: triggers.alertTopicId, topicName: triggers.alertTopic.name }, projectNumber: args.projectNumber, labels: spec.labels },
        opts,
      );
      retraining.set(pipeline, channels);
    }
    return channels.automationChannelId!;
  };

  let skew: SkewMonitoring | undefined;
  if (plan.skew) {
    skew = new SkewMonitoring(
      child("skew-monitoring"),
      {
        projectId: spec.projectId,
        region: spec.region,
        labels: spec.labels,
        environmentName: spec.name,
        monitoringDataset: args.monitoringDataset,
        notificationChannelIds: notificationChannels,
        dependsOn: [...monitoringApis, ...args.services.enableAll(plan.skew.apis)],
      },
      opts,
    );
    for (const m of plan.skew.models) skew.addModel(m.name, m.monitoring, m.predictionLogs, m.retrainPipeline ? retrainingChannel(m.retrainPipeline) : undefined);
  }

  return { notifications, modelAlerts, pipelineAlerts, featureStoreAlerts, workbenchAlerts, dashboard, budget, skew, retraining };
}
