/**
 * SkewMonitor: one model's training/serving skew check as a BigQuery scheduled query, the metric
 * that counts its breaches and the alert policy on that metric.
 */
import { BigqueryDataTransferConfig } from "@cdktf/provider-google/lib/bigquery-data-transfer-config";
import { LoggingMetric } from "@cdktf/provider-google/lib/logging-metric";
import { MonitoringAlertPolicy } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import { PROJECT_ID } from "../catalog/naming";
import { ModelMonitoringConfig, ModelMonitoringInput, ModelMonitoringSchema, parseTableReference, parseWindow, TableReference } from "../config/skew";
import { componentLabels, IGrantee, labelProblems } from "../core/common";
import { formatPath, Problem, throwIfAny } from "../core/errors";
import { toTransferSchedule } from "./schedule";
import { breachMarker, inspectionQuery, skewQuery, skewTableId, sqlTable } from "./sql";
import { STATISTICS } from "./stats";

/** Alert severities Cloud Monitoring accepts. */
export type SkewAlertSeverity = "CRITICAL" | "ERROR" | "WARNING";

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

const ENV_NAME = /^[a-z]([a-z0-9-]{0,18}[a-z0-9])?$/;
const MODEL_NAME = /^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/;
const DATASET_ID = /^[A-Za-z0-9_]{1,1024}$/;

/** Problems of a table reference given to a construct (skipping unresolved tokens). */
export function tableProblems(ref: TableReference, where: string): Problem[] {
  const out: Problem[] = [];
  const resolved = (v: string) => !Token.isUnresolved(v);
  if (resolved(ref.projectId) && !PROJECT_ID.test(ref.projectId)) {
    out.push({ path: `${where}.projectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: ref.projectId });
  }
  if (!resolved(ref.datasetId)) {
    out.push({ path: `${where}.datasetId`, message: "must be known at synth time: it names the read grant and appears in the query", value: ref.datasetId });
  } else if (!DATASET_ID.test(ref.datasetId)) {
    out.push({ path: `${where}.datasetId`, message: "not a valid BigQuery dataset ID; allowed: 1-1024 letters, digits or underscores", value: ref.datasetId });
  }
  if (resolved(ref.tableId) && !/^[\p{L}\p{M}\p{N}\p{Pc}\p{Pd}]+( [\p{L}\p{M}\p{N}\p{Pc}\p{Pd}]+)*$/u.test(ref.tableId)) {
    out.push({ path: `${where}.tableId`, message: "not a valid BigQuery table ID; allowed: letters, marks, numbers, '_', '-' and inner spaces", value: ref.tableId });
  }
  return out;
}

/** The schedule, time zone, features and other settings of the validated block, or every problem with its path. */
function validateMonitoring(input: ModelMonitoringInput, where: string): { config?: ModelMonitoringConfig; problems: Problem[] } {
  const r = ModelMonitoringSchema.safeParse(input);
  if (r.success) return { config: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => ({
      path: formatPath([where, ...i.path]),
      message: i.message,
      value: i.path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), input),
    })),
  };
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
    const problems: Problem[] = [...labelProblems(props.labels, id)];
    if (!Token.isUnresolved(props.projectId) && !PROJECT_ID.test(props.projectId)) {
      problems.push({ path: `${id}.projectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: props.projectId });
    }
    if (!ENV_NAME.test(props.environmentName)) {
      problems.push({ path: `${id}.environmentName`, message: "not a valid environment name; allowed: 1-20 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit", value: props.environmentName });
    }
    if (!MODEL_NAME.test(props.modelName)) {
      problems.push({ path: `${id}.modelName`, message: "not a valid model name; allowed: 1-40 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit", value: props.modelName });
    }
    problems.push(...tableProblems(props.predictionLogs, `${id}.predictionLogs`));
    const { config, problems: blockProblems } = validateMonitoring(props.monitoring, `${id}.monitoring`);
    problems.push(...blockProblems);
    throwIfAny(problems, `skew monitor '${id}'`);
    if (!config) throw new Error("unreachable: an invalid monitoring block reports problems");

    const scheduled = toTransferSchedule(config.schedule, config.timeZone);
    if (!scheduled.ok) throw new Error(`unreachable: the schema checks the schedule (${scheduled.message})`);
    const window = parseWindow(config.window)!;
    const env = props.environmentName;
    const model = props.modelName;
    const baseline = parseTableReference(config.baseline);
    const dataset = props.monitoringDataset;
    const labels = { ...componentLabels(props.labels, "feature-skew"), model };

    this.modelName = model;
    this.config = config;
    this.schedule = scheduled.schedule;
    this.table = { projectId: dataset.projectId, datasetId: dataset.datasetId, tableId: skewTableId(model) };
    this.query = skewQuery({
      environment: env,
      model,
      baseline,
      predictionLogs: props.predictionLogs,
      target: this.table,
      features: config.features,
      window,
      minSamples: config.minSamples,
      labels,
    });

    // Least privilege: write only to the monitoring dataset, read only the baseline's and the logs'
    // datasets (a dataset the monitoring grant already covers gets no second grant).
    const inMonitoringDataset = (ref: TableReference) => ref.projectId === dataset.projectId && ref.datasetId === dataset.datasetId;
    const grants: ITerraformDependable[] = [dataset.grantReadWrite(props.runAs)];
    for (const ref of [baseline, props.predictionLogs]) {
      if (!inMonitoringDataset(ref)) grants.push(props.runAs.grantReadDataset(ref.projectId, ref.datasetId));
    }

    this.resource = new BigqueryDataTransferConfig(this, "ScheduledQuery", {
      project: props.projectId,
      location: props.region,
      displayName: `${env} feature skew: ${model}`,
      dataSourceId: "scheduled_query",
      schedule: this.schedule,
      // A DML script: no destination table, the query MERGEs into <model>_skew itself.
      params: { query: this.query },
      serviceAccountName: props.runAs.email,
      // Failure emails go to the owner, a service account without a mailbox; the alert replaces them.
      emailPreferences: { enableFailureEmail: false },
      dependsOn: [...new Set([...(props.dependsOn ?? []), ...props.runAs.grants, ...grants])],
    });

    const metricName = `feature-skew/${env}/${model}`;
    this.metricType = `logging.googleapis.com/user/${metricName}`;
    const logFilter = [
      'resource.type="bigquery_dts_config"',
      "severity>=ERROR",
      // The run's error message; assembled at run time, so the query text never matches.
      `"${breachMarker(env, model)}"`,
    ].join("\n");
    this.metric = new LoggingMetric(this, "BreachCount", {
      project: props.projectId,
      name: metricName,
      description: `Runs of the feature skew query of model ${model} (environment ${env}) that found a feature above its threshold.`,
      filter: logFilter,
      metricDescriptor: { metricKind: "DELTA", valueType: "INT64", unit: "1", displayName: `Feature skew breaches: ${model}` },
      dependsOn: props.dependsOn,
    });

    const channels = [...props.notificationChannelIds, ...(props.retrainingChannelId ? [props.retrainingChannelId] : [])];
    this.alertPolicy = new MonitoringAlertPolicy(this, "BreachAlert", {
      project: props.projectId,
      displayName: `[${env}] Feature skew: ${model}`,
      combiner: "OR",
      severity: props.severity ?? "WARNING",
      conditions: [
        {
          displayName: `A feature of ${model} crossed its skew threshold`,
          conditionThreshold: {
            filter: `metric.type="${this.metricType}" AND resource.type="bigquery_dts_config"`,
            comparison: "COMPARISON_GT",
            thresholdValue: 0,
            duration: "0s",
            aggregations: [{ alignmentPeriod: "300s", perSeriesAligner: "ALIGN_SUM", crossSeriesReducer: "REDUCE_SUM" }],
            trigger: { count: 1 },
            // No run, no data: the incident closes instead of staying open until auto-close.
            evaluationMissingData: "EVALUATION_MISSING_DATA_INACTIVE",
          },
        },
      ],
      alertStrategy: { autoClose: "1800s" },
      notificationChannels: channels.length ? channels : undefined,
      documentation: {
        mimeType: "text/markdown",
        subject: `[${env}] Feature skew above threshold: model ${model}`,
        content: runbook({ env, model, config, table: this.table, baseline, logs: props.predictionLogs, retraining: !!props.retrainingChannelId, schedule: this.schedule }),
        links: [{ displayName: "Failed skew runs (Logs Explorer)", url: logsExplorerUrl(props.projectId, logFilter) }],
      },
      userLabels: labels,
      dependsOn: [this.metric, ...(props.dependsOn ?? [])],
    });
  }
}

