/**
 * The environment's Cloud Monitoring dashboard as a plain object (the body of
 * google_monitoring_dashboard.dashboard_json, API v1 Dashboard): a section per model with
 * requests per second, latency percentiles, server error share, replicas and GPU duty cycle;
 * pipeline runs; feature store serving. Engine-neutral.
 */
import { Aggregation, metricFilter, seconds } from "./definitions";
import { endpointFilter, endpointMetrics, FEATURE_ONLINE_STORE_RESOURCE, METRICS, PIPELINE_JOB_RESOURCE } from "./metrics";

export interface DashboardModel {
  /** The model's name: titles its section. */
  readonly name: string;
  /** The endpoint's ID, as in the metrics' resource label endpoint_id. */
  readonly endpointId: string;
  /** @default false */
  readonly privateServiceAccess?: boolean;
  /** Drawn as a threshold line on the replicas chart. @default - none */
  readonly maxReplicas?: number;
  /** GPUs per replica; the GPU chart is drawn only when above 0. @default 0 */
  readonly acceleratorCount?: number;
  /** Drawn as a threshold line on the latency chart. @default - none */
  readonly latencyP99Ms?: number;
  /** Drawn as a threshold line on the GPU chart. @default - none */
  readonly gpuDutyCyclePercent?: number;
}

