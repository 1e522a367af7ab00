/**
 * The Cloud Monitoring metrics and log entries the alerts and the dashboard read, as Google
 * documents them. Engine-neutral.
 *
 * Sources (read 2026-08):
 * - cloud.google.com/monitoring/api/metrics_gcp_a_b, section "aiplatform": metric types, kinds,
 *   units and labels below. prediction_latencies is DELTA/DISTRIBUTION in ms with label
 *   latency_type ("total" is always populated); response_count is DELTA/INT64 with label
 *   response_code ("1xx".."5xx"); replicas and target_replicas are GAUGE/INT64;
 *   accelerator/duty_cycle is GAUGE/DOUBLE in 10^2.% (1.0 = 100 %); all on the monitored resource
 *   aiplatform.googleapis.com/Endpoint, whose resource label endpoint_id is the endpoint's ID.
 * - cloud.google.com/vertex-ai/docs/predictions/using-private-endpoints, "Monitor private
 *   endpoints": endpoints reached through private services access (VPC peering) report
 *   prediction/online/private/response_count (response_code is an INT64 HTTP code) and
 *   prediction/online/private/prediction_latencies (successful requests only) instead.
 * - Same metrics list: featureonlinestore/serving_data_ages (DELTA/DISTRIBUTION, s, label
 *   feature_view_id), featureonlinestore/running_sync (GAUGE/INT64, label feature_view_id),
 *   featureonlinestore/online_serving/request_count and serving_latencies, on
 *   aiplatform.googleapis.com/FeatureOnlineStore. No metric reports a failed feature view sync.
 * - cloud.google.com/logging/docs/api/platform-logs: Vertex AI Pipelines writes log
 *   aiplatform.googleapis.com/pipeline_job_events on resource aiplatform.googleapis.com/PipelineJob
 *   (payload PipelineJobLogEntry, entry label pipeline_name, severities INFO and ERROR).
 * - cloud.google.com/monitoring/promql/promql-mapping: compute.googleapis.com/instance/uptime_total
 *   is compute_googleapis_com:instance_uptime_total in PromQL.
 *
 * Not verified against a live project: the payload field `jsonPayload.state` with values
 * PIPELINE_STATE_FAILED / PIPELINE_STATE_SUCCEEDED (seen in published log-based alerts, not in
 * Google's reference), which is why the failed-run filter also matches ERROR-severity job events;
 * the monitored-resource labels of FeatureOnlineStore (filters use the documented metric label
 * feature_view_id only); whether the resource metrics (replicas, duty cycle) are reported for
 * private-services-access endpoints as for public ones.
 */
import { metricFilter } from "./definitions";

export const ENDPOINT_RESOURCE = "aiplatform.googleapis.com/Endpoint";
export const FEATURE_ONLINE_STORE_RESOURCE = "aiplatform.googleapis.com/FeatureOnlineStore";
export const PIPELINE_JOB_RESOURCE = "aiplatform.googleapis.com/PipelineJob";
export const PIPELINE_JOB_EVENTS_LOG = "aiplatform.googleapis.com/pipeline_job_events";

export const METRICS = {
  predictionLatencies: "aiplatform.googleapis.com/prediction/online/prediction_latencies",
  responseCount: "aiplatform.googleapis.com/prediction/online/response_count",
  privatePredictionLatencies: "aiplatform.googleapis.com/prediction/online/private/prediction_latencies",
  privateResponseCount: "aiplatform.googleapis.com/prediction/online/private/response_count",
  replicas: "aiplatform.googleapis.com/prediction/online/replicas",
  targetReplicas: "aiplatform.googleapis.com/prediction/online/target_replicas",
  acceleratorDutyCycle: "aiplatform.googleapis.com/prediction/online/accelerator/duty_cycle",
  featureServingDataAges: "aiplatform.googleapis.com/featureonlinestore/serving_data_ages",
  featureRunningSync: "aiplatform.googleapis.com/featureonlinestore/running_sync",
  featureRequestCount: "aiplatform.googleapis.com/featureonlinestore/online_serving/request_count",
  featureServingLatencies: "aiplatform.googleapis.com/featureonlinestore/online_serving/serving_latencies",
} as const;

/** The metrics of one endpoint, which differ for endpoints reached through private services access. */
export interface EndpointMetrics {
  readonly latency: string;
  /** Extra clause of the latency filter (the total, not the model or overhead part). */
  readonly latencyClause?: string;
  readonly responses: string;
  /** Clause selecting server errors (5xx) among the responses. */
  readonly serverErrorClause: string;
}

export function endpointMetrics(privateServiceAccess: boolean): EndpointMetrics {
  return privateServiceAccess
    ? { latency: METRICS.privatePredictionLatencies, responses: METRICS.privateResponseCount, serverErrorClause: "metric.labels.response_code >= 500" }
    : {
        latency: METRICS.predictionLatencies,
        latencyClause: 'metric.labels.latency_type="total"',
        responses: METRICS.responseCount,
        // The label holds the class ("5xx"); starts_with also matches a full code such as "503".
        serverErrorClause: 'metric.labels.response_code=starts_with("5")',
      };
}

/** A filter on one endpoint's series of `metricType`. */
export function endpointFilter(metricType: string, endpointId: string, ...clauses: (string | undefined)[]): string {
  return metricFilter(metricType, ENDPOINT_RESOURCE, `resource.labels.endpoint_id="${endpointId}"`, ...clauses);
}

/** A filter on one feature view's series of `metricType`. */
export function featureViewFilter(metricType: string, featureViewId: string): string {
  return metricFilter(metricType, FEATURE_ONLINE_STORE_RESOURCE, `metric.labels.feature_view_id="${featureViewId}"`);
}

/** Metric type of a user-defined log-based metric. */
export const logMetricType = (name: string): string => `logging.googleapis.com/user/${name}`;

/** Log query of pipeline runs that ended in `state`. */
export function pipelineRunLogFilter(state: "FAILED" | "SUCCEEDED"): string {
  const base = `resource.type="${PIPELINE_JOB_RESOURCE}" AND log_id("${PIPELINE_JOB_EVENTS_LOG}")`;
  return state === "FAILED"
    ? `${base} AND (jsonPayload.state="PIPELINE_STATE_FAILED" OR severity>=ERROR)`
    : `${base} AND jsonPayload.state="PIPELINE_STATE_SUCCEEDED"`;
}

/** Extracts the pipeline's name (the entry label Vertex AI Pipelines sets) into the metric label `pipeline`. */
export const PIPELINE_LABEL_EXTRACTOR = "EXTRACT(labels.pipeline_name)";