/** Logs Explorer, opened on a filter. */
export function logsExplorerUrl(projectId: string, filter: string): string {
  return `https://console.cloud.google.com/logs/query;query=${encodeURIComponent(filter)}?project=${projectId}`;
}

/** `24h` as "24 hours", `1d` as "1 day". */
function windowText(window: string): string {
  const w = parseWindow(window)!;
  const unit = w.unit === "HOUR" ? "hour" : "day";
  return `${w.amount} ${unit}${w.amount === 1 ? "" : "s"}`;
}

/** Cloud Monitoring's limit on documentation content (alert.proto). */
const DOCUMENTATION_LIMIT = 8192;

function runbook(r: {
  env: string;
  model: string;
  config: ModelMonitoringConfig;
  table: TableReference;
  baseline: TableReference;
  logs: TableReference;
  retraining: boolean;
  schedule: string;
}): string {
  const rows = r.config.features.map((f) => `| ${f.name} | ${f.type} | ${f.statistic} (${STATISTICS[f.statistic].title}) | ${f.threshold} |`);
  const head = `## Feature skew above threshold: model ${r.model} (${r.env})

The scheduled query \`${r.env} feature skew: ${r.model}\` compared the serving inputs of the last ${windowText(r.config.window)} (${sqlTable(r.logs)}) with the training baseline ${sqlTable(r.baseline)} and found at least one feature whose statistic is above its threshold. The failed run's error message names the features and their values (open the link below).

Watched features:

| feature | type | statistic | alert above |
|---|---|---|---|
`;
  const tail = `
Inspect the recent windows:

\`\`\`sql
${inspectionQuery(r.table)}
\`\`\`

What to do:
1. Rule out a serving bug first: a feature whose values moved to a new scale, unit or encoding (compare a few logged instances with the baseline's rows) points at the feature pipeline or the client, not at the world.
2. A real shift of the population (same encoding, different mix) degrades the model: retrain on recent data and compare it with the current version before promoting it.${r.retraining ? " This alert also notified the retraining topic." : ""}
3. If the threshold is too tight, change it in the model's monitoring block; each feature's history is in the table above.

Runs: \`${r.schedule}\` (UTC), each over the ${windowText(r.config.window)} before it; windows with fewer than ${r.config.minSamples} serving values of a feature record no value for it.`;
  // Stay under Cloud Monitoring's documentation limit with many features.
  let table = rows.join("\n");
  for (let kept = rows.length; head.length + table.length + tail.length > DOCUMENTATION_LIMIT && kept > 0; kept--) {
    table = [...rows.slice(0, kept - 1), `| … ${rows.length - kept + 1} more in the query's header | | | |`].join("\n");
  }
  return head + table + "\n" + tail;
}
