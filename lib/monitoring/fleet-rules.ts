/**
 * The model alerts of a whole fleet of endpoints, as engine-neutral definitions: one policy per
 * signal (latency, server errors, replicas at maximum, GPU saturation, no traffic) for every model
 * with the environment's thresholds, plus one policy per distinct set of thresholds for the models
 * that have their own. Every condition groups by endpoint_id, so each endpoint still opens its own
 * incident, and the runbook names it through the documentation variable
 * `${resource.label.endpoint_id}`.
 *
 * How endpoints are selected (facts and their sources are in `selection` below):
 * - the **default policy** of a signal selects every endpoint whose ID starts with the
 *   environment's prefix (`<name>-`, as `servingName` builds endpoint IDs) and excludes by name the
 *   endpoints that have their own thresholds for that signal and the endpoints that are not watched
 *   (public custom endpoints, Model Garden endpoints). Adding a model with the environment's
 *   thresholds therefore changes no default policy;
 * - a **group** (models sharing the same non-default thresholds of a signal, or for replicas at
 *   maximum the same maxReplicas) lists its endpoints, split over conditions whose filters stay
 *   within Cloud Monitoring's filter length, at most six conditions a policy, then over policies.
 *
 * Group keys are derived from the threshold values (`Latency-p99-800ms`), never from positions;
 * a group too large for one policy continues in `<key>-part2`, `<key>-part3`, ...
 */
import type { ModelThresholds, MonitoringPreset } from "../config/monitoring";
import { QUOTAS } from "../catalog/quotas";
import type { Problem } from "../core/errors";
import {
  AlertPolicyDefinition,
  ConditionDefinition,
  consoleLink,
  docVariable,
  filterLength,
  MAX_CONDITION_FILTER_CHARS,
  policyProblems,
  runbook,
} from "./definitions";
import { endpointMetrics } from "./metrics";
import { isUnresolved, modelInputProblems, SIGNAL_RUNBOOKS, SignalContext, signalConditions, sustainProblems } from "./model-rules";

/** Most conditions of one alert policy: the catalog's `QUOTAS.conditionsPerPolicy` (alert.proto, with its source and date there). */
export const MAX_CONDITIONS_PER_POLICY: number = QUOTAS.conditionsPerPolicy.default;

/**
 * How a condition selects endpoints by the resource label endpoint_id. alert.proto says a
 * condition's filter is "similar to the one that is specified in the ListTimeSeries request"; the
 * Monitoring filters page (cloud.google.com/monitoring/api/v3/filters, its ja and zh-CN editions
 * read 2026-12-03) shows a resource label compared with `starts_with` (`resource.labels.zone =
 * starts_with("europe-")`) and a label matched against a list of alternatives with
 * `monitoring.regex.full_match("gke-(hipster|nginx).*")`, which is used here for a list of
 * endpoints (endpoint IDs are lowercase letters, digits and hyphens: nothing to escape). Not
 * confirmed by a cited source: `NOT` before a comparison, which the default policies use to leave
 * out the endpoints of other groups (README, "Not verified against a live project").
 */
export const selection = {
  /** Endpoints whose ID starts with `prefix`. */
  prefix: (prefix: string) => `resource.labels.endpoint_id=starts_with("${prefix}")`,
  /** Endpoints whose ID is one of `ids` (`a|b|c`: endpoint IDs hold no metacharacter but '-', literal outside brackets). */
  oneOf: (ids: readonly string[]) => `resource.labels.endpoint_id=monitoring.regex.full_match("${ids.join("|")}")`,
  /** Every endpoint but `ids`. */
  noneOf: (ids: readonly string[]) => `NOT ${selection.oneOf(ids)}`,
};

/** The five model alert signals, in the order their policies are created. */
export const MODEL_SIGNALS = ["Latency", "ErrorRate", "ReplicasAtMax", "GpuSaturated", "NoTraffic"] as const;
export type ModelSignal = (typeof MODEL_SIGNALS)[number];

/** One watched model of the fleet. */
export interface FleetModel {
  readonly name: string;
  /** The endpoint's ID as in the metrics' resource label endpoint_id; must start with the fleet's prefix. */
  readonly endpointId: string;
  readonly maxReplicas: number;
  /** GPUs per replica; 0 for none. */
  readonly acceleratorCount: number;
  /** The thresholds in force for this model (e.g. from resolveModelThresholds). */
  readonly thresholds: ModelThresholds;
}

