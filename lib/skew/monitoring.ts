/**
 * SkewMonitoring: an environment's skew checks. It owns what its models' checks share: the
 * `<env>-skew` service account and its grants, the optional retraining notification channel, and
 * one alert for checks that fail for any reason other than a breach. Each model gets a SkewMonitor
 * (construct id: the model name).
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
import { throwIfAny } from "../core/errors";
import { keyedRecord, keyId } from "../core/common";
import { WorkloadServiceAccount } from "../identity/service-account";
import {
  DATASET_READER_ROLE,
  failureCheck,
  NOTIFICATION_AGENT_DOMAIN,
  PUBSUB_PUBLISHER_ROLE,
  readGrantKey,
  retrainingChannelAttributes,
  serviceAgentMember,
  skewAccount,
  TOKEN_CREATOR_ROLE,
  TRANSFER_AGENT_DOMAIN,
} from "./attributes";
import { skewMonitoringProblems } from "./checks";
import { ISkewDataset, ISkewRunner, SkewAlertSeverity, SkewMonitor } from "./monitor";

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
  /** Notification channel IDs of the alerts. An empty list leaves the alerts visible in the console only. */
  readonly notificationChannelIds: readonly string[];
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
  /** The checks, keyed by model name. */
  readonly monitors: Record<string, SkewMonitor> = keyedRecord();
  private readonly props: SkewMonitoringProps;

  constructor(scope: Construct, id: string, props: SkewMonitoringProps) {
    super(scope, id);
    throwIfAny(skewMonitoringProblems(id, props, (v) => Token.isUnresolved(v)), `skew monitoring '${id}'`);
    this.props = props;

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
  }

  /** roles/bigquery.dataViewer on a dataset (created once per dataset, whatever the number of models reading it). */
  grantReadDataset(projectId: string, datasetId: string): ITerraformDependable {
    const id = readGrantKey(projectId, datasetId);
    return (
      (this.node.tryFindChild(id) as BigqueryDatasetIamMember | undefined) ??
      new BigqueryDatasetIamMember(this, id, { project: projectId, datasetId, role: DATASET_READER_ROLE, member: this.member })
    );
  }

  /**
   * Adds the skew check of one model. `predictionLogs` is the model's Vertex AI request/response
   * logging table. The construct id is the model name.
   */
  /**
   * Adds skew detection for one model. `retrainingChannelId` routes its breach alerts to a
   * retraining trigger instead of the environment-wide one (if any).
   */
  addModel(modelName: string, monitoring: ModelMonitoringInput, predictionLogs: TableReference, retrainingChannelId?: string): SkewMonitor {
    const p = this.props;
    const monitor = new SkewMonitor(this, keyId(modelName), {
      projectId: p.projectId,
      region: p.region,
      labels: p.labels,
      environmentName: p.environmentName,
      modelName,
      monitoring,
      predictionLogs,
      monitoringDataset: p.monitoringDataset,
      runAs: this,
      notificationChannelIds: p.notificationChannelIds,
      retrainingChannelId: retrainingChannelId ?? this.retrainingChannel?.name,
      severity: p.severity,
      dependsOn: p.dependsOn,
    });
    this.monitors[modelName] = monitor;
    return monitor;
  }
}
