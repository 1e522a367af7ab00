/**
 * The Cloud Monitoring metric types, monitored resource types, labels and log names the alerts and
 * the dashboard use, as Google documents them. Cloud Monitoring accepts a filter on a metric type
 * that does not exist and an alert on it never fires: a test synthesizes every default stack and
 * test/fixtures/everything-prod.yaml and fails on any metric or resource type not listed here.
 *
 * Sources, read 2026-12-03:
 * - Google Cloud metrics A-B (docs.cloud.google.com/monitoring/api/metrics_gcp_a_b), "aiplatform"
 *   section, in a stored copy of the page generated 2026-04-10: kind, value type, unit, labels and
 *   monitored resource of each aiplatform metric below.
 * - Monitored resource types (docs.cloud.google.com/monitoring/api/resources), the 2024-04-25
 *   edition: aiplatform.googleapis.com/Endpoint's labels.
 * - Monitor BigQuery Data Transfer Service (docs.cloud.google.com/bigquery/docs/dts-monitor): the
 *   `bigquery_dts_config` resource of transfer logs and metrics.
 * - terraform-provider-google v7.45.0 documentation: user-defined metric types are prefixed
 *   `logging.googleapis.com/user/` (monitoring_metric_descriptor), `gce_instance` filters
 *   (d/monitoring_notification_channel example).
 * Entries the stored copies could not show are marked unconfirmed.
 */
import { CATALOG_CHECKED, PROVIDER_V7_45, Sourced } from "./sources";

const METRICS_A_B = "https://docs.cloud.google.com/monitoring/api/metrics_gcp_a_b (aiplatform; list generated 2026-04-10, stored copy)";
const RESOURCES = "https://docs.cloud.google.com/monitoring/api/resources (stored edition of 2024-04-25)";

export interface MetricFact extends Sourced {
  /** DELTA, GAUGE or CUMULATIVE. */
  readonly kind: string;
  /** INT64, DOUBLE or DISTRIBUTION. */
  readonly valueType: string;
  readonly unit: string;
  /** The monitored resource type the metric is written against. */
  readonly resource: string;
  /** Metric labels (`metric.labels.<name>`) the library filters or groups on. */
  readonly labels: readonly string[];
  /** Launch stage in the source. */
  readonly stage?: string;
}

const aiplatform = (kind: string, valueType: string, unit: string, resource: string, labels: readonly string[], stage: string): MetricFact => ({
  kind,
  valueType,
  unit,
  resource,
  labels,
  stage,
  source: METRICS_A_B,
  checked: CATALOG_CHECKED,
  status: "confirmed",
});

const ENDPOINT = "aiplatform.googleapis.com/Endpoint";
const FEATURE_ONLINE_STORE = "aiplatform.googleapis.com/FeatureOnlineStore";

/** Every Google-defined metric type the library's alerts, dashboards and autoscaling read. */
export const METRIC_TYPES: Readonly<Record<string, MetricFact>> = {
  "aiplatform.googleapis.com/prediction/online/prediction_latencies": aiplatform("DELTA", "DISTRIBUTION", "ms", ENDPOINT, ["latency_type", "deployed_model_id"], "BETA"),
  "aiplatform.googleapis.com/prediction/online/response_count": aiplatform("DELTA", "INT64", "1", ENDPOINT, ["response_code", "deployed_model_id"], "BETA"),
  "aiplatform.googleapis.com/prediction/online/private/prediction_latencies": aiplatform("DELTA", "DISTRIBUTION", "ms", ENDPOINT, ["deployed_model_id"], "BETA"),
  "aiplatform.googleapis.com/prediction/online/private/response_count": aiplatform("DELTA", "INT64", "1", ENDPOINT, ["response_code", "deployed_model_id"], "BETA"),
  "aiplatform.googleapis.com/prediction/online/replicas": aiplatform("GAUGE", "INT64", "1", ENDPOINT, ["deployed_model_id"], "BETA"),
  "aiplatform.googleapis.com/prediction/online/target_replicas": aiplatform("GAUGE", "INT64", "1", ENDPOINT, ["deployed_model_id"], "BETA"),
  "aiplatform.googleapis.com/prediction/online/accelerator/duty_cycle": aiplatform("GAUGE", "DOUBLE", "10^2.%", ENDPOINT, ["deployed_model_id", "replica_id"], "BETA"),
  "aiplatform.googleapis.com/prediction/online/cpu/utilization": aiplatform("GAUGE", "DOUBLE", "10^2.%", ENDPOINT, ["deployed_model_id", "replica_id"], "BETA"),
  "aiplatform.googleapis.com/featureonlinestore/serving_data_ages": aiplatform("DELTA", "DISTRIBUTION", "s", FEATURE_ONLINE_STORE, ["feature_view_id"], "BETA"),
  "aiplatform.googleapis.com/featureonlinestore/running_sync": aiplatform("GAUGE", "INT64", "1", FEATURE_ONLINE_STORE, ["feature_view_id"], "BETA"),
  "aiplatform.googleapis.com/featureonlinestore/online_serving/request_count": aiplatform("DELTA", "INT64", "1", FEATURE_ONLINE_STORE, ["feature_view_id"], "BETA"),
  "aiplatform.googleapis.com/featureonlinestore/online_serving/serving_latencies": aiplatform("DELTA", "DISTRIBUTION", "ms", FEATURE_ONLINE_STORE, ["feature_view_id"], "BETA"),
  "compute.googleapis.com/instance/uptime_total": {
    kind: "GAUGE",
    valueType: "INT64",
    unit: "s",
    resource: "gce_instance",
    labels: ["instance_name"],
    source: "https://cloud.google.com/monitoring/api/metrics_gcp_c (compute); https://cloud.google.com/monitoring/promql/promql-mapping (PromQL name compute_googleapis_com:instance_uptime_total)",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "read 2026-08 for lib/monitoring/metrics.ts; no stored copy of either page could be read on 2026-12-03",
  },
};

