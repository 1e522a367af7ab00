/**
 * The attributes of the skew detection resources: the `<env>-skew` identity, the retraining
 * channel, the failed-runs metric and alert, and per model the scheduled query, its breach metric
 * and alert (with the runbook). Free of cdktn imports: field names are the provider's in
 * camelCase, as the provider bindings take them. Values only known at deploy time (a channel's
 * name, a project number) are passed in as tokens through the type parameter `R`.
 */
import { ModelMonitoringConfig, parseTableReference, parseWindow, TableReference } from "../config/skew";
import { componentLabels } from "../core/common";
import { NOTIFICATION_AGENT_DOMAIN, PUBSUB_PUBLISHER_ROLE } from "../monitoring/attributes";
import { toTransferSchedule } from "./schedule";
import { breachMarker, FAILURE_MARKER, inspectionQuery, skewQuery, skewTableId, sqlTable } from "./sql";
import { STATISTICS } from "./stats";

/** Alert severities Cloud Monitoring accepts. */
export type SkewAlertSeverity = "CRITICAL" | "ERROR" | "WARNING";

/** The `component` label of the skew resources. */
export const SKEW_COMPONENT = "feature-skew";

/** The identity the scheduled queries run as: `<env>-skew`. */
export function skewAccount(environmentName: string) {
  return {
    accountId: `${environmentName}-skew`,
    grantKey: "skew",
    displayName: `${environmentName} feature skew checks`,
    description: "Runs the feature skew scheduled queries: reads baselines and prediction logs, writes <model>_skew tables.",
  };
}

/**
 * Role that lets the BigQuery Data Transfer service agent run scheduled queries as `<env>-skew`:
 * it mints the account's access tokens (iam.serviceAccounts.getAccessToken). Granted on that
 * account only. `roles/iam.serviceAccountShortTermTokenMinter` is not a predefined role (Google
 * refuses the grant: hashicorp/terraform-provider-google#13191, #13286); the provider's scheduled-query examples
 * grant this one (website/docs/r/bigquery_data_transfer_config, v7.45.0).
 */
export const TOKEN_CREATOR_ROLE = "roles/iam.serviceAccountTokenCreator";
/** Role that lets the skew checks read a dataset (a baseline's, or prediction logs kept elsewhere). */
export const DATASET_READER_ROLE = "roles/bigquery.dataViewer";
/** Domain of the BigQuery Data Transfer service agent: `service-<project number>@<domain>`. */
export const TRANSFER_AGENT_DOMAIN = "gcp-sa-bigquerydatatransfer.iam.gserviceaccount.com";
export { NOTIFICATION_AGENT_DOMAIN, PUBSUB_PUBLISHER_ROLE };

/** A service agent of the project as an IAM member. */
export function serviceAgentMember(projectNumber: string, domain: string): string {
  return `serviceAccount:service-${projectNumber}@${domain}`;
}

/** Key (construct id, resource name suffix) of the read grant on a dataset. */
export function readGrantKey(projectId: string, datasetId: string): string {
  return `read-${projectId}-${datasetId}`;
}

/** The Pub/Sub channel that publishes breach alerts to the retraining topic. */
export function retrainingChannelAttributes(projectId: string, environmentName: string, topic: string, labels: Readonly<Record<string, string>> | undefined) {
  return {
    project: projectId,
    displayName: `${environmentName} retraining trigger`,
    description: "Publishes feature skew alerts to the retraining topic.",
    type: "pubsub",
    labels: { topic },
    userLabels: componentLabels(labels, SKEW_COMPONENT),
  };
}

const counterDescriptor = (displayName: string) => ({ metricKind: "DELTA", valueType: "INT64", unit: "1", displayName });

/**
 * The environment-wide metric of failed skew queries (any error but a breach) and the alert on it,
 * sent to the people's channels only (never to the retraining topic).
 */
export function failureCheck<R>(p: {
  readonly projectId: string;
  readonly environmentName: string;
  /** The `<env>-skew` account's email, named in the runbook. */
  readonly runAsEmail: string;
  readonly notificationChannelIds: readonly R[];
  readonly severity?: SkewAlertSeverity;
  readonly labels?: Readonly<Record<string, string>>;
}) {
  const env = p.environmentName;
  const filter = ['resource.type="bigquery_dts_config"', "severity>=ERROR", `"${FAILURE_MARKER}[${env}/"`].join("\n");
  const metricName = `feature-skew/${env}/failed-runs`;
  const metric = {
    project: p.projectId,
    name: metricName,
    description: `Runs of the feature skew queries of environment ${env} that failed for a reason other than a breach.`,
    filter,
    metricDescriptor: counterDescriptor("Failed feature skew runs"),
  };
  const alertPolicy = {
    project: p.projectId,
    displayName: `[${env}] Feature skew check failing`,
    combiner: "OR",
    severity: p.severity ?? "WARNING",
    // On the log entries themselves: an alert on the just-created log-based metric can fail with
    // "404 Cannot find metric(s)" for minutes (provider issue #11102); a log-match one cannot.
    conditions: [{ displayName: "A feature skew query failed", conditionMatchedLog: { filter } }],
    // Required for log-match conditions (alert.proto): at most one notification per 5 minutes.
    alertStrategy: { autoClose: "1800s", notificationRateLimit: { period: "300s" } },
    notificationChannels: p.notificationChannelIds.length ? [...p.notificationChannelIds] : undefined,
    documentation: {
      mimeType: "text/markdown",
      subject: `[${env}] A feature skew check failed`,
      content: `## A feature skew check failed (${env})

A feature skew scheduled query failed for a reason other than a breach, so its model is not being checked. The log entry's message starts with \`${FAILURE_MARKER}[${env}/<model>]\` followed by BigQuery's error (open the link below).

Common causes:
- \`no baseline values for ...\`: a feature's column is missing from the baseline table, empty, or not numeric for a numeric feature.
- Access denied: \`${p.runAsEmail}\` lacks roles/bigquery.dataViewer on the baseline's dataset (granted by the deployment; check it was applied in the baseline's project).
- Not found: the prediction logs table does not exist yet. Vertex AI creates it on the endpoint's first logged request; until then every run fails.
- A payload that is not JSON, or instances that are lists instead of objects keyed by feature name.

Failures before the query starts (the transfer service cannot act as \`${p.runAsEmail}\`, or it cannot create jobs) carry no marker: look for \`resource.type="bigquery_dts_config" severity>=ERROR\` in the logs and at the scheduled query's run history in the BigQuery console.`,
      links: [{ displayName: "Failed skew runs (Logs Explorer)", url: logsExplorerUrl(p.projectId, filter) }],
    },
    userLabels: componentLabels(p.labels, SKEW_COMPONENT),
  };
  return { metric, alertPolicy };
}