export interface FleetAlertInput {
  readonly environment: string;
  readonly projectId: string;
  /** Every watched endpoint's ID starts with it: `<environment name>-`. */
  readonly endpointPrefix: string;
  /** The environment's thresholds: what a model without its own gets (preset, then `alerting.thresholds`). */
  readonly defaults: ModelThresholds;
  readonly models: readonly FleetModel[];
  /** Endpoints that share the prefix but are not watched (public custom, Model Garden): excluded from every default policy. */
  readonly excludedEndpointIds: readonly string[];
  /** The endpoints are reached through private services access (VPC peering): they report the private metrics. */
  readonly privateServiceAccess: boolean;
  readonly preset: MonitoringPreset;
}

/** The models of one signal that share its thresholds: the default group, or one with its own. */
export interface FleetAlertGroup {
  readonly signal: ModelSignal;
  /** Construct id of the group's first policy: the signal, plus the threshold values for a group of its own. */
  readonly key: string;
  /** True for the default group, which selects by prefix. */
  readonly isDefault: boolean;
  /** The thresholds of the group (for ReplicasAtMax, with `maxReplicas`). */
  readonly thresholds: ModelThresholds;
  readonly maxReplicas?: number;
  /** The group's endpoints, listed in its filters (empty for the default group). */
  readonly endpointIds: readonly string[];
  /** The endpoints the default group excludes (empty for the others). */
  readonly excludedEndpointIds: readonly string[];
}

const num = (n: number) => String(n).replace(".", "_");

/** The parameters of one signal that decide its policy, as a stable key part; undefined when the model has no such alert. */
function signalParameters(signal: ModelSignal, t: ModelThresholds, maxReplicas: number): string | undefined {
  switch (signal) {
    case "Latency":
      return `p99-${num(t.latencyP99Ms)}ms`;
    case "ErrorRate":
      return `${num(t.errorRatePercent)}pct`;
    case "ReplicasAtMax":
      return `max${maxReplicas}-${num(t.replicasAtMaxMinutes)}min`;
    case "GpuSaturated":
      return `${num(t.gpuDutyCyclePercent)}pct`;
    case "NoTraffic":
      return t.expectTraffic ? `${num(t.noTrafficMinutes)}min` : undefined;
  }
}

/**
 * The groups of every signal. The default group of a signal exists when at least one model is
 * watched (GPU saturation: when one has GPUs; no traffic: when the environment expects traffic);
 * ReplicasAtMax has none, since maxReplicas belongs to each model: its groups are keyed by it.
 */
export function fleetAlertGroups(i: FleetAlertInput): FleetAlertGroup[] {
  const out: FleetAlertGroup[] = [];
  if (i.models.length === 0) return out;
  const excludedUnwatched = i.excludedEndpointIds.filter((id) => id.startsWith(i.endpointPrefix));
  for (const signal of MODEL_SIGNALS) {
    const defaultKey = signal === "ReplicasAtMax" ? undefined : signalParameters(signal, i.defaults, 0);
    const groups = new Map<string, FleetModel[]>();
    const excluded: string[] = [];
    for (const m of i.models) {
      // An endpoint without GPUs reports no duty cycle: the GPU policies need neither list nor exclude it.
      if (signal === "GpuSaturated" && m.acceleratorCount === 0) continue;
      const own = signalParameters(signal, m.thresholds, m.maxReplicas);
      if (own !== undefined && own === defaultKey) continue;
      excluded.push(m.endpointId);
      if (own === undefined) continue;
      const list = groups.get(own) ?? [];
      list.push(m);
      groups.set(own, list);
    }
    const hasDefault = defaultKey !== undefined && (signal !== "GpuSaturated" || i.models.some((m) => m.acceleratorCount > 0));
    if (hasDefault) {
      out.push({ signal, key: signal, isDefault: true, thresholds: i.defaults, endpointIds: [], excludedEndpointIds: [...excluded, ...excludedUnwatched] });
    }
    for (const [params, members] of groups) {
      out.push({
        signal,
        key: `${signal}-${params}`,
        isDefault: false,
        thresholds: members[0].thresholds,
        maxReplicas: signal === "ReplicasAtMax" ? members[0].maxReplicas : undefined,
        endpointIds: members.map((m) => m.endpointId),
        excludedEndpointIds: [],
      });
    }
  }
  return out;
}

