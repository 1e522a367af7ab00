/**
 * Engine-neutral descriptions of Cloud Monitoring alert policies and log-based metrics, with the
 * checks Google applies at apply time (gcp-facts 2.13). The shapes follow the provider's field
 * names (camelCase), so a construct passes them through to the provider bindings.
 */
import type { Severity } from "../config/monitoring";
import type { Problem } from "../core/errors";

export type Comparison = "COMPARISON_GT" | "COMPARISON_GE" | "COMPARISON_LT" | "COMPARISON_LE";

/** One step of an aggregation: align each series, then optionally reduce across series. */
export interface Aggregation {
  alignmentPeriod: string;
  perSeriesAligner: string;
  crossSeriesReducer?: string;
  groupByFields?: string[];
}

export interface ThresholdCondition {
  filter: string;
  aggregations: Aggregation[];
  /** When set, the condition compares filter / denominatorFilter (a ratio) with the threshold. */
  denominatorFilter?: string;
  denominatorAggregations?: Aggregation[];
  comparison: Comparison;
  thresholdValue: number;
  duration: string;
  evaluationMissingData?: "EVALUATION_MISSING_DATA_INACTIVE" | "EVALUATION_MISSING_DATA_ACTIVE" | "EVALUATION_MISSING_DATA_NO_OP";
  trigger: { count: number };
}

export interface AbsentCondition {
  filter: string;
  aggregations: Aggregation[];
  duration: string;
  trigger: { count: number };
}

export interface PromqlCondition {
  query: string;
  duration: string;
  evaluationInterval: string;
}

/**
 * A log-match condition: fires on every matching log entry, with no metric in between. Used where
 * an alert means "any occurrence": an alert on a just-created log-based metric can fail with
 * "404 Cannot find metric(s)" for minutes (provider issue #11102), a log-match one cannot.
 */
export interface MatchedLogCondition {
  filter: string;
  labelExtractors?: Record<string, string>;
}

export interface ConditionDefinition {
  displayName: string;
  conditionThreshold?: ThresholdCondition;
  conditionMatchedLog?: MatchedLogCondition;
  conditionAbsent?: AbsentCondition;
  conditionPrometheusQueryLanguage?: PromqlCondition;
}

export interface AlertPolicyDefinition {
  /** Construct id of the policy below its owner; stable, part of the Terraform address. */
  readonly key: string;
  readonly displayName: string;
  readonly severity: Severity;
  readonly conditions: ConditionDefinition[];
  readonly documentation: { readonly subject: string; readonly content: string; readonly links: { displayName: string; url: string }[] };
  /** Labels specific to this policy (model, pipeline, alert kind); the owner adds the shared ones. */
  readonly userLabels: Readonly<Record<string, string>>;
}

/** A log-based counter metric with one extracted label. */
export interface LogMetricDefinition {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly filter: string;
  readonly labelExtractors: Record<string, string>;
  readonly labels: { key: string; valueType: "STRING"; description: string }[];
}

/** `300s` */
export const seconds = (n: number): string => `${n}s`;

/** `metric.type="<metric>" AND resource.type="<resource>" AND <clauses...>` */
export function metricFilter(metricType: string, resourceType: string, ...clauses: (string | undefined)[]): string {
  return [`metric.type="${metricType}"`, `resource.type="${resourceType}"`, ...clauses.filter((c): c is string => !!c)].join(" AND ");
}

/**
 * Longest condition filter Cloud Monitoring accepts, in Unicode characters. alert.proto
 * (googleapis/googleapis@f8291d2b, read 2026-12-03) says of MetricThreshold.filter and
 * MetricAbsence.filter "This field must not exceed 2048 Unicode characters in length", and of
 * MetricThreshold.denominator_filter "This field may not exceed 2048 Unicode characters in length".
 */
export const MAX_CONDITION_FILTER_CHARS = 2048;

/** Length of a filter as the API counts it (Unicode code points). */
export const filterLength = (f: string): number => Array.from(f).length;

/**
 * A documentation variable, as it must appear in Terraform: `$${...}` reaches the API as `${...}`,
 * which Cloud Monitoring replaces in the notification's subject and content
 * (cloud.google.com/monitoring/alerts/doc-variables, read 2026-12-03: "resource.label.KEY: The
 * value of the resource label KEY", "metric.label.KEY: The value of the metric label KEY"; the
 * values "are subject to grouping", so only labels the condition groups by are kept;
 * alert.proto Documentation.content and subject "can be templatized by using variables").
 */
export function docVariable(name: "resource.label.endpoint_id" | "metric.label.deployed_model_id" | "condition.display_name"): string {
  return `$\${${name}}`;
}

/** Longest metric-absence duration: 23.5 h. */
export const MAX_ABSENCE_SECONDS = 84_600;
/** Cloud Monitoring rejects a threshold condition whose alignment period plus duration exceeds 25 h. */
const MAX_WINDOW_SECONDS = 90_000;

function parseSeconds(d: string): number | undefined {
  const m = /^([0-9]+)s$/.exec(d);
  return m ? Number(m[1]) : undefined;
}

function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

/**
 * What Cloud Monitoring would reject in a policy: 1-6 conditions, a PromQL condition alone,
 * durations in whole minutes, absence windows of 2 minutes to 23.5 hours, alignment periods in
 * whole minutes, documentation within its size limits, link names of at most 63 characters.
 */
