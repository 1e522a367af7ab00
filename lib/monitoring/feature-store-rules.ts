/**
 * Feature view sync alerts as engine-neutral definitions.
 *
 * Vertex AI publishes no metric and no platform log for a failed feature view sync (checked
 * against the metrics list and the platform-logs index, 2026-08). The alert therefore watches
 * the two effects of a failing sync that Cloud Monitoring does report:
 * - the data served is older than the view's sync interval allows (featureonlinestore/
 *   serving_data_ages, p99 per view); this signal exists only while the view is being read;
 * - a sync has been running for longer than a sync takes (featureonlinestore/running_sync).
 */
import type { MonitoringPreset } from "../config/monitoring";
import type { Problem } from "../core/errors";
import { AlertPolicyDefinition, consoleLink, policyProblems, runbook, seconds } from "./definitions";
import { featureViewFilter, METRICS } from "./metrics";

/** Feature view IDs (gcp-facts 2.9). */
const FEATURE_VIEW_ID = /^[a-z_][a-z0-9_]{0,59}$/;

export interface FeatureViewWatch {
  /** Oldest data, in minutes, the view may serve: its sync interval plus the time a sync takes, plus slack. */
  readonly maxDataAgeMinutes: number;
  /**
   * Longest a sync may run, in minutes, before it counts as stuck.
   * @default 120
   */
  readonly maxSyncMinutes?: number;
}

export interface FeatureStoreAlertInput {
  readonly environment: string;
  readonly projectId: string;
  /** Feature views by ID. */
  readonly featureViews: Readonly<Record<string, FeatureViewWatch>>;
  readonly preset: MonitoringPreset;
}

export function featureStoreAlertProblems(i: FeatureStoreAlertInput, where: string): Problem[] {
  const out: Problem[] = [];
  for (const [id, w] of Object.entries(i.featureViews)) {
    const at = `${where}.featureViews.${id}`;
    if (!FEATURE_VIEW_ID.test(id)) out.push({ path: at, message: "not a feature view ID; allowed: 1-60 lowercase letters, digits or '_', not starting with a digit", value: id });
    if (!Number.isInteger(w?.maxDataAgeMinutes) || w.maxDataAgeMinutes < 5 || w.maxDataAgeMinutes > 44_640) {
      out.push({ path: `${at}.maxDataAgeMinutes`, message: "must be a whole number of minutes from 5 to 44640 (31 days)", value: w?.maxDataAgeMinutes });
    }
    const sync = w?.maxSyncMinutes ?? 120;
    if (!Number.isInteger(sync) || sync < 5 || sync > 1440) out.push({ path: `${at}.maxSyncMinutes`, message: "must be a whole number of minutes from 5 to 1440", value: sync });
  }
  return out;
}

export function featureStoreAlertDefinitions(i: FeatureStoreAlertInput, where: string): { definitions: AlertPolicyDefinition[]; problems: Problem[] } {
  const problems = featureStoreAlertProblems(i, where);
  if (problems.length) return { definitions: [], problems };
  const byView = ["metric.label.feature_view_id"];
  const definitions: AlertPolicyDefinition[] = Object.entries(i.featureViews).map(([id, w]) => {
    const sync = w.maxSyncMinutes ?? 120;
    const title = `[${i.environment}] feature view ${id}: sync failing`;
    return {
      key: id,
      displayName: title,
      severity: i.preset.severities.featureViewStale,
      userLabels: { "feature-view": id, "alert-kind": "feature-view-stale" },
      conditions: [
        {
          displayName: `served data older than ${w.maxDataAgeMinutes} min (p99)`,
          conditionThreshold: {
            filter: featureViewFilter(METRICS.featureServingDataAges, id),
            aggregations: [{ alignmentPeriod: seconds(300), perSeriesAligner: "ALIGN_DELTA", crossSeriesReducer: "REDUCE_PERCENTILE_99", groupByFields: byView }],
            comparison: "COMPARISON_GT",
            // The metric is in seconds.
            thresholdValue: w.maxDataAgeMinutes * 60,
            duration: seconds(600),
            trigger: { count: 1 },
          },
        },
        {
          displayName: `a sync running for more than ${sync} min`,
          conditionThreshold: {
            filter: featureViewFilter(METRICS.featureRunningSync, id),
            aggregations: [{ alignmentPeriod: seconds(300), perSeriesAligner: "ALIGN_MIN", crossSeriesReducer: "REDUCE_SUM", groupByFields: byView }],
            comparison: "COMPARISON_GE",
            thresholdValue: 1,
            duration: seconds(sync * 60),
            trigger: { count: 1 },
          },
        },
      ],
      documentation: {
        subject: title,
        content: runbook({
          what: `Feature view ${id} serves data older than ${w.maxDataAgeMinutes} minutes, or one of its syncs has run for more than ${sync} minutes. Either way its syncs are not completing. (Vertex AI reports no metric for a failed sync; this alert watches its effects. The data-age signal exists only while the view is read.)`,
          context: [`Feature view: ${id}`, `Environment: ${i.environment}`],
          causes: [
            "The BigQuery source table or view was changed, emptied, or is no longer readable by the feature store's service agent.",
            "The sync schedule (cron) was changed or removed.",
            "BigQuery quota or slot exhaustion makes the sync's export slow or fail.",
          ],
          steps: [
            "Open the feature view in the console and read the status and error of its latest syncs.",
            "Check the source: does the query still run, and does it return rows?",
            "Start a sync by hand (gcloud or the console) once the cause is fixed, and watch it finish.",
          ],
        }),
        links: [{ displayName: "Vertex AI Feature Store", url: consoleLink("vertex-ai/feature-store", i.projectId) }],
      },
    };
  });
  const defProblems = definitions.flatMap((d) => policyProblems(d, where));
  return defProblems.length ? { definitions: [], problems: defProblems } : { definitions, problems: [] };
}