/**
 * One model's check from its validated monitoring block: the schedule (UTC), the result table,
 * the SQL, the datasets it must be allowed to read, and the attributes of the scheduled query,
 * the breach metric and the breach alert.
 */
export function modelCheck<R>(p: {
  readonly projectId: string;
  readonly region: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly environmentName: string;
  readonly modelName: string;
  readonly config: ModelMonitoringConfig;
  readonly predictionLogs: TableReference;
  /** The monitoring dataset: the result table's home. */
  readonly dataset: { readonly projectId: string; readonly datasetId: string };
  readonly runAsEmail: string;
  readonly notificationChannelIds: readonly R[];
  readonly retrainingChannelId?: R;
  readonly severity?: SkewAlertSeverity;
}) {
  const { config } = p;
  const scheduled = toTransferSchedule(config.schedule, config.timeZone);
  if (!scheduled.ok) throw new Error(`unreachable: the schema checks the schedule (${scheduled.message})`);
  const window = parseWindow(config.window)!;
  const env = p.environmentName;
  const model = p.modelName;
  const baseline = parseTableReference(config.baseline);
  const labels = { ...componentLabels(p.labels, SKEW_COMPONENT), model };
  const schedule = scheduled.schedule;
  const table: TableReference = { projectId: p.dataset.projectId, datasetId: p.dataset.datasetId, tableId: skewTableId(model) };
  const query = skewQuery({ environment: env, model, baseline, predictionLogs: p.predictionLogs, target: table, features: config.features, window, minSamples: config.minSamples, labels });

  // Least privilege: write only to the monitoring dataset, read only the baseline's and the logs'
  // datasets (a dataset the monitoring grant already covers gets no second grant).
  const inMonitoringDataset = (ref: TableReference) => ref.projectId === p.dataset.projectId && ref.datasetId === p.dataset.datasetId;
  const readDatasets = [baseline, p.predictionLogs].filter((ref) => !inMonitoringDataset(ref)).map((ref) => ({ projectId: ref.projectId, datasetId: ref.datasetId }));

  const transferConfig = {
    project: p.projectId,
    location: p.region,
    displayName: `${env} feature skew: ${model}`,
    dataSourceId: "scheduled_query",
    schedule,
    // A DML script: no destination table, the query MERGEs into <model>_skew itself.
    params: { query },
    serviceAccountName: p.runAsEmail,
    // Failure emails go to the owner, a service account without a mailbox; the alert replaces them.
    emailPreferences: { enableFailureEmail: false },
  };

  const metricName = `feature-skew/${env}/${model}`;
  const metricType = `logging.googleapis.com/user/${metricName}`;
  const logFilter = [
    'resource.type="bigquery_dts_config"',
    "severity>=ERROR",
    // The run's error message; assembled at run time, so the query text never matches.
    `"${breachMarker(env, model)}"`,
  ].join("\n");
  const metric = {
    project: p.projectId,
    name: metricName,
    description: `Runs of the feature skew query of model ${model} (environment ${env}) that found a feature above its threshold.`,
    filter: logFilter,
    metricDescriptor: counterDescriptor(`Feature skew breaches: ${model}`),
  };

  const channels: R[] = [...p.notificationChannelIds, ...(p.retrainingChannelId !== undefined ? [p.retrainingChannelId] : [])];
  const alertPolicy = {
    project: p.projectId,
    displayName: `[${env}] Feature skew: ${model}`,
    combiner: "OR",
    severity: p.severity ?? "WARNING",
    // On the breach log entries themselves, as the failure alert: no metric to wait for.
    conditions: [{ displayName: `A feature of ${model} crossed its skew threshold`, conditionMatchedLog: { filter: logFilter } }],
    alertStrategy: { autoClose: "1800s", notificationRateLimit: { period: "300s" } },
    notificationChannels: channels.length ? channels : undefined,
    documentation: {
      mimeType: "text/markdown",
      subject: `[${env}] Feature skew above threshold: model ${model}`,
      content: runbook({ env, model, config, table, baseline, logs: p.predictionLogs, retraining: p.retrainingChannelId !== undefined, schedule }),
      links: [{ displayName: "Failed skew runs (Logs Explorer)", url: logsExplorerUrl(p.projectId, logFilter) }],
    },
    userLabels: labels,
  };
  return { config, schedule, table, query, baseline, readDatasets, metricType, transferConfig, metric, alertPolicy };
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
