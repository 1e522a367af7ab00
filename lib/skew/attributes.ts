/**
 * The attributes of the skew detection resources: the `<env>-skew` identity, the retraining
 * channel, the failed-runs metric and alert, per batch of models the scheduled query, the one
 * breach metric, and per retraining pipeline the breach alert (with the runbook). Free of cdktn imports: field names are the provider's in
 * camelCase, as the provider bindings take them. Values only known at deploy time (a channel's
 * name, a project number) are passed in as tokens through the type parameter `R`.
 */
import { ModelMonitoringConfig, parseTableReference, parseWindow, TableReference } from "../config/skew";
import { componentLabels } from "../core/common";
import { NOTIFICATION_AGENT_DOMAIN, PUBSUB_PUBLISHER_ROLE } from "../monitoring/attributes";
import { toTransferSchedule } from "./schedule";
import { breachHeader, FAILURE_MARKER, inspectionQuery, pipelineGroupMarker, skewBatchQuery, SkewQuerySpec, skewTableId } from "./sql";

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
 * the datasets it must be allowed to read, and what its block of the batch query is generated
 * from. The scheduled query, metric and alerts are the batch's and the environment's.
 */
export function modelCheck(p: {
  readonly labels?: Readonly<Record<string, string>>;
  readonly environmentName: string;
  readonly modelName: string;
  readonly config: ModelMonitoringConfig;
  readonly predictionLogs: TableReference;
  /** The monitoring dataset: the result table's home. */
  readonly dataset: { readonly projectId: string; readonly datasetId: string };
  /** The pipeline a breach starts. @default - none */
  readonly pipeline?: string;
}) {
  const { config } = p;
  const scheduled = toTransferSchedule(config.schedule, config.timeZone);
  if (!scheduled.ok) throw new Error(`unreachable: the schema checks the schedule (${scheduled.message})`);
  const window = parseWindow(config.window)!;
  const model = p.modelName;
  const baseline = parseTableReference(config.baseline);
  const labels = { ...componentLabels(p.labels, SKEW_COMPONENT), model };
  const table: TableReference = { projectId: p.dataset.projectId, datasetId: p.dataset.datasetId, tableId: skewTableId(model) };
  const spec: SkewQuerySpec = {
    environment: p.environmentName,
    model,
    baseline,
    predictionLogs: p.predictionLogs,
    target: table,
    features: config.features,
    window,
    minSamples: config.minSamples,
    labels,
    pipeline: p.pipeline,
  };

  // Least privilege: write only to the monitoring dataset, read only the baseline's and the logs'
  // datasets (a dataset the monitoring grant already covers gets no second grant).
  const inMonitoringDataset = (ref: TableReference) => ref.projectId === p.dataset.projectId && ref.datasetId === p.dataset.datasetId;
  const readDatasets = [baseline, p.predictionLogs].filter((ref) => !inMonitoringDataset(ref)).map((ref) => ({ projectId: ref.projectId, datasetId: ref.datasetId }));
  // The tables its block references: the logs, the baseline and the result table.
  const tables = [p.predictionLogs, baseline, table].map((t) => `${t.projectId}.${t.datasetId}.${t.tableId}`);
  return { name: model, config, schedule: scheduled.schedule, table, baseline, readDatasets, tables, spec };
}

/** The checks of one batch as a scheduled query: its SQL and the transfer config's attributes. */
export function batchCheck(p: {
  readonly projectId: string;
  readonly region: string;
  readonly environmentName: string;
  /** The batch's key, `<schedule key>-<NN>`. */
  readonly batch: string;
  readonly schedule: string;
  readonly models: readonly SkewQuerySpec[];
  readonly runAsEmail: string;
}) {
  const query = skewBatchQuery({ environment: p.environmentName, batch: p.batch, schedule: p.schedule, models: p.models });
  const transferConfig = {
    project: p.projectId,
    location: p.region,
    displayName: `${p.environmentName} feature skew: ${p.batch}`,
    dataSourceId: "scheduled_query",
    schedule: p.schedule,
    // A DML script: no destination table, each block MERGEs into its model's <model>_skew itself.
    params: { query },
    serviceAccountName: p.runAsEmail,
    // Failure emails go to the owner, a service account without a mailbox; the alerts replace them.
    emailPreferences: { enableFailureEmail: false },
  };
  return { query, transferConfig };
}

