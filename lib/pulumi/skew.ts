/**
 * Skew detection for Pulumi: the `<env>-skew` identity and its grants, the environment-wide
 * failed-runs alert and, per model, the BigQuery scheduled query with its breach metric and alert.
 * The same checks, SQL, schedules and attributes as the cdktf constructs (lib/skew/*).
 */
import * as pulumi from "@pulumi/pulumi";
import * as bigquery from "@pulumi/gcp/bigquery";
import * as logging from "@pulumi/gcp/logging";
import * as monitoring from "@pulumi/gcp/monitoring";
import * as organizations from "@pulumi/gcp/organizations";
import * as pubsub from "@pulumi/gcp/pubsub";
import * as serviceaccount from "@pulumi/gcp/serviceaccount";
import type { ModelMonitoringConfig, ModelMonitoringInput, TableReference } from "../config/skew";
import type { IGrantee } from "../core/common";
import { throwIfAny } from "../core/errors";
import {
  DATASET_READER_ROLE,
  failureCheck,
  modelCheck,
  NOTIFICATION_AGENT_DOMAIN,
  PUBSUB_PUBLISHER_ROLE,
  readGrantKey,
  retrainingChannelAttributes,
  serviceAgentMember,
  skewAccount,
  SkewAlertSeverity,
  TOKEN_MINTER_ROLE,
  TRANSFER_AGENT_DOMAIN,
} from "../skew/attributes";
import { skewMonitoringProblems, skewMonitorProblems } from "../skew/checks";
import { notPlain } from "./checks";
import { childName } from "./common";
import { WorkloadServiceAccount } from "./identity";
import { keyedRecord } from "../core/common";

/**
 * Type tokens of the skew components. They are part of every URN below them, so they are public
 * API: renaming one replaces the resources under it (unless an alias is added).
 */
export const SKEW_COMPONENT_TYPES = {
  monitoring: "mlops:index:SkewMonitoring",
  monitor: "mlops:index:SkewMonitor",
} as const;

/** The dataset that holds the results (the environment's monitoring dataset, an MlopsDataset). */
export interface ISkewDataset {
  readonly projectId: string;
  readonly datasetId: string;
  /** Grants create/change/delete of tables and their data on this dataset (roles/bigquery.dataEditor). */
  grantReadWrite(grantee: IGrantee): pulumi.Resource;
}

/** The identity scheduled queries run as, and how to let it read a dataset. */
export interface ISkewRunner extends IGrantee {
  /** Service account email, the transfer config's `serviceAccountName`. */
  readonly email: string;
  /** Grants roles/bigquery.dataViewer on a dataset, once per dataset. */
  grantReadDataset(projectId: string, datasetId: string): pulumi.Resource;
  /** The identity's own grants (job creation, impersonation by the transfer service): runs wait for them. */
  readonly grants: readonly pulumi.Resource[];
}

export interface SkewMonitorArgs {
  /** Project of the scheduled query, metric and alert policy (the environment's project). */
  readonly projectId: string;
  /** Location of the scheduled query: the region of the monitoring dataset, the logs and the baseline. */
  readonly region: string;
  /**
   * Labels of the alert policy and the result table; the component adds `component` and `model`.
   * @default - no extra labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** Environment name: part of display names, the metric name and the log markers. */
  readonly environmentName: string;
  /** Model name (the key of the model in the YAML). */
  readonly modelName: string;
  /** The model's `monitoring` block, validated again here with the YAML's rules. */
  readonly monitoring: ModelMonitoringInput;
  /** The model's Vertex AI request/response logging table (serving side). */
  readonly predictionLogs: TableReference;
  /** Where the `<model>_skew` result table lives. */
  readonly monitoringDataset: ISkewDataset;
  /** Who the scheduled query runs as (see SkewMonitoring, which creates `<env>-skew`). */
  readonly runAs: ISkewRunner;
  /** Notification channel IDs (`projects/<p>/notificationChannels/<id>`) of the alert. */
  readonly notificationChannelIds: readonly pulumi.Input<string>[];
  /**
   * A Pub/Sub notification channel whose topic triggers retraining; added to the breach alert only.
   * @default - no retraining trigger
   */
  readonly retrainingChannelId?: pulumi.Input<string>;
  /**
   * Severity of the breach alert.
   * @default "WARNING"
   */
  readonly severity?: SkewAlertSeverity;
  /**
   * Resources created first: the BigQuery, BigQuery Data Transfer, Logging and Monitoring APIs.
   * @default - none
   */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * One model's skew check: a BigQuery scheduled query running the generated SQL as `runAs` on the
 * model's schedule, a log-based metric counting the runs that found a feature above its
 * threshold, and an alert policy on that metric with a runbook. Its children are named
 * `<name>-ScheduledQuery`, `<name>-BreachCount` and `<name>-BreachAlert`.
 */
export class SkewMonitor extends pulumi.ComponentResource {
  /** The scheduled query (escape hatch). */
  readonly resource: bigquery.DataTransferConfig;
  /** The log-based metric counting runs that found a feature above its threshold. */
  readonly metric: logging.Metric;
  /** The alert policy on that metric. */
  readonly alertPolicy: monitoring.AlertPolicy;
  readonly modelName: string;
  /** The validated monitoring block, defaults applied. */
  readonly config: ModelMonitoringConfig;
  /** The result table, `<project>.<monitoring dataset>.<model>_skew`. */
  readonly table: TableReference;
  /** The generated SQL. */
  readonly query: string;
  /** The transfer service schedule (UTC), converted from the cron. */
  readonly schedule: string;
  /** `logging.googleapis.com/user/<metric name>`. */
  readonly metricType: string;