/** PromQL names of the metric types the library queries in PromQL (dots and slashes become underscores, the domain ends with a colon). */
export const PROMQL_METRIC_NAMES: Readonly<Record<string, string>> = {
  "compute_googleapis_com:instance_uptime_total": "compute.googleapis.com/instance/uptime_total",
};

/** The prefix of user-defined log-based metric types: `logging.googleapis.com/user/<metric name>`. */
export const USER_METRIC_PREFIX = "logging.googleapis.com/user/";

export const USER_METRIC_PREFIX_SOURCE: Sourced = {
  source: `${PROVIDER_V7_45}:website/docs/r/monitoring_metric_descriptor.html.markdown ("All user-defined metric types have the DNS name custom.googleapis.com, external.googleapis.com, or logging.googleapis.com/user/")`,
  checked: CATALOG_CHECKED,
  status: "confirmed",
};

export interface MonitoredResourceFact extends Sourced {
  /** Resource labels (`resource.labels.<name>`) the library filters on. */
  readonly labels: readonly string[];
  /** Where the type is used: metrics (Monitoring), logs (Logging), or both. */
  readonly usedIn: readonly ("metrics" | "logs")[];
}

/** Every monitored resource type the library's filters name (`resource.type="..."`). */
export const MONITORED_RESOURCES: Readonly<Record<string, MonitoredResourceFact>> = {
  [ENDPOINT]: { labels: ["endpoint_id"], usedIn: ["metrics"], source: RESOURCES, checked: CATALOG_CHECKED, status: "confirmed", note: "labels resource_container, location, endpoint_id" },
  [FEATURE_ONLINE_STORE]: { labels: [], usedIn: ["metrics"], source: RESOURCES, checked: CATALOG_CHECKED, status: "confirmed", note: "filters use the metric label feature_view_id, not resource labels" },
  "aiplatform.googleapis.com/PipelineJob": {
    labels: [],
    usedIn: ["metrics", "logs"],
    source: `${METRICS_A_B}; https://cloud.google.com/logging/docs/api/platform-logs (log aiplatform.googleapis.com/pipeline_job_events)`,
    checked: CATALOG_CHECKED,
    status: "confirmed",
    note: "the metrics list confirms the monitored resource (pipelinejob/duration); its use as the resource of pipeline_job_events log entries was read 2026-08 and not re-read",
  },
  bigquery_dts_config: {
    labels: ["config_id"],
    usedIn: ["metrics", "logs"],
    source: "https://docs.cloud.google.com/bigquery/docs/dts-monitor (resource type \"BigQuery DTS Config\"; log filter resource.type=\"bigquery_dts_config\")",
    checked: CATALOG_CHECKED,
    status: "confirmed",
  },
  gce_instance: {
    labels: [],
    usedIn: ["metrics"],
    source: `${PROVIDER_V7_45}:website/docs/d/monitoring_notification_channel.html.markdown (filter resource.type="gce_instance")`,
    checked: CATALOG_CHECKED,
    status: "confirmed",
    note: "the after-hours PromQL query names it as monitored_resource=\"gce_instance\"",
  },
};

/** Log names (`log_id("...")`) the library's log-based metrics read. */
export const LOG_NAMES: Readonly<Record<string, Sourced>> = {
  "aiplatform.googleapis.com/pipeline_job_events": {
    source: "https://cloud.google.com/logging/docs/api/platform-logs (Vertex AI Pipelines)",
    checked: CATALOG_CHECKED,
    status: "unconfirmed",
    note: "read 2026-08 for lib/monitoring/metrics.ts; not re-read. The payload field jsonPayload.state was never found in Google's reference",
  },
};

/** True when `metricType` is a catalogued Google metric or a user-defined log-based metric. */
export function isCatalogedMetricType(metricType: string): boolean {
  return Object.prototype.hasOwnProperty.call(METRIC_TYPES, metricType) || metricType.startsWith(USER_METRIC_PREFIX);
}

/** True when `resourceType` is a catalogued monitored resource type. */
export function isCatalogedResourceType(resourceType: string): boolean {
  return Object.prototype.hasOwnProperty.call(MONITORED_RESOURCES, resourceType);
}
