/**
 * SkewMonitoring: an environment's skew checks. It owns what its models' checks share: the
 * `<env>-skew` service account and its grants, the optional retraining notification channel, and
 * one alert for checks that fail for any reason other than a breach. Each model gets a SkewMonitor
 * (construct id: the model name).
 */
import { BigqueryDatasetIamMember } from "@cdktf/provider-google/lib/bigquery-dataset-iam-member";
import { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
import { LoggingMetric } from "@cdktf/provider-google/lib/logging-metric";
import { MonitoringAlertPolicy } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import { MonitoringNotificationChannel } from "@cdktf/provider-google/lib/monitoring-notification-channel";
import { PubsubTopicIamMember } from "@cdktf/provider-google/lib/pubsub-topic-iam-member";
import { ServiceAccountIamMember } from "@cdktf/provider-google/lib/service-account-iam-member";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import { PROJECT_ID } from "../catalog/naming";
import { ModelMonitoringInput, TableReference } from "../config/skew";
import { componentLabels, labelProblems } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";
import { WorkloadServiceAccount } from "../identity/service-account";
import { ISkewDataset, ISkewRunner, logsExplorerUrl, SkewAlertSeverity, SkewMonitor } from "./monitor";
import { FAILURE_MARKER } from "./sql";

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

const TOPIC = /^projects\/([a-z][a-z0-9-]{4,28}[a-z0-9])\/topics\/((?!goog)[A-Za-z][A-Za-z0-9\-_.~+%]{2,254})$/;

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
 * - the BigQuery Data Transfer service agent gets roles/iam.serviceAccountShortTermTokenMinter
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
  readonly monitors: Record<string, SkewMonitor> = {};
  private readonly props: SkewMonitoringProps;
  private readonly labels: Record<string, string>;

  constructor(scope: Construct, id: string, props: SkewMonitoringProps) {
    super(scope, id);
    const problems: Problem[] = [...labelProblems(props.labels, id)];
    if (!Token.isUnresolved(props.projectId) && !PROJECT_ID.test(props.projectId)) {
      problems.push({ path: `${id}.projectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: props.projectId });
    }
    if (!/^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$/.test(props.environmentName)) {
      problems.push({ path: `${id}.environmentName`, message: "not a valid environment name; allowed: 1-20 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit", value: props.environmentName });
    }
    if (props.retrainingTopic !== undefined && !Token.isUnresolved(props.retrainingTopic) && !TOPIC.test(props.retrainingTopic)) {
      problems.push({ path: `${id}.retrainingTopic`, message: "not a Pub/Sub topic ID; allowed: projects/<project ID>/topics/<topic name>", value: props.retrainingTopic });
    }
    throwIfAny(problems, `skew monitoring '${id}'`);
    this.props = props;
    this.labels = componentLabels(props.labels, "feature-skew");

    this.account = new WorkloadServiceAccount(this, "ServiceAccount", {
      projectId: props.projectId,
      accountId: `${props.environmentName}-skew`,
      grantKey: "skew",
      displayName: `${props.environmentName} feature skew checks`,
      description: "Runs the feature skew scheduled queries: reads baselines and prediction logs, writes <model>_skew tables.",
      dependsOn: props.dependsOn,
    });
    this.email = this.account.email;
    this.member = this.account.member;
    this.grantKey = this.account.grantKey;

    let project: DataGoogleProject | undefined;
    const projectNumber = () => (project ??= new DataGoogleProject(this, "Project", { projectId: props.projectId })).number;

    const tokenMinter = new ServiceAccountIamMember(this, "TransferServiceTokenMinter", {
      serviceAccountId: this.account.resource.name,
      role: "roles/iam.serviceAccountShortTermTokenMinter",
      member: `serviceAccount:service-${projectNumber()}@gcp-sa-bigquerydatatransfer.iam.gserviceaccount.com`,
      dependsOn: props.dependsOn,
    });
    this.grants = [this.account.allowBigQueryJobs(), tokenMinter, props.monitoringDataset.grantReadWrite(this)];

    if (props.retrainingTopic !== undefined) {
      const publisher = new PubsubTopicIamMember(this, "RetrainingTopicPublisher", {
        topic: props.retrainingTopic,
        role: "roles/pubsub.publisher",
        member: `serviceAccount:service-${projectNumber()}@gcp-sa-monitoring-notification.iam.gserviceaccount.com`,
        dependsOn: props.dependsOn,
      });
      this.retrainingChannel = new MonitoringNotificationChannel(this, "RetrainingChannel", {
        project: props.projectId,
        displayName: `${props.environmentName} retraining trigger`,
        description: "Publishes feature skew alerts to the retraining topic.",
        type: "pubsub",
        labels: { topic: props.retrainingTopic },
        userLabels: this.labels,
        dependsOn: [publisher, ...(props.dependsOn ?? [])],
      });
    }

    const failureFilter = ['resource.type="bigquery_dts_config"', "severity>=ERROR", `"${FAILURE_MARKER}[${props.environmentName}/"`].join("\n");
    const metricName = `feature-skew/${props.environmentName}/failed-runs`;
    this.failureMetric = new LoggingMetric(this, "FailureCount", {
      project: props.projectId,
      name: metricName,
      description: `Runs of the feature skew queries of environment ${props.environmentName} that failed for a reason other than a breach.`,
      filter: failureFilter,
      metricDescriptor: { metricKind: "DELTA", valueType: "INT64", unit: "1", displayName: "Failed feature skew runs" },
      dependsOn: props.dependsOn,
    });
    this.failureAlertPolicy = new MonitoringAlertPolicy(this, "FailureAlert", {
      project: props.projectId,
      displayName: `[${props.environmentName}] Feature skew check failing`,
      combiner: "OR",
      severity: props.failureSeverity ?? "WARNING",
      conditions: [
        {
          displayName: "A feature skew query failed",
          conditionThreshold: {
            filter: `metric.type="logging.googleapis.com/user/${metricName}" AND resource.type="bigquery_dts_config"`,
            comparison: "COMPARISON_GT",
            thresholdValue: 0,
            duration: "0s",
            aggregations: [{ alignmentPeriod: "300s", perSeriesAligner: "ALIGN_SUM", crossSeriesReducer: "REDUCE_SUM" }],
            trigger: { count: 1 },
            evaluationMissingData: "EVALUATION_MISSING_DATA_INACTIVE",
          },
        },
      ],
      alertStrategy: { autoClose: "1800s" },
      notificationChannels: props.notificationChannelIds.length ? [...props.notificationChannelIds] : undefined,
      documentation: {
        mimeType: "text/markdown",
        subject: `[${props.environmentName}] A feature skew check failed`,
        content: `## A feature skew check failed (${props.environmentName})

A feature skew scheduled query failed for a reason other than a breach, so its model is not being checked. The log entry's message starts with \`${FAILURE_MARKER}[${props.environmentName}/<model>]\` followed by BigQuery's error (open the link below).

Common causes:
- \`no baseline values for ...\`: a feature's column is missing from the baseline table, empty, or not numeric for a numeric feature.
- Access denied: \`${this.email}\` lacks roles/bigquery.dataViewer on the baseline's dataset (granted by the deployment; check it was applied in the baseline's project).
- Not found: the prediction logs table does not exist yet. Vertex AI creates it on the endpoint's first logged request; until then every run fails.
- A payload that is not JSON, or instances that are lists instead of objects keyed by feature name.

Failures before the query starts (the transfer service cannot act as \`${this.email}\`, or it cannot create jobs) carry no marker: look for \`resource.type="bigquery_dts_config" severity>=ERROR\` in the logs and at the scheduled query's run history in the BigQuery console.`,
        links: [{ displayName: "Failed skew runs (Logs Explorer)", url: logsExplorerUrl(props.projectId, failureFilter) }],
      },
      userLabels: this.labels,
      dependsOn: [this.failureMetric, ...(props.dependsOn ?? [])],
    });
  }

  /** roles/bigquery.dataViewer on a dataset (created once per dataset, whatever the number of models reading it). */
  grantReadDataset(projectId: string, datasetId: string): ITerraformDependable {
    const id = `read-${projectId}-${datasetId}`;
    return (
      (this.node.tryFindChild(id) as BigqueryDatasetIamMember | undefined) ??
      new BigqueryDatasetIamMember(this, id, { project: projectId, datasetId, role: "roles/bigquery.dataViewer", member: this.member })
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
    const monitor = new SkewMonitor(this, modelName, {
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