/** The conditions of one signal for one selection clause. */
function conditionFor(g: FleetAlertGroup, select: string, ctx: SignalContext, label: string): ConditionDefinition {
  const c = { ...ctx, thresholds: g.thresholds };
  switch (g.signal) {
    case "Latency":
      return signalConditions.latency(select, c, label);
    case "ErrorRate":
      return signalConditions.errorRate(select, c, label);
    case "ReplicasAtMax":
      return signalConditions.replicasAtMax(select, c, g.maxReplicas!, label);
    case "GpuSaturated":
      return signalConditions.gpuSaturated(select, c, label);
    case "NoTraffic":
      return signalConditions.noTraffic(select, c, label);
  }
}

/** Every filter of a condition (numerator, denominator). */
function filtersOf(c: ConditionDefinition): string[] {
  return [c.conditionThreshold?.filter, c.conditionThreshold?.denominatorFilter, c.conditionAbsent?.filter].filter((f): f is string => f !== undefined);
}

const longest = (c: ConditionDefinition) => Math.max(...filtersOf(c).map(filterLength));

/** Splits a group's endpoints into the largest lists whose condition filters stay within the limit, in order. */
function chunkEndpoints(g: FleetAlertGroup, ctx: SignalContext): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const id of g.endpointIds) {
    const next = [...current, id];
    if (current.length > 0 && longest(conditionFor(g, selection.oneOf(next), ctx, "")) > MAX_CONDITION_FILTER_CHARS) {
      chunks.push(current);
      current = [id];
    } else current = next;
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** One policy of a group: its key, label and conditions. */
interface FleetPolicy {
  readonly group: FleetAlertGroup;
  readonly key: string;
  readonly part: number;
  readonly parts: number;
  readonly conditions: ConditionDefinition[];
}

function fleetPolicies(i: FleetAlertInput): FleetPolicy[] {
  const ctx: SignalContext = { thresholds: i.defaults, metrics: endpointMetrics(i.privateServiceAccess), sustain: i.preset.sustainMinutes };
  const out: FleetPolicy[] = [];
  for (const g of fleetAlertGroups(i)) {
    if (g.isDefault) {
      const select = [selection.prefix(i.endpointPrefix), ...(g.excludedEndpointIds.length ? [selection.noneOf(g.excludedEndpointIds)] : [])].join(" AND ");
      out.push({ group: g, key: g.key, part: 1, parts: 1, conditions: [conditionFor(g, select, ctx, "")] });
      continue;
    }
    const chunks = chunkEndpoints(g, ctx);
    const parts = Math.ceil(chunks.length / MAX_CONDITIONS_PER_POLICY);
    for (let p = 0; p < parts; p++) {
      const mine = chunks.slice(p * MAX_CONDITIONS_PER_POLICY, (p + 1) * MAX_CONDITIONS_PER_POLICY);
      const conditions = mine.map((ids, c) => conditionFor(g, selection.oneOf(ids), ctx, chunks.length > 1 ? ` (endpoints, list ${p * MAX_CONDITIONS_PER_POLICY + c + 1})` : ""));
      out.push({ group: g, key: p === 0 ? g.key : `${g.key}-part${p + 1}`, part: p + 1, parts, conditions });
    }
  }
  return out;
}

/**
 * How many model alert policies a fleet needs: one per signal with a default policy, plus one
 * per group of models with their own thresholds (more for a group too large for one policy).
 * Pure: the quota budget can call it without synthesizing.
 */
export function fleetAlertPolicyCount(i: FleetAlertInput): number {
  return fleetPolicies(i).length;
}

/** Problems of the fleet's input: prefix, each model (at `<where>.models.<name>`), unresolved or duplicate IDs. */
export function fleetAlertProblems(i: FleetAlertInput, where: string): Problem[] {
  const out: Problem[] = [...sustainProblems(i.preset, where)];
  if (!/^[a-z][a-z0-9-]{0,61}$/.test(i.endpointPrefix)) {
    out.push({ path: `${where}.endpointPrefix`, message: "not an endpoint ID prefix; allowed: a lowercase letter, then lowercase letters, digits or hyphens (e.g. `prod-`)", value: i.endpointPrefix });
  }
  for (const [k, v] of Object.entries(i.defaults)) {
    if (v === undefined) out.push({ path: `${where}.defaults.${k}`, message: "must be set", value: v });
  }
  out.push(...modelInputProblems({ modelName: "default", endpointId: `${i.endpointPrefix}x`, maxReplicas: 1, acceleratorCount: 0, thresholds: i.defaults }, `${where}.defaults`).filter((p) => p.path.startsWith(`${where}.defaults.thresholds`)));
  const seen = new Set<string>();
  for (const m of i.models) {
    const at = `${where}.models.${m.name}`;
    out.push(...modelInputProblems({ modelName: m.name, endpointId: m.endpointId, maxReplicas: m.maxReplicas, acceleratorCount: m.acceleratorCount, thresholds: m.thresholds }, at));
    if (isUnresolved(m.endpointId)) {
      out.push({ path: `${at}.endpointId`, message: "must be known at synthesis: the fleet's filters list endpoint IDs and are checked against Cloud Monitoring's filter length", value: m.endpointId });
    } else if (!m.endpointId.startsWith(i.endpointPrefix)) {
      out.push({ path: `${at}.endpointId`, message: `must start with the fleet's endpoint prefix '${i.endpointPrefix}': the default policies select endpoints by that prefix`, value: m.endpointId });
    }
    if (seen.has(m.endpointId)) out.push({ path: `${at}.endpointId`, message: "is watched twice; each endpoint belongs to one model", value: m.endpointId });
    seen.add(m.endpointId);
  }
  for (const [n, id] of i.excludedEndpointIds.entries()) {
    if (isUnresolved(id) || !/^[a-z0-9-]{1,63}$/.test(id)) out.push({ path: `${where}.excludedEndpointIds[${n}]`, message: "not an endpoint ID known at synthesis", value: id });
    if (seen.has(id)) out.push({ path: `${where}.excludedEndpointIds[${n}]`, message: "is both watched and excluded", value: id });
  }
  return out;
}

const SIGNAL_LABEL: Record<ModelSignal, string> = {
  Latency: "latency",
  ErrorRate: "error-rate",
  ReplicasAtMax: "replicas-at-max",
  GpuSaturated: "gpu-saturated",
  NoTraffic: "no-traffic",
};

/** The fleet's policies, or every problem of its input (including a filter over the limit). */
export function fleetAlertDefinitions(i: FleetAlertInput, where: string): { definitions: AlertPolicyDefinition[]; problems: Problem[] } {
  const problems = fleetAlertProblems(i, where);
  if (problems.length) return { definitions: [], problems };
  const sev = i.preset.severities;
  const sustain = i.preset.sustainMinutes;
  const endpoint = docVariable("resource.label.endpoint_id");
  const links = [{ displayName: "Vertex AI endpoints", url: consoleLink("vertex-ai/online-prediction/endpoints", i.projectId) }];
  const definitions: AlertPolicyDefinition[] = [];
  const out: Problem[] = [];

  for (const p of fleetPolicies(i)) {
    const g = p.group;
    const t = g.thresholds;
    const scope = g.isDefault ? "models" : "models with their own thresholds";
    const partNote = p.parts > 1 ? ` (part ${p.part} of ${p.parts})` : "";
    const title = (what: string) => `[${i.environment}] ${scope}: ${what}${partNote}`;
    const subject = (what: string) => `[${i.environment}] ${endpoint}: ${what}`;
    const context = [
      `Endpoint ID: ${endpoint} (the model is the ID without the environment's prefix \`${i.endpointPrefix}\`)`,
      `Environment: ${i.environment}`,
      g.isDefault
        ? `Watched: every endpoint whose ID starts with \`${i.endpointPrefix}\`, except those the filter names (models with their own thresholds for this alert, endpoints that are not watched).`
        : "Watched: the models listed in this policy's conditions, which have their own thresholds for this alert.",
    ];
    let what: string;
    let kind: { displayName: string; subject: string; severity: AlertPolicyDefinition["severity"]; runbook: { causes: readonly string[]; steps: readonly string[] } };
    switch (g.signal) {
      case "Latency":
        what = `The 99th percentile of the endpoint's total prediction latency (over 5-minute windows) stayed above ${t.latencyP99Ms} ms for ${sustain.latency} minutes.`;
        kind = { displayName: `p99 latency above ${t.latencyP99Ms} ms`, subject: `p99 latency above ${t.latencyP99Ms} ms`, severity: sev.latency, runbook: SIGNAL_RUNBOOKS.latency };
        break;
      case "ErrorRate":
        what = `More than ${t.errorRatePercent} % of the endpoint's responses were server errors (5xx) over 5-minute windows, for ${sustain.errorRate} minutes. Client errors (4xx) are not counted; they are on the dashboard.`;
        kind = { displayName: `server errors above ${t.errorRatePercent} %`, subject: `server errors above ${t.errorRatePercent} %`, severity: sev.errorRate, runbook: SIGNAL_RUNBOOKS.errorRate };
        break;
      case "ReplicasAtMax":
        what = `Deployed model ${docVariable("metric.label.deployed_model_id")} of the endpoint has run at its maximum of ${g.maxReplicas} replicas for ${t.replicasAtMaxMinutes} minutes: autoscaling has no headroom left, and latency or errors usually follow.`;
        kind = {
          displayName: `replicas at maximum (${g.maxReplicas}) for ${t.replicasAtMaxMinutes} min`,
          subject: `replicas at maximum (${g.maxReplicas})`,
          severity: sev.replicasAtMax,
          runbook: SIGNAL_RUNBOOKS.replicasAtMax,
        };
        break;
      case "GpuSaturated":
        what = `The GPUs of the endpoint's replicas were busy more than ${t.gpuDutyCyclePercent} % of the time on average, for ${sustain.gpuDutyCycle} minutes. Autoscaling targets a lower duty cycle, so it is not keeping up.`;
        kind = { displayName: `GPU duty cycle above ${t.gpuDutyCyclePercent} %`, subject: `GPU duty cycle above ${t.gpuDutyCyclePercent} %`, severity: sev.gpuSaturated, runbook: SIGNAL_RUNBOOKS.gpuSaturated };
        break;
      case "NoTraffic":
        what = `The endpoint returned no response at all for ${t.noTrafficMinutes} minutes, although it is expected to serve traffic continuously. The alert arms after the endpoint's first response.`;
        kind = { displayName: `no traffic for ${t.noTrafficMinutes} min`, subject: `no traffic for ${t.noTrafficMinutes} min`, severity: sev.noTraffic, runbook: SIGNAL_RUNBOOKS.noTraffic };
        break;
    }
    const def: AlertPolicyDefinition = {
      key: p.key,
      displayName: title(kind.displayName),
      severity: kind.severity,
      userLabels: { "alert-kind": SIGNAL_LABEL[g.signal], "alert-group": g.isDefault ? "default" : p.key.slice(g.signal.length + 1).toLowerCase() },
      conditions: p.conditions,
      documentation: { subject: subject(kind.subject), content: runbook({ what, context, ...kind.runbook }), links },
    };
    if (g.isDefault) {
      const length = Math.max(...p.conditions.flatMap(filtersOf).map(filterLength));
      if (length > MAX_CONDITION_FILTER_CHARS) {
        out.push({
          path: `${where}.${p.key}`,
          message: `the default policy's filter would be ${length} characters, over Cloud Monitoring's ${MAX_CONDITION_FILTER_CHARS}: it excludes ${g.excludedEndpointIds.length} endpoints by name (models with their own ${SIGNAL_LABEL[g.signal]} thresholds, and endpoints that are not watched); give fewer models their own thresholds for this alert, or move the shared value to alerting.thresholds`,
          value: g.excludedEndpointIds.length,
        });
        continue;
      }
    }
    definitions.push(def);
  }
  out.push(...definitions.flatMap((d) => policyProblems(d, where)));
  return out.length ? { definitions: [], problems: out } : { definitions, problems: [] };
}