export interface DashboardInput {
  /** Environment name: the dashboard is "MLOps <environment>". */
  readonly environment: string;
  /** One section per model, in this order. */
  readonly models: readonly DashboardModel[];
  /** Metric types of the log-based metrics counting failed and succeeded pipeline runs. */
  readonly pipelineMetrics?: { readonly failed: string; readonly succeeded: string };
  /** Draw the feature store section. @default false */
  readonly featureStore?: boolean;
  /** Dashboard labels. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

const COLUMNS = 48;
const WIDTH = 16;
const HEIGHT = 16;

type Widget = Record<string, unknown>;

const series = (filter: string, aggregation: Aggregation, legendTemplate?: string, plotType = "LINE") => ({
  timeSeriesQuery: { timeSeriesFilter: { filter, aggregation } },
  plotType,
  targetAxis: "Y1",
  ...(legendTemplate ? { legendTemplate } : {}),
});

const chart = (title: string, dataSets: unknown[], yLabel: string, thresholds?: { value: number; label: string }[]): Widget => ({
  title,
  xyChart: {
    dataSets,
    yAxis: { label: yLabel, scale: "LINEAR" },
    ...(thresholds?.length ? { thresholds: thresholds.map((t) => ({ value: t.value, label: t.label, color: "RED", direction: "ABOVE", targetAxis: "Y1" })) } : {}),
  },
});

const header = (content: string): Widget => ({ text: { content, format: "MARKDOWN" } });

/** The widgets of one model, in display order. */
export function modelWidgets(m: DashboardModel): Widget[] {
  const met = endpointMetrics(m.privateServiceAccess ?? false);
  const byEndpoint = ["resource.label.endpoint_id"];
  const rate = (groupByFields: string[]): Aggregation => ({ alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_RATE", crossSeriesReducer: "REDUCE_SUM", groupByFields });
  const percentile = (p: 50 | 95 | 99) =>
    series(endpointFilter(met.latency, m.endpointId, met.latencyClause), { alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_DELTA", crossSeriesReducer: `REDUCE_PERCENTILE_${p}`, groupByFields: byEndpoint }, `p${p}`);
  const widgets: Widget[] = [
    chart(`${m.name}: requests/s by response code`, [series(endpointFilter(met.responses, m.endpointId), rate(["metric.label.response_code"]), "${metric.labels.response_code}")], "requests/s"),
    chart(`${m.name}: latency p50/p95/p99 (ms)`, [percentile(50), percentile(95), percentile(99)], "ms", m.latencyP99Ms ? [{ value: m.latencyP99Ms, label: "p99 alert" }] : undefined),
    chart(
      `${m.name}: server errors (share of responses)`,
      [
        {
          timeSeriesQuery: {
            timeSeriesFilterRatio: {
              numerator: { filter: endpointFilter(met.responses, m.endpointId, met.serverErrorClause), aggregation: rate(byEndpoint) },
              denominator: { filter: endpointFilter(met.responses, m.endpointId), aggregation: rate(byEndpoint) },
            },
          },
          plotType: "LINE",
          targetAxis: "Y1",
        },
      ],
      "5xx / all",
    ),
    chart(
      `${m.name}: replicas`,
      [
        series(endpointFilter(METRICS.replicas, m.endpointId), { alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_MEAN", crossSeriesReducer: "REDUCE_SUM", groupByFields: byEndpoint }, "replicas"),
        series(endpointFilter(METRICS.targetReplicas, m.endpointId), { alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_MEAN", crossSeriesReducer: "REDUCE_SUM", groupByFields: byEndpoint }, "target"),
      ],
      "replicas",
      m.maxReplicas ? [{ value: m.maxReplicas, label: "maxReplicas" }] : undefined,
    ),
  ];
  if ((m.acceleratorCount ?? 0) > 0) {
    widgets.push(
      chart(
        `${m.name}: GPU duty cycle`,
        [series(endpointFilter(METRICS.acceleratorDutyCycle, m.endpointId), { alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_MEAN", crossSeriesReducer: "REDUCE_MEAN", groupByFields: byEndpoint }, "mean")],
        "duty cycle (1 = 100 %)",
        m.gpuDutyCyclePercent ? [{ value: m.gpuDutyCyclePercent / 100, label: "saturation alert" }] : undefined,
      ),
    );
  }
  return widgets;
}

/** The dashboard body. */
export function dashboardDefinition(i: DashboardInput): Record<string, unknown> {
  const tiles: Record<string, unknown>[] = [];
  let y = 0;
  const section = (title: string, widgets: Widget[]) => {
    tiles.push({ xPos: 0, yPos: y, width: COLUMNS, height: 4, widget: header(`## ${title}`) });
    y += 4;
    widgets.forEach((widget, k) => {
      tiles.push({ xPos: (k % 3) * WIDTH, yPos: y + Math.floor(k / 3) * HEIGHT, width: WIDTH, height: HEIGHT, widget });
    });
    y += Math.ceil(widgets.length / 3) * HEIGHT;
  };
  for (const m of i.models) section(`Model ${m.name} (endpoint ${m.endpointId})`, modelWidgets(m));
  if (i.pipelineMetrics) {
    const runs = (type: string, legend: string) =>
      series(metricFilter(type, PIPELINE_JOB_RESOURCE), { alignmentPeriod: seconds(3600), perSeriesAligner: "ALIGN_SUM", crossSeriesReducer: "REDUCE_SUM", groupByFields: ["metric.label.pipeline"] }, `${legend} \${metric.labels.pipeline}`, "STACKED_BAR");
    section("Pipelines", [
      chart("Pipeline runs per hour: failed", [runs(i.pipelineMetrics.failed, "failed")], "runs"),
      chart("Pipeline runs per hour: succeeded", [runs(i.pipelineMetrics.succeeded, "succeeded")], "runs"),
    ]);
  }
  if (i.featureStore) {
    const byView = ["metric.label.feature_view_id"];
    const filter = (type: string) => metricFilter(type, FEATURE_ONLINE_STORE_RESOURCE);
    section("Feature store serving", [
      chart("Feature store requests/s by view", [series(filter(METRICS.featureRequestCount), { alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_RATE", crossSeriesReducer: "REDUCE_SUM", groupByFields: byView }, "${metric.labels.feature_view_id}")], "requests/s"),
      chart("Feature store serving latency p99 (ms)", [series(filter(METRICS.featureServingLatencies), { alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_DELTA", crossSeriesReducer: "REDUCE_PERCENTILE_99", groupByFields: byView }, "${metric.labels.feature_view_id}")], "ms"),
      chart("Served data age p99 (s)", [series(filter(METRICS.featureServingDataAges), { alignmentPeriod: seconds(300), perSeriesAligner: "ALIGN_DELTA", crossSeriesReducer: "REDUCE_PERCENTILE_99", groupByFields: byView }, "${metric.labels.feature_view_id}")], "seconds"),
    ]);
  }
  return {
    displayName: `MLOps ${i.environment}`,
    ...(i.labels && Object.keys(i.labels).length ? { labels: { ...i.labels } } : {}),
    mosaicLayout: { columns: COLUMNS, tiles },
  };
}
