/**
 * The alert policies of one model's serving endpoint, as engine-neutral definitions:
 * p99 latency, server error rate, replicas pinned at the maximum, GPU saturation and no traffic.
 */
import { ModelThresholds, MonitoringPreset, THRESHOLD_RANGES, thresholdProblem } from "../config/monitoring";
import type { Problem } from "../core/errors";
import { AlertPolicyDefinition, ConditionDefinition, consoleLink, metricFilter, policyProblems, runbook, seconds } from "./definitions";
import { ENDPOINT_RESOURCE, EndpointMetrics, endpointMetrics, METRICS } from "./metrics";

/** Endpoint IDs as Vertex AI accepts them (gcp-facts 2.7), plus the long numeric IDs it generates. */
export const ENDPOINT_ID = /^([a-z]([a-z0-9-]{0,61}[a-z0-9])?|[1-9][0-9]{0,18})$/;
export const MODEL_NAME = /^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/;

/** True for a value only known at deploy time (a cdktf token renders as `${...}`). */
export const isUnresolved = (v: unknown): boolean => typeof v === "string" && v.includes("${");

export interface ModelAlertInput {
  readonly environment: string;
  readonly projectId: string;
  readonly modelName: string;
  /** The endpoint's ID, as in the metrics' resource label endpoint_id. */
  readonly endpointId: string;
  /** The endpoint is reached through private services access (VPC peering): it reports the private metrics. */
  readonly privateServiceAccess: boolean;
  readonly maxReplicas: number;
  /** GPUs per replica; 0 turns the GPU alert off. */
  readonly acceleratorCount: number;
  readonly thresholds: ModelThresholds;
  readonly preset: MonitoringPreset;
}

/** Checks the input; `where` prefixes every problem's path. */
export function modelAlertProblems(i: ModelAlertInput, where: string): Problem[] {
  return [...modelInputProblems(i, where), ...sustainProblems(i.preset, where)];
}

/** Checks one model's own input (name, endpoint, replicas, GPUs, thresholds), without the preset. */
export function modelInputProblems(i: Omit<ModelAlertInput, "preset" | "environment" | "projectId" | "privateServiceAccess">, where: string): Problem[] {
  const out: Problem[] = [];
  if (!isUnresolved(i.modelName) && !MODEL_NAME.test(i.modelName)) {
    out.push({ path: `${where}.modelName`, message: "not a valid model name; allowed: 1-40 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit", value: i.modelName });
  }
  if (!isUnresolved(i.endpointId) && !ENDPOINT_ID.test(i.endpointId)) {
    out.push({ path: `${where}.endpointId`, message: "not a Vertex AI endpoint ID; allowed: up to 63 lowercase letters, digits or hyphens starting with a letter, or a number without leading zeros", value: i.endpointId });
  }
  if (!Number.isInteger(i.maxReplicas) || i.maxReplicas < 1) out.push({ path: `${where}.maxReplicas`, message: "must be a whole number, at least 1", value: i.maxReplicas });
  if (!Number.isInteger(i.acceleratorCount) || i.acceleratorCount < 0) out.push({ path: `${where}.acceleratorCount`, message: "must be a whole number of GPUs per replica, 0 for none", value: i.acceleratorCount });
  for (const name of Object.keys(THRESHOLD_RANGES) as (keyof typeof THRESHOLD_RANGES)[]) {
    const p = thresholdProblem(name, i.thresholds[name]);
    if (p) out.push({ path: `${where}.thresholds.${name}`, message: p, value: i.thresholds[name] });
  }
  if (typeof i.thresholds.expectTraffic !== "boolean") out.push({ path: `${where}.thresholds.expectTraffic`, message: "must be true or false", value: i.thresholds.expectTraffic });
  return out;
}

/** The preset's sustain times must be whole minutes the API accepts. */
export function sustainProblems(preset: MonitoringPreset, where: string): Problem[] {
  const out: Problem[] = [];
  for (const [k, v] of Object.entries(preset.sustainMinutes)) {
    if (!Number.isInteger(v) || v < 1 || v > 1440) out.push({ path: `${where}.preset.sustainMinutes.${k}`, message: "must be a whole number of minutes from 1 to 1440", value: v });
  }
  return out;
}

