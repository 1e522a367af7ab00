/**
 * SkewMonitoring: an environment's skew checks. It owns the `<env>-skew` service account and its
 * grants, the optional retraining notification channel, one scheduled query per batch of models
 * (SkewBatch, construct id: the batch key), one breach metric labelled by model, one breach alert
 * per retraining pipeline (plus one for models without a pipeline), and one alert for checks that
 * fail for any reason other than a breach. None of these grows with the number of models beyond
 * the batch count.
 */
import { BigqueryDatasetIamMember } from "../../provider/google/bigquery-dataset-iam-member";
import { DataGoogleProject } from "../../provider/google/data-google-project";
import { LoggingMetric } from "../../provider/google/logging-metric";
import { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import { MonitoringNotificationChannel } from "../../provider/google/monitoring-notification-channel";
import { PubsubTopicIamMember } from "../../provider/google/pubsub-topic-iam-member";
import { ServiceAccountIamMember } from "../../provider/google/service-account-iam-member";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import { ModelMonitoringInput, TableReference } from "../config/skew";
import { Problem, throwIfAny } from "../core/errors";
import { keyedRecord, keyId } from "../core/common";
import { WorkloadServiceAccount } from "../identity/service-account";
import {
  breachAlert,
  breachMetric,
  DATASET_READER_ROLE,
  failureCheck,
  modelCheck,
  NOTIFICATION_AGENT_DOMAIN,
  PUBSUB_PUBLISHER_ROLE,
  readGrantKey,
  retrainingChannelAttributes,
  serviceAgentMember,
  skewAccount,
  TOKEN_CREATOR_ROLE,
  TRANSFER_AGENT_DOMAIN,
} from "./attributes";
import { assignBatches, batchingProblems, SkewBatching } from "./batching";
import { skewMonitoringProblems, skewMonitorProblems } from "./checks";
import { ISkewDataset, ISkewRunner, ModelCheck, SkewAlertSeverity, SkewBatch } from "./monitor";

/** One model's skew check as SkewMonitoring takes it. */
export interface SkewModel {
  /** Model name (the key of the model in the YAML). */
  readonly name: string;
  /** The model's `monitoring` block, validated again here with the YAML's rules. */
  readonly monitoring: ModelMonitoringInput;
  /** The model's Vertex AI request/response logging table (serving side). */
  readonly predictionLogs: TableReference;
  /**
   * The pipeline a breach starts, and its Pub/Sub notification channel: the model's breaches go
   * to that pipeline's breach alert.
   * @default - the breach alert of models without a pipeline (with the environment's retraining topic, if any)
   */
  readonly retrain?: { readonly pipeline: string; readonly channelId: string };
}

export interface SkewMonitoringProps {
  /** The environment's project: scheduled queries, metrics, alerts and the service account live here. */
  readonly projectId: string;
  /** Region of the monitoring dataset (and so of the scheduled queries). */
  readonly region: string;
  /**
   * Labels of every resource that takes labels; the construct adds `component`.
   * @default - no extra labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** Environment name: prefixes the service account (`<env>-skew`) and display names. */
  readonly environmentName: string;
  /** Where each model's `<model>_skew` table lives: the environment's monitoring dataset. */
  readonly monitoringDataset: ISkewDataset;
  /** The models to check. */
  readonly models: readonly SkewModel[];
  /**
   * How models are grouped into scheduled queries: batches per schedule = ceil(fleetSize /
   * batchSize), a model's batch a stable hash of its name. Changing either re-batches every model.
   * @default - batchSize 50, fleetSize 1000 (20 batches per schedule)
   */
  readonly batching?: SkewBatching;
  /** Notification channel IDs of the alerts. An empty list leaves the alerts visible in the console only. */
  readonly notificationChannelIds: readonly string[];
  /**
   * Pub/Sub topic (`projects/<p>/topics/<t>`) that triggers retraining: a notification channel
   * publishing to it is added to the breach alert of models without a pipeline (not to the failure alert), and Cloud
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
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The skew checks of an environment and the identity they run as.
 *
 * Identity `<env>-skew` (no key), with the least rights a run needs:
 * - roles/bigquery.jobUser on the project (to run query jobs; BigQuery has no narrower scope);
 * - roles/bigquery.dataEditor on the monitoring dataset (creates and MERGEs into `<model>_skew`,
 *   and reads the prediction logs that the serving fleet writes there);
 * - roles/bigquery.dataViewer on each other dataset a check reads: the datasets of the training
 *   baselines (granted on the dataset, not the table, so that a training pipeline may replace
 *   the table) and of prediction logs kept outside the monitoring dataset;
 * - the BigQuery Data Transfer service agent gets roles/iam.serviceAccountTokenCreator
 *   on this account only, to run the scheduled queries as it.
 */
export class SkewMonitoring extends Construct implements ISkewRunner {
  readonly account: WorkloadServiceAccount;
  readonly email: string;
  readonly member: string;
  readonly grantKey: string;
  readonly grants: ITerraformDependable[];
  /** The Pub/Sub channel of the retraining topic, when one was given. */
  readonly retrainingChannel?: MonitoringNotificationChannel;
  /** The metric counting failed skew queries of every model, and the alert on it. */
  readonly failureMetric: LoggingMetric;
  readonly failureAlertPolicy: MonitoringAlertPolicy;
  /** The metric counting breaching runs, labelled `model`. */
  readonly breachMetric: LoggingMetric;
  /** The breach alerts, keyed by pipeline name (`""`: models without a pipeline). */
  readonly breachAlerts: Record<string, MonitoringAlertPolicy> = keyedRecord();
  /** The scheduled queries, keyed by batch key. */
  readonly batches: Record<string, SkewBatch> = keyedRecord();
  /** Each model's batch key. */
  readonly batchOfModel: Record<string, string> = keyedRecord();
  /** The validated checks, keyed by model name. */
  readonly checks: Record<string, ModelCheck> = keyedRecord();

  constructor(scope: Construct, id: string, props: SkewMonitoringProps) {
    super(scope, id);
    const unresolved = (v: unknown) => Token.isUnresolved(v);
    const problems: Problem[] = [...skewMonitoringProblems(id, props, unresolved), ...batchingProblems(props.batching ?? {}, `${id}.batching`)];
    const seen = new Set<string>();
    const validated: { model: SkewModel; check: ModelCheck }[] = [];
    for (const m of props.models) {
      if (seen.has(m.name)) problems.push({ path: `${id}.models`, message: "lists a model twice; list each model once", value: m.name });
      seen.add(m.name);
      const { config, problems: found } = skewMonitorProblems(m.name, { ...props, modelName: m.name, predictionLogs: m.predictionLogs, monitoring: m.monitoring }, unresolved);
      problems.push(...found);
      if (config && found.length === 0) {
        const check = modelCheck({ ...props, modelName: m.name, config, predictionLogs: m.predictionLogs, dataset: props.monitoringDataset, pipeline: m.retrain?.pipeline });
        validated.push({ model: m, check });
      }
    }
    throwIfAny(problems, `skew monitoring '${id}'`);

    this.account = new WorkloadServiceAccount(this, "ServiceAccount", { projectId: props.projectId, ...skewAccount(props.environmentName), dependsOn: props.dependsOn });
    this.email = this.account.email;
    this.member = this.account.member;
    this.grantKey = this.account.grantKey;

    let project: DataGoogleProject | undefined;
    const projectNumber = () => (project ??= new DataGoogleProject(this, "Project", { projectId: props.projectId })).number;

    const tokenMinter = new ServiceAccountIamMember(this, "TransferServiceTokenMinter", {
      serviceAccountId: this.account.resource.name,
      role: TOKEN_CREATOR_ROLE,
      member: serviceAgentMember(projectNumber(), TRANSFER_AGENT_DOMAIN),
      dependsOn: props.dependsOn,
    });
    this.grants = [this.account.allowBigQueryJobs(), tokenMinter, props.monitoringDataset.grantReadWrite(this)];

    if (props.retrainingTopic !== undefined) {
      const publisher = new PubsubTopicIamMember(this, "RetrainingTopicPublisher", {
        topic: props.retrainingTopic,
        role: PUBSUB_PUBLISHER_ROLE,
        member: serviceAgentMember(projectNumber(), NOTIFICATION_AGENT_DOMAIN),
        dependsOn: props.dependsOn,
      });
      this.retrainingChannel = new MonitoringNotificationChannel(this, "RetrainingChannel", {
        ...retrainingChannelAttributes(props.projectId, props.environmentName, props.retrainingTopic, props.labels),
        dependsOn: [publisher, ...(props.dependsOn ?? [])],
      });
    }

    const failure = failureCheck({ ...props, runAsEmail: this.email, severity: props.failureSeverity });
    this.failureMetric = new LoggingMetric(this, "FailureCount", { ...failure.metric, dependsOn: props.dependsOn });
    this.failureAlertPolicy = new MonitoringAlertPolicy(this, "FailureAlert", { ...failure.alertPolicy, dependsOn: [this.failureMetric, ...(props.dependsOn ?? [])] });

    // One scheduled query per batch (lib/skew/batching.ts).
    for (const { check } of validated) this.checks[check.name] = check;
    for (const b of assignBatches(
      validated.map(({ check }) => ({ ...check, name: check.name })),
      props.batching,
    )) {
      const grants = b.models.flatMap((m) => m.readDatasets.map((d) => this.grantReadDataset(d.projectId, d.datasetId)));
      this.batches[b.key] = new SkewBatch(this, keyId(b.key), {
        projectId: props.projectId,
        region: props.region,
        environmentName: props.environmentName,
        batch: b.key,
        schedule: b.schedule,
        models: b.models,
        runAs: this,
        grants,
        dependsOn: props.dependsOn,
      });
      for (const m of b.models) this.batchOfModel[m.name] = b.key;
    }

    // One breach metric, labelled by model, for charts.
    const breaches = breachMetric(props);
    this.breachMetric = new LoggingMetric(this, "BreachCount", { ...breaches.metric, dependsOn: props.dependsOn });

    // One breach alert per retraining pipeline, and one for the models without a pipeline.
    const groups = new Map<string, { channelId?: string; models: string[] }>();
    for (const { model } of validated) {
      const key = model.retrain?.pipeline ?? "";
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { channelId: model.retrain?.channelId ?? this.retrainingChannel?.name, models: [] }));
      g.models.push(model.name);
    }
    for (const [pipeline, g] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const alert = breachAlert({
        projectId: props.projectId,
        environmentName: props.environmentName,
        pipeline: pipeline || undefined,
        models: [...g.models].sort(),
        monitoringDataset: props.monitoringDataset,
        notificationChannelIds: props.notificationChannelIds,
        retrainingChannelId: g.channelId,
        severity: props.severity,
        labels: props.labels,
      });
      this.breachAlerts[pipeline] = new MonitoringAlertPolicy(this, pipeline ? keyId(`BreachAlert-${pipeline}`) : "BreachAlert", { ...alert.alertPolicy, dependsOn: props.dependsOn });
    }
  }

  /** roles/bigquery.dataViewer on a dataset (created once per dataset, whatever the number of models reading it). */
  grantReadDataset(projectId: string, datasetId: string): ITerraformDependable {
    const id = readGrantKey(projectId, datasetId);
    return (
      (this.node.tryFindChild(id) as BigqueryDatasetIamMember | undefined) ??
      new BigqueryDatasetIamMember(this, id, { project: projectId, datasetId, role: DATASET_READER_ROLE, member: this.member })
    );
  }
}