/**
 * Cloud Monitoring's documentation variable of the extracted `model` label
 * (cloud.google.com/monitoring/alerts/doc-variables, `${log.extracted_label.KEY}`), written `$${`
 * so that Terraform does not interpolate it (the Pulumi adapter undoes the escape).
 */
export const EXTRACTED_MODEL = "$${log.extracted_label.model}";

/** Where the transfer service puts a run's message (cloud.google.com/bigquery/docs/dts-monitor, "Log format"). */
export const DTS_MESSAGE_FIELD = "jsonPayload.message";

/** An RE2 pattern matching `text` literally. */
function re2Literal(text: string): string {
  return text.replace(/[\\.^$|?*+()[\]{}]/g, (c) => `\\${c}`);
}

/** A label extractor taking the comma-separated models that follow `prefix` in a run's message. */
function modelsAfter(prefix: string): string {
  return `REGEXP_EXTRACT(${DTS_MESSAGE_FIELD}, "${re2Literal(prefix)}([a-z0-9,-]+)\\}")`;
}

/**
 * The environment's one breach metric: a counter of the runs in which a model crossed a
 * threshold, labelled `model` with the models that did (`churn`, or `churn,fraud` when several
 * models of one batch crossed in the same run), for charts across the fleet.
 */
export function breachMetric(p: { readonly projectId: string; readonly environmentName: string }) {
  const env = p.environmentName;
  const header = breachHeader(env);
  const filter = ['resource.type="bigquery_dts_config"', "severity>=ERROR", `"${header}{"`].join("\n");
  const name = `feature-skew/${env}/breaches`;
  const metric = {
    project: p.projectId,
    name,
    description: `Runs of the feature skew queries of environment ${env} in which models crossed a threshold; label model: the models that did.`,
    filter,
    labelExtractors: { model: modelsAfter(`${header}{`) },
    metricDescriptor: {
      ...counterDescriptor("Feature skew breaches"),
      labels: [{ key: "model", valueType: "STRING", description: "The models that crossed a threshold in the run, comma-separated" }],
    },
  };
  return { metric, metricType: `logging.googleapis.com/user/${name}` };
}

/**
 * The breach alert of one pipeline group: the models whose breaches start `pipeline` (or, without
 * one, start nothing but the environment's retraining topic if any). A log-match condition on the
 * runs' messages whose label extractor puts the group's breached models in the incident
 * (`${log.extracted_label.model}` in the subject and runbook): every combination of extracted
 * values is its own rule for notifications (alert.proto, LogMatch.label_extractors), so two models
 * breaching at different times notify twice.
 */