/** What the conditions of every model alert read: thresholds, the endpoint's metrics and the tier's sustain times. */
export interface SignalContext {
  readonly thresholds: ModelThresholds;
  readonly metrics: EndpointMetrics;
  readonly sustain: MonitoringPreset["sustainMinutes"];
}

const BY_ENDPOINT = ["resource.label.endpoint_id"];

/**
 * The condition of each model alert, given the clause that selects the endpoints it watches
 * (one endpoint's ID, a list of IDs, or an ID prefix). Shared by the per-model and the fleet
 * alerts: every condition groups by endpoint_id, so each endpoint opens its own incident.
 */
export const signalConditions = {
  latency(select: string, c: SignalContext, label = ""): ConditionDefinition {
    const t = c.thresholds;
    return {
      displayName: `p99 prediction latency above ${t.latencyP99Ms} ms for ${c.sustain.latency} min${label}`,
      conditionThreshold: {
        filter: metricFilter(c.metrics.latency, ENDPOINT_RESOURCE, select, c.metrics.latencyClause),
        // The latencies are DELTA distributions: ALIGN_DELTA keeps each period's distribution,
        // REDUCE_PERCENTILE_99 merges the series of the endpoint and takes their 99th percentile.
        aggregations: [{ alignmentPeriod: seconds(300), perSeriesAligner: "ALIGN_DELTA", crossSeriesReducer: "REDUCE_PERCENTILE_99", groupByFields: [...BY_ENDPOINT] }],
        comparison: "COMPARISON_GT",
        thresholdValue: t.latencyP99Ms,
        duration: seconds(c.sustain.latency * 60),
        trigger: { count: 1 },
      },
    };
  },
  errorRate(select: string, c: SignalContext, label = ""): ConditionDefinition {
    const t = c.thresholds;
    return {
      displayName: `5xx responses above ${t.errorRatePercent} % of responses for ${c.sustain.errorRate} min${label}`,
      conditionThreshold: {
        filter: metricFilter(c.metrics.responses, ENDPOINT_RESOURCE, select, c.metrics.serverErrorClause),
        denominatorFilter: metricFilter(c.metrics.responses, ENDPOINT_RESOURCE, select),
        aggregations: [{ alignmentPeriod: seconds(300), perSeriesAligner: "ALIGN_DELTA", crossSeriesReducer: "REDUCE_SUM", groupByFields: [...BY_ENDPOINT] }],
        denominatorAggregations: [{ alignmentPeriod: seconds(300), perSeriesAligner: "ALIGN_DELTA", crossSeriesReducer: "REDUCE_SUM", groupByFields: [...BY_ENDPOINT] }],
        comparison: "COMPARISON_GT",
        // A ratio condition compares the fraction, not a percentage.
        thresholdValue: t.errorRatePercent / 100,
        duration: seconds(c.sustain.errorRate * 60),
        trigger: { count: 1 },
      },
    };
  },
  replicasAtMax(select: string, c: SignalContext, maxReplicas: number, label = ""): ConditionDefinition {
    const t = c.thresholds;
    return {
      displayName: `replicas at ${maxReplicas} for ${t.replicasAtMaxMinutes} min${label}`,
      conditionThreshold: {
        filter: metricFilter(METRICS.replicas, ENDPOINT_RESOURCE, select),
        // The lowest count of each minute, summed over the deployed model's series (spot and on-demand).
        aggregations: [{ alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_MIN", crossSeriesReducer: "REDUCE_SUM", groupByFields: [...BY_ENDPOINT, "metric.label.deployed_model_id"] }],
        comparison: "COMPARISON_GE",
        thresholdValue: maxReplicas,
        duration: seconds(t.replicasAtMaxMinutes * 60),
        trigger: { count: 1 },
      },
    };
  },
  gpuSaturated(select: string, c: SignalContext, label = ""): ConditionDefinition {
    const t = c.thresholds;
    return {
      displayName: `mean GPU duty cycle above ${t.gpuDutyCyclePercent} % for ${c.sustain.gpuDutyCycle} min${label}`,
      conditionThreshold: {
        filter: metricFilter(METRICS.acceleratorDutyCycle, ENDPOINT_RESOURCE, select),
        aggregations: [{ alignmentPeriod: seconds(300), perSeriesAligner: "ALIGN_MEAN", crossSeriesReducer: "REDUCE_MEAN", groupByFields: [...BY_ENDPOINT] }],
        comparison: "COMPARISON_GT",
        // The metric's unit is 10^2.%: 1.0 means 100 %.
        thresholdValue: t.gpuDutyCyclePercent / 100,
        duration: seconds(c.sustain.gpuDutyCycle * 60),
        trigger: { count: 1 },
      },
    };
  },
  noTraffic(select: string, c: SignalContext, label = ""): ConditionDefinition {
    const t = c.thresholds;
    return {
      displayName: `no responses for ${t.noTrafficMinutes} min${label}`,
      conditionAbsent: {
        filter: metricFilter(c.metrics.responses, ENDPOINT_RESOURCE, select),
        aggregations: [{ alignmentPeriod: seconds(60), perSeriesAligner: "ALIGN_SUM", crossSeriesReducer: "REDUCE_SUM", groupByFields: [...BY_ENDPOINT] }],
        duration: seconds(t.noTrafficMinutes * 60),
        trigger: { count: 1 },
      },
    };
  },
};

/** Likely causes and first steps of each model alert, shared by the per-model and the fleet runbooks. */
export const SIGNAL_RUNBOOKS = {
  latency: {
    causes: [
      "Traffic grew faster than autoscaling adds replicas, or the endpoint is at maxReplicas (see the replicas alert).",
      "A new model version is slower (larger model, bigger batches, missing GPU).",
      "A slow dependency of the serving container (feature lookups, remote calls).",
    ],
    steps: [
      "Open the environment's dashboard: compare requests per second, replicas and GPU duty cycle for this model.",
      "If replicas are at their maximum, raise maxReplicas for the model (mind GPU quota) or shed load.",
      "If a deployment happened recently, roll traffic back to the previous deployed model.",
      "Check the serving container's logs for slow calls or errors.",
    ],
  },
  errorRate: {
    causes: [
      "The serving container crashes or runs out of memory on some inputs.",
      "A new model version or container image is broken.",
      "Overload: replicas at their maximum return 429/503 while autoscaling catches up.",
    ],
    steps: [
      "Check the serving container's logs in Cloud Logging for stack traces and out-of-memory kills.",
      "If a deployment happened recently, move traffic back to the previous deployed model.",
      "If replicas are pinned at the maximum, raise maxReplicas or reduce traffic.",
    ],
  },
  replicasAtMax: {
    causes: ["Sustained traffic above what maxReplicas can serve.", "Replicas slower than usual (a heavier model version), so more are needed for the same traffic.", "A client retry storm."],
    steps: [
      "Compare requests per second with the usual level on the dashboard.",
      "Raise maxReplicas for the model if the traffic is legitimate; check the region's GPU quota first (quota is charged for maxReplicas).",
      "If the traffic is not legitimate, throttle or block the caller.",
    ],
  },
  gpuSaturated: {
    causes: ["Replicas at maxReplicas (see the replicas alert).", "Requests with larger inputs or batches than usual.", "A model version that needs more GPU time per request."],
    steps: ["Check replicas and latency on the dashboard.", "Raise maxReplicas or move the model to a larger GPU.", "Check whether a client sends unusually large batches."],
  },
  noTraffic: {
    causes: [
      "Callers cannot reach the endpoint (network, DNS, firewall, VPC Service Controls, IAM).",
      "The client application is down or was pointed at another endpoint.",
      "No model is deployed on the endpoint any more.",
    ],
    steps: [
      "Send a test prediction from inside the VPC; check it returns.",
      "Check the client application's health and configuration.",
      "Check the endpoint in the console: is a model deployed and does the traffic split add up to 100 %?",
      "If the model is legitimately idle, set alerting.models.<name>.expectTraffic to false in the environment file.",
    ],
  },
} as const;

/** The policies of one model, or every problem of its input. */
export function modelAlertDefinitions(i: ModelAlertInput, where: string): { definitions: AlertPolicyDefinition[]; problems: Problem[] } {
  const problems = modelAlertProblems(i, where);
  if (problems.length) return { definitions: [], problems };
  const t = i.thresholds;
  const sev = i.preset.severities;
  const sustain = i.preset.sustainMinutes;
  const ctx: SignalContext = { thresholds: t, metrics: endpointMetrics(i.privateServiceAccess), sustain };
  const select = `resource.labels.endpoint_id="${i.endpointId}"`;
  const title = (what: string) => `[${i.environment}] ${i.modelName}: ${what}`;
  const links = [{ displayName: "Vertex AI endpoints", url: consoleLink("vertex-ai/online-prediction/endpoints", i.projectId) }];
  const context = [`Model: ${i.modelName}`, `Endpoint ID: ${i.endpointId}`, `Environment: ${i.environment}`];
  const labels = (kind: string) => ({ model: i.modelName, "alert-kind": kind });

  const definitions: AlertPolicyDefinition[] = [
    {
      key: "Latency",
      displayName: title(`p99 latency above ${t.latencyP99Ms} ms`),
      severity: sev.latency,
      userLabels: labels("latency"),
      conditions: [signalConditions.latency(select, ctx)],
      documentation: {
        subject: title(`p99 latency above ${t.latencyP99Ms} ms`),
        content: runbook({
          what: `The 99th percentile of the endpoint's total prediction latency (over 5-minute windows) stayed above ${t.latencyP99Ms} ms for ${sustain.latency} minutes.`,
          context,
          ...SIGNAL_RUNBOOKS.latency,
        }),
        links,
      },
    },
    {
      key: "ErrorRate",
      displayName: title(`server errors above ${t.errorRatePercent} %`),
      severity: sev.errorRate,
      userLabels: labels("error-rate"),
      conditions: [signalConditions.errorRate(select, ctx)],
      documentation: {
        subject: title(`server errors above ${t.errorRatePercent} %`),
        content: runbook({
          what: `More than ${t.errorRatePercent} % of the endpoint's responses were server errors (5xx) over 5-minute windows, for ${sustain.errorRate} minutes. Client errors (4xx) are not counted; they are on the dashboard.`,
          context,
          ...SIGNAL_RUNBOOKS.errorRate,
        }),
        links,
      },
    },
    {
      key: "ReplicasAtMax",
      displayName: title(`replicas at maximum (${i.maxReplicas}) for ${t.replicasAtMaxMinutes} min`),
      severity: sev.replicasAtMax,
      userLabels: labels("replicas-at-max"),
      conditions: [signalConditions.replicasAtMax(select, ctx, i.maxReplicas)],
      documentation: {
        subject: title(`replicas at maximum (${i.maxReplicas})`),
        content: runbook({
          what: `The deployed model has run at its maximum of ${i.maxReplicas} replicas for ${t.replicasAtMaxMinutes} minutes: autoscaling has no headroom left, and latency or errors usually follow.`,
          context,
          ...SIGNAL_RUNBOOKS.replicasAtMax,
        }),
        links,
      },
    },
  ];

  if (i.acceleratorCount > 0) {
    definitions.push({
      key: "GpuSaturated",
      displayName: title(`GPU duty cycle above ${t.gpuDutyCyclePercent} %`),
      severity: sev.gpuSaturated,
      userLabels: labels("gpu-saturated"),
      conditions: [signalConditions.gpuSaturated(select, ctx)],
      documentation: {
        subject: title(`GPU duty cycle above ${t.gpuDutyCyclePercent} %`),
        content: runbook({
          what: `The GPUs of the endpoint's replicas were busy more than ${t.gpuDutyCyclePercent} % of the time on average, for ${sustain.gpuDutyCycle} minutes. Autoscaling targets a lower duty cycle, so it is not keeping up.`,
          context,
          ...SIGNAL_RUNBOOKS.gpuSaturated,
        }),
        links,
      },
    });
  }

  if (t.expectTraffic) {
    definitions.push({
      key: "NoTraffic",
      displayName: title(`no traffic for ${t.noTrafficMinutes} min`),
      severity: sev.noTraffic,
      userLabels: labels("no-traffic"),
      conditions: [signalConditions.noTraffic(select, ctx)],
      documentation: {
        subject: title(`no traffic for ${t.noTrafficMinutes} min`),
        content: runbook({
          what: `The endpoint returned no response at all for ${t.noTrafficMinutes} minutes, although it is expected to serve traffic continuously. The alert arms after the endpoint's first response.`,
          context,
          ...SIGNAL_RUNBOOKS.noTraffic,
        }),
        links,
      },
    });
  }

  const defProblems = definitions.flatMap((d) => policyProblems(d, where));
  return defProblems.length ? { definitions: [], problems: defProblems } : { definitions, problems: [] };
}