export function policyProblems(def: AlertPolicyDefinition, where: string): Problem[] {
  const out: Problem[] = [];
  const at = `${where}.${def.key}`;
  if (def.displayName.length > 512) out.push({ path: `${at}.displayName`, message: "must be at most 512 characters", value: def.displayName.length });
  if (def.conditions.length < 1 || def.conditions.length > 6) out.push({ path: `${at}.conditions`, message: "must have 1 to 6 conditions", value: def.conditions.length });
  if (def.conditions.some((c) => c.conditionPrometheusQueryLanguage) && def.conditions.length > 1) {
    out.push({ path: `${at}.conditions`, message: "a PromQL condition must be the policy's only condition" });
  }
  def.conditions.forEach((c, i) => {
    const cat = `${at}.conditions[${i}]`;
    const alignments = [...(c.conditionThreshold?.aggregations ?? []), ...(c.conditionThreshold?.denominatorAggregations ?? []), ...(c.conditionAbsent?.aggregations ?? [])];
    let longestAlignment = 0;
    for (const a of alignments) {
      const s = parseSeconds(a.alignmentPeriod);
      if (s === undefined || s < 60 || s % 60 !== 0) out.push({ path: `${cat}.alignmentPeriod`, message: "must be a whole number of minutes, at least 60s", value: a.alignmentPeriod });
      else longestAlignment = Math.max(longestAlignment, s);
    }
    if (c.conditionThreshold) {
      const s = parseSeconds(c.conditionThreshold.duration);
      if (s === undefined || s % 60 !== 0) out.push({ path: `${cat}.duration`, message: "must be a whole number of minutes (0s, 60s, 120s, ...)", value: c.conditionThreshold.duration });
      else if (s + longestAlignment > MAX_WINDOW_SECONDS) out.push({ path: `${cat}.duration`, message: "plus the alignment period must be at most 25 hours", value: c.conditionThreshold.duration });
      if (!Number.isFinite(c.conditionThreshold.thresholdValue)) out.push({ path: `${cat}.thresholdValue`, message: "must be a finite number", value: c.conditionThreshold.thresholdValue });
    }
    if (c.conditionAbsent) {
      const s = parseSeconds(c.conditionAbsent.duration);
      if (s === undefined || s % 60 !== 0 || s < 120 || s > MAX_ABSENCE_SECONDS) {
        out.push({ path: `${cat}.duration`, message: "an absence window must be a whole number of minutes from 2 minutes to 23.5 hours (120s-84600s)", value: c.conditionAbsent.duration });
      }
    }
    if (c.conditionPrometheusQueryLanguage) {
      const s = parseSeconds(c.conditionPrometheusQueryLanguage.evaluationInterval);
      if (s === undefined || s <= 0 || s % 30 !== 0) out.push({ path: `${cat}.evaluationInterval`, message: "must be a positive multiple of 30s", value: c.conditionPrometheusQueryLanguage.evaluationInterval });
      const d = parseSeconds(c.conditionPrometheusQueryLanguage.duration);
      if (d === undefined || d % 60 !== 0) out.push({ path: `${cat}.duration`, message: "must be a whole number of minutes", value: c.conditionPrometheusQueryLanguage.duration });
    }
    for (const f of [c.conditionThreshold?.filter, c.conditionThreshold?.denominatorFilter, c.conditionAbsent?.filter]) {
      if (f !== undefined && filterLength(f) > MAX_CONDITION_FILTER_CHARS) out.push({ path: `${cat}.filter`, message: `must be at most ${MAX_CONDITION_FILTER_CHARS} characters`, value: filterLength(f) });
    }
  });
  const content = def.documentation.content;
  if (content.length > 8192 || utf8Bytes(content) > 10_240) out.push({ path: `${at}.documentation`, message: "must be at most 8192 characters and 10240 bytes", value: content.length });
  for (const l of def.documentation.links) {
    if (l.displayName.length === 0 || l.displayName.length > 63) out.push({ path: `${at}.documentation.links`, message: "link names must be 1-63 characters", value: l.displayName });
  }
  return out;
}

/**
 * A runbook in Markdown: what fired, likely causes, first steps. Written for the person on call
 * who has never seen the system; never contains `${`, which Terraform would interpolate, except
 * as the documentation variables of `docVariable` (`$${...}`, Terraform's escape).
 */
export function runbook(parts: { what: string; causes: readonly string[]; steps: readonly string[]; context?: readonly string[] }): string {
  const text = [
    "### What fired",
    parts.what,
    ...(parts.context?.length ? ["", ...parts.context.map((c) => `- ${c}`)] : []),
    "",
    "### Likely causes",
    ...parts.causes.map((c) => `- ${c}`),
    "",
    "### First steps",
    ...parts.steps.map((s, i) => `${i + 1}. ${s}`),
  ].join("\n");
  return text.replace(/(?<!\$)\$\{/g, "$ {");
}

/** Console link to a Vertex AI page of the project (paths as the console used them in 2026; not an API contract). */
export function consoleLink(path: string, projectId: string): string {
  return `https://console.cloud.google.com/${path}?project=${projectId}`;
}