export function breachAlert<R>(p: {
  readonly projectId: string;
  readonly environmentName: string;
  /** The pipeline a breach of these models starts. @default - none */
  readonly pipeline?: string;
  /** The models of the group, named in the runbook. */
  readonly models: readonly string[];
  readonly monitoringDataset: { readonly projectId: string; readonly datasetId: string };
  readonly notificationChannelIds: readonly R[];
  /** The Pub/Sub channel that starts the pipeline (or the environment's retraining topic). */
  readonly retrainingChannelId?: R;
  readonly severity?: SkewAlertSeverity;
  readonly labels?: Readonly<Record<string, string>>;
}) {
  const env = p.environmentName;
  const group = pipelineGroupMarker(p.pipeline);
  const filter = ['resource.type="bigquery_dts_config"', "severity>=ERROR", `"${breachHeader(env)}{"`, `"${group}"`].join("\n");
  const channels: R[] = [...p.notificationChannelIds, ...(p.retrainingChannelId !== undefined ? [p.retrainingChannelId] : [])];
  const who = p.pipeline ? `models retrained by pipeline ${p.pipeline}` : "models without a retraining pipeline";
  const alertPolicy = {
    project: p.projectId,
    displayName: p.pipeline ? `[${env}] Feature skew: pipeline ${p.pipeline}` : `[${env}] Feature skew`,
    combiner: "OR",
    severity: p.severity ?? "WARNING",
    // On the breach log entries themselves: no metric to wait for (provider issue #11102).
    conditions: [
      {
        displayName: `A feature of the ${who} crossed its skew threshold`,
        conditionMatchedLog: { filter, labelExtractors: { model: modelsAfter(group) } },
      },
    ],
    // Required for log-match conditions (alert.proto): at most one notification per 5 minutes and model set.
    alertStrategy: { autoClose: "1800s", notificationRateLimit: { period: "300s" } },
    notificationChannels: channels.length ? channels : undefined,
    documentation: {
      mimeType: "text/markdown",
      subject: `[${env}] Feature skew above threshold: ${EXTRACTED_MODEL}`,
      content: groupRunbook({ env, pipeline: p.pipeline, models: p.models, dataset: p.monitoringDataset, retraining: p.retrainingChannelId !== undefined }),
      links: [{ displayName: "Breaching skew runs (Logs Explorer)", url: logsExplorerUrl(p.projectId, filter) }],
    },
    userLabels: { ...componentLabels(p.labels, SKEW_COMPONENT), ...(p.pipeline ? { pipeline: p.pipeline } : {}) },
  };
  return { filter, alertPolicy };
}

/** Logs Explorer, opened on a filter. */
export function logsExplorerUrl(projectId: string, filter: string): string {
  return `https://console.cloud.google.com/logs/query;query=${encodeURIComponent(filter)}?project=${projectId}`;
}

/** Cloud Monitoring's limit on documentation content (alert.proto). */
const DOCUMENTATION_LIMIT = 8192;

function groupRunbook(r: { env: string; pipeline?: string; models: readonly string[]; dataset: { projectId: string; datasetId: string }; retraining: boolean }): string {
  const head = `## Feature skew above threshold: ${EXTRACTED_MODEL} (${r.env})

A feature skew scheduled query compared the serving inputs of its window with the training baseline of model(s) **${EXTRACTED_MODEL}** and found at least one feature whose statistic is above its threshold. The failed run's error message names the features and their values (open the link below); each model's watched features, statistics and thresholds are in the header of its batch's query (BigQuery console, scheduled queries \`${r.env} feature skew: …\`).${r.pipeline ? `\n\nThese models are retrained by pipeline **${r.pipeline}**.` : ""}

Inspect the recent windows of a model (its table is its name with \`-\` as \`_\`, followed by \`_skew\`):

\`\`\`sql
${inspectionQuery({ projectId: r.dataset.projectId, datasetId: r.dataset.datasetId, tableId: "<model>_skew" })}
\`\`\`

What to do:
1. Rule out a serving bug first: a feature whose values moved to a new scale, unit or encoding (compare a few logged instances with the baseline's rows) points at the feature pipeline or the client, not at the world.
2. A real shift of the population (same encoding, different mix) degrades the model: retrain on recent data and compare it with the current version before promoting it.${r.retraining ? ` This alert also ${r.pipeline ? `started pipeline ${r.pipeline}` : "notified the retraining topic"}.` : ""}
3. If the threshold is too tight, change it in the model's monitoring block; each feature's history is in the table above.

Models in this alert group (${r.models.length}): `;
  // Stay under Cloud Monitoring's documentation limit with many models.
  let list = r.models.join(", ");
  for (let kept = r.models.length; head.length + list.length > DOCUMENTATION_LIMIT && kept > 0; kept--) {
    list = `${r.models.slice(0, kept - 1).join(", ")} … and ${r.models.length - kept + 1} more`;
  }
  return head + list;
}