  constructor(name: string, args: SkewMonitorArgs, opts?: pulumi.ComponentResourceOptions) {
    const { config, problems } = skewMonitorProblems(name, args, notPlain);
    throwIfAny(problems, `skew monitor '${name}'`);
    if (!config) throw new Error("unreachable: an invalid monitoring block reports problems");
    super(SKEW_COMPONENT_TYPES.monitor, name, {}, opts);

    const dataset = args.monitoringDataset;
    const check = modelCheck<pulumi.Input<string>>({ ...args, config, dataset, runAsEmail: args.runAs.email });
    this.modelName = args.modelName;
    this.config = config;
    this.schedule = check.schedule;
    this.table = check.table;
    this.query = check.query;
    this.metricType = check.metricType;

    const grants: pulumi.Resource[] = [dataset.grantReadWrite(args.runAs)];
    for (const ref of check.readDatasets) grants.push(args.runAs.grantReadDataset(ref.projectId, ref.datasetId));
    const dependsOn = [...(args.dependsOn ?? [])];

    this.resource = new bigquery.DataTransferConfig(childName(name, "ScheduledQuery"), check.transferConfig, {
      parent: this,
      dependsOn: [...new Set([...dependsOn, ...args.runAs.grants, ...grants])],
    });
    this.metric = new logging.Metric(childName(name, "BreachCount"), check.metric, { parent: this, dependsOn });
    this.alertPolicy = new monitoring.AlertPolicy(childName(name, "BreachAlert"), check.alertPolicy, { parent: this, dependsOn: [this.metric, ...dependsOn] });
    this.registerOutputs({});
  }
}

export interface SkewMonitoringArgs {
  /** The environment's project: scheduled queries, metrics, alerts and the service account live here. */
  readonly projectId: string;
  /** Region of the monitoring dataset (and so of the scheduled queries). */
  readonly region: string;
  /**
   * Labels of every resource that takes labels; the component adds `component`.
   * @default - no extra labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** Environment name: prefixes the service account (`<env>-skew`) and display names. */
  readonly environmentName: string;
  /** Where each model's `<model>_skew` table lives: the environment's monitoring dataset. */
  readonly monitoringDataset: ISkewDataset;
  /** Notification channel IDs of the alerts. An empty list leaves the alerts visible in the console only. */
  readonly notificationChannelIds: readonly pulumi.Input<string>[];
  /**
   * Pub/Sub topic (`projects/<p>/topics/<t>`) that triggers retraining: a notification channel
   * publishing to it is added to every breach alert (not to the failure alert), and Cloud
   * Monitoring's notification service agent gets roles/pubsub.publisher on that topic only.
   * @default - no retraining trigger
   */
  readonly retrainingTopic?: string;
  /**
   * Severity of the breach alerts.
   * @default "WARNING"
   */
  readonly severity?: SkewAlertSeverity;
  /**
   * Severity of the alert on failing skew queries.
   * @default "WARNING"
   */
  readonly failureSeverity?: SkewAlertSeverity;
  /**
   * Resources created first: the IAM, BigQuery, BigQuery Data Transfer, Logging, Monitoring and
   * (with a retraining topic) Pub/Sub APIs.
   * @default - none
   */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * The skew checks of an environment and the identity they run as: `<env>-skew` (no key) with
 * roles/bigquery.jobUser on the project, roles/bigquery.dataEditor on the monitoring dataset,
 * roles/bigquery.dataViewer on each other dataset a check reads (granted on the dataset, once),
 * and the BigQuery Data Transfer service agent allowed to mint its tokens (on this account only).
 * Each model's check is added with `addModel` and named `<name>-<model>`.
 */
export class SkewMonitoring extends pulumi.ComponentResource implements ISkewRunner {
  readonly account: WorkloadServiceAccount;
  readonly email: string;
  readonly member: string;
  readonly grantKey: string;
  readonly grants: pulumi.Resource[];
  /** The Pub/Sub channel of the retraining topic, when one was given. */
  readonly retrainingChannel?: monitoring.NotificationChannel;
  /** The metric counting failed skew queries of every model, and the alert on it. */
  readonly failureMetric: logging.Metric;
  readonly failureAlertPolicy: monitoring.AlertPolicy;
  /** The checks, keyed by model name. */
  readonly monitors: Record<string, SkewMonitor> = keyedRecord();
  private readonly args: SkewMonitoringArgs;
  private readonly baseName: string;
  private readonly reads = new Map<string, bigquery.DatasetIamMember>();

