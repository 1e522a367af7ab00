/**
 * SkewMonitor: one model's training/serving skew check as a BigQuery scheduled query, the metric
 * that counts its breaches and the alert policy on that metric.
 */
import { BigqueryDataTransferConfig } from "../../provider/google/bigquery-data-transfer-config";
import { LoggingMetric } from "../../provider/google/logging-metric";
import { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import { ModelMonitoringConfig, ModelMonitoringInput, TableReference } from "../config/skew";
import { IGrantee } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";
import { modelCheck, SkewAlertSeverity } from "./attributes";
import { skewMonitorProblems, tableProblems as neutralTableProblems } from "./checks";

export { logsExplorerUrl } from "./attributes";
export type { SkewAlertSeverity } from "./attributes";

/** The dataset that holds the results (the environment's monitoring dataset, an MlopsDataset). */
export interface ISkewDataset {
  readonly projectId: string;
  readonly datasetId: string;
  /** Grants create/change/delete of tables and their data on this dataset (roles/bigquery.dataEditor). */
  grantReadWrite(grantee: IGrantee): ITerraformDependable;
}

/** The identity scheduled queries run as, and how to let it read a dataset. */
export interface ISkewRunner extends IGrantee {
  /** Service account email, the transfer config's `service_account_name`. */
  readonly email: string;
  /** Grants roles/bigquery.dataViewer on a dataset, once per dataset. */
  grantReadDataset(projectId: string, datasetId: string): ITerraformDependable;
  /** The identity's own grants (job creation, impersonation by the transfer service): runs wait for them. */
  readonly grants: readonly ITerraformDependable[];
}

export interface SkewMonitorProps {
  /** Project of the scheduled query, metric and alert policy (the environment's project). */
  readonly projectId: string;
  /** Location of the scheduled query: the region of the monitoring dataset, the logs and the baseline. */
  readonly region: string;
  /**
   * Labels of the alert policy and the result table; the construct adds `component` and `model`.
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
  readonly notificationChannelIds: readonly string[];
  /**
   * A Pub/Sub notification channel whose topic triggers retraining; added to the breach alert only.
   * @default - no retraining trigger
   */
  readonly retrainingChannelId?: string;
  /**
   * Severity of the breach alert.
   * @default "WARNING"
   */
  readonly severity?: SkewAlertSeverity;
  /**
   * Resources created first: the BigQuery, BigQuery Data Transfer, Logging and Monitoring APIs.
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/** Problems of a table reference given to a construct (skipping unresolved tokens). */
export function tableProblems(ref: TableReference, where: string): Problem[] {
  return neutralTableProblems(ref, where, (v) => Token.isUnresolved(v));
}

/**
 * One model's skew check. A BigQuery scheduled query (`google_bigquery_data_transfer_config`,
 * data source `scheduled_query`) runs the generated SQL (lib/skew/sql.ts) as `runAs` on the
 * model's schedule, writing one row per feature and window to `<model>_skew`. A run that finds a
 * feature above its threshold fails on purpose with a message naming the features; a log-based
 * metric counts those failures and an alert policy fires on the first one, with a runbook naming
 * the watched features and the query to inspect.
 */
export class SkewMonitor extends Construct {
  /** The scheduled query (escape hatch). */
  readonly resource: BigqueryDataTransferConfig;
  /** The log-based metric counting runs that found a feature above its threshold. */
  readonly metric: LoggingMetric;
  /** The alert policy on that metric. */
  readonly alertPolicy: MonitoringAlertPolicy;
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

  constructor(scope: Construct, id: string, props: SkewMonitorProps) {
    super(scope, id);
    const { config, problems } = skewMonitorProblems(id, props, (v) => Token.isUnresolved(v));
    throwIfAny(problems, `skew monitor '${id}'`);
    if (!config) throw new Error("unreachable: an invalid monitoring block reports problems");

    const dataset = props.monitoringDataset;
    const check = modelCheck({ ...props, config, dataset, runAsEmail: props.runAs.email });
    this.modelName = props.modelName;
    this.config = config;
    this.schedule = check.schedule;
    this.table = check.table;
    this.query = check.query;
    this.metricType = check.metricType;

    const grants: ITerraformDependable[] = [dataset.grantReadWrite(props.runAs)];
    for (const ref of check.readDatasets) grants.push(props.runAs.grantReadDataset(ref.projectId, ref.datasetId));

    this.resource = new BigqueryDataTransferConfig(this, "ScheduledQuery", {
      ...check.transferConfig,
      dependsOn: [...new Set([...(props.dependsOn ?? []), ...props.runAs.grants, ...grants])],
    });
    this.metric = new LoggingMetric(this, "BreachCount", { ...check.metric, dependsOn: props.dependsOn });
    this.alertPolicy = new MonitoringAlertPolicy(this, "BreachAlert", { ...check.alertPolicy, dependsOn: [this.metric, ...(props.dependsOn ?? [])] });
  }
}