  constructor(name: string, args: SkewMonitoringArgs, opts?: pulumi.ComponentResourceOptions) {
    throwIfAny(skewMonitoringProblems(name, args, notPlain), `skew monitoring '${name}'`);
    super(SKEW_COMPONENT_TYPES.monitoring, name, {}, opts);
    this.args = args;
    this.baseName = name;
    const dependsOn = [...(args.dependsOn ?? [])];

    this.account = new WorkloadServiceAccount(childName(name, "service-account"), { projectId: args.projectId, ...skewAccount(args.environmentName), dependsOn }, { parent: this });
    this.email = this.account.email;
    this.member = this.account.member;
    this.grantKey = this.account.grantKey;

    let projectNumber: pulumi.Output<string> | undefined;
    const agent = (domain: string) => {
      projectNumber ??= organizations.getProjectOutput({ projectId: args.projectId }, { parent: this }).number;
      return projectNumber.apply((n) => serviceAgentMember(n, domain));
    };

    const tokenMinter = new serviceaccount.IAMMember(
      childName(name, "TransferServiceTokenMinter"),
      { serviceAccountId: this.account.resource.name, role: TOKEN_MINTER_ROLE, member: agent(TRANSFER_AGENT_DOMAIN) },
      { parent: this, dependsOn },
    );
    this.grants = [this.account.allowBigQueryJobs(), tokenMinter, args.monitoringDataset.grantReadWrite(this)];

    if (args.retrainingTopic !== undefined) {
      const publisher = new pubsub.TopicIAMMember(
        childName(name, "RetrainingTopicPublisher"),
        { topic: args.retrainingTopic, role: PUBSUB_PUBLISHER_ROLE, member: agent(NOTIFICATION_AGENT_DOMAIN) },
        { parent: this, dependsOn },
      );
      this.retrainingChannel = new monitoring.NotificationChannel(
        childName(name, "RetrainingChannel"),
        retrainingChannelAttributes(args.projectId, args.environmentName, args.retrainingTopic, args.labels),
        { parent: this, dependsOn: [publisher, ...dependsOn] },
      );
    }

    const failure = failureCheck<pulumi.Input<string>>({ ...args, runAsEmail: this.email, severity: args.failureSeverity });
    this.failureMetric = new logging.Metric(childName(name, "FailureCount"), failure.metric, { parent: this, dependsOn });
    this.failureAlertPolicy = new monitoring.AlertPolicy(childName(name, "FailureAlert"), failure.alertPolicy, { parent: this, dependsOn: [this.failureMetric, ...dependsOn] });
    this.registerOutputs({ email: this.email });
  }

  /** roles/bigquery.dataViewer on a dataset (created once per dataset, whatever the number of models reading it). */
  grantReadDataset(projectId: string, datasetId: string): bigquery.DatasetIamMember {
    const key = readGrantKey(projectId, datasetId);
    let grant = this.reads.get(key);
    if (!grant) {
      grant = new bigquery.DatasetIamMember(childName(this.baseName, key), { project: projectId, datasetId, role: DATASET_READER_ROLE, member: this.member }, { parent: this });
      this.reads.set(key, grant);
    }
    return grant;
  }

  /**
   * Adds skew detection for one model. `predictionLogs` is the model's Vertex AI request/response
   * logging table; `retrainingChannelId` routes its breach alerts to a retraining trigger instead
   * of the environment-wide one (if any).
   */
  addModel(modelName: string, monitoringBlock: ModelMonitoringInput, predictionLogs: TableReference, retrainingChannelId?: pulumi.Input<string>): SkewMonitor {
    const a = this.args;
    const monitor = new SkewMonitor(
      childName(this.baseName, modelName),
      {
        projectId: a.projectId,
        region: a.region,
        labels: a.labels,
        environmentName: a.environmentName,
        modelName,
        monitoring: monitoringBlock,
        predictionLogs,
        monitoringDataset: a.monitoringDataset,
        runAs: this,
        notificationChannelIds: a.notificationChannelIds,
        retrainingChannelId: retrainingChannelId ?? this.retrainingChannel?.name,
        severity: a.severity,
        dependsOn: a.dependsOn,
      },
      { parent: this },
    );
    this.monitors[modelName] = monitor;
    return monitor;
  }
}
