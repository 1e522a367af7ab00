/**
 * Pipeline alerts as engine-neutral definitions: two log-based metrics counting runs that ended
 * failed or succeeded (labelled by pipeline name), an alert on any failed run, and for each
 * scheduled pipeline an alert when no run succeeded within its expected window.
 */
import { MAX_ABSENCE_MINUTES, MonitoringPreset } from "../config/monitoring";
import type { Problem } from "../core/errors";
import { AlertPolicyDefinition, consoleLink, LogMetricDefinition, metricFilter, policyProblems, runbook, seconds } from "./definitions";
import { logMetricType, PIPELINE_JOB_RESOURCE, PIPELINE_LABEL_EXTRACTOR, pipelineRunLogFilter } from "./metrics";
import { isUnresolved } from "./model-rules";

/** Pipeline names as the KFP compiler accepts them, which Vertex AI puts in the pipeline_name label. */
const PIPELINE_NAME = /^[a-z0-9][a-z0-9-]{0,127}$/;
const METRIC_PREFIX = /^[a-z][a-z0-9-]{0,40}$/;

export interface PipelineAlertInput {
  readonly environment: string;
  readonly projectId: string;
  /** Prefix of the log-based metrics' names, unique in the project (the environment name). */
  readonly metricPrefix: string;
  /**
   * Scheduled pipelines by name (as compiled, the run's pipeline_name): the longest time, in
   * minutes, between two successful runs before an alert fires (2-1410: the metric-absence limits).
   */
  readonly scheduled: Readonly<Record<string, { readonly successWithinMinutes: number }>>;
  readonly preset: MonitoringPreset;
}

export interface PipelineDefinitions {
  readonly failedRuns: LogMetricDefinition;
  readonly succeededRuns: LogMetricDefinition;
  /** Policies; their filters name the metrics by `metricName(key)` so the engine can reference the created metric. */
  readonly policies: AlertPolicyDefinition[];
}

export function pipelineAlertProblems(i: PipelineAlertInput, where: string): Problem[] {
  const out: Problem[] = [];
  if (!isUnresolved(i.metricPrefix) && !METRIC_PREFIX.test(i.metricPrefix)) {
    out.push({ path: `${where}.metricPrefix`, message: "allowed: 1-41 lowercase letters, digits or hyphens, starting with a letter", value: i.metricPrefix });
  }
  for (const [name, s] of Object.entries(i.scheduled)) {
    if (!PIPELINE_NAME.test(name)) {
      out.push({ path: `${where}.scheduled.${name}`, message: "not a pipeline name; allowed: 1-128 lowercase letters, digits or hyphens, starting with a letter or digit (the name the pipeline is compiled with)", value: name });
    }
    const w = s?.successWithinMinutes;
    if (!Number.isInteger(w) || w < 2 || w > MAX_ABSENCE_MINUTES) {
      out.push({
        path: `${where}.scheduled.${name}.successWithinMinutes`,
        message: `must be a whole number of minutes from 2 to ${MAX_ABSENCE_MINUTES} (Cloud Monitoring's longest absence window is 23.5 hours); pipelines that run less often than daily are covered by the failed-run alert only`,
        value: w,
      });
    }
  }
  return out;
}

/**
 * The metrics and policies. `metricType(key)` gives the type of a created metric ("failed" or
 * "succeeded"); engines pass a reference to the created resource so policies wait for it.
 */
export function pipelineAlertDefinitions(
  i: PipelineAlertInput,
  where: string,
  metricType: (key: "failed" | "succeeded") => string = (k) => logMetricType(`${i.metricPrefix}-pipeline-runs-${k}`),
): { definitions?: PipelineDefinitions; problems: Problem[] } {
  const problems = pipelineAlertProblems(i, where);
  if (problems.length) return { problems };
  const metric = (key: "failed" | "succeeded"): LogMetricDefinition => ({
    key,
    name: `${i.metricPrefix}-pipeline-runs-${key}`,
    description: `Vertex AI pipeline runs of the ${i.environment} environment that ended ${key === "failed" ? "in failure" : "successfully"}, by pipeline name.`,
    filter: pipelineRunLogFilter(key === "failed" ? "FAILED" : "SUCCEEDED"),
    labelExtractors: { pipeline: PIPELINE_LABEL_EXTRACTOR },
    labels: [{ key: "pipeline", valueType: "STRING", description: "Name the pipeline was compiled with." }],
  });
  const links = [{ displayName: "Vertex AI pipeline runs", url: consoleLink("vertex-ai/pipelines/runs", i.projectId) }];
  const failedTitle = `[${i.environment}] pipeline run failed`;
  const policies: AlertPolicyDefinition[] = [
    {
      key: "FailedRuns",
      displayName: failedTitle,
      severity: i.preset.severities.pipelineFailed,
      userLabels: { "alert-kind": "pipeline-failed" },
      conditions: [
        {
          displayName: "a pipeline run ended in failure",
          // Matches the failure log entries themselves: no log-based metric to wait for.
          conditionMatchedLog: { filter: pipelineRunLogFilter("FAILED"), labelExtractors: { pipeline: PIPELINE_LABEL_EXTRACTOR } },
        },
      ],
      documentation: {
        subject: failedTitle,
        content: runbook({
          what: "A Vertex AI pipeline run of this environment ended in the FAILED state (or logged an error event). The incident names the pipeline in its label `pipeline`.",
          context: [`Environment: ${i.environment}`],
          causes: [
            "A component failed: bad input data, a code error, out of memory, a quota or permission error.",
            "An upstream table or bucket was missing or empty.",
            "The pipelines service account lost a role it needs.",
          ],
          steps: [
            "Open the failed run in Vertex AI Pipelines and find the first failed task.",
            "Read that task's logs (Logs Explorer, resource 'Vertex Pipelines Job').",
            "Fix the cause and re-run; a scheduled pipeline retries at its next scheduled time.",
          ],
        }),
        links,
      },
    },
  ];
  for (const [name, s] of Object.entries(i.scheduled)) {
    const title = `[${i.environment}] pipeline ${name}: no successful run for ${s.successWithinMinutes} min`;
    policies.push({
      key: `overdue-${name}`,
      displayName: title,
      severity: i.preset.severities.pipelineOverdue,
      userLabels: { pipeline: name, "alert-kind": "pipeline-overdue" },
      conditions: [
        {
          displayName: `no successful run of ${name} for ${s.successWithinMinutes} min`,
          conditionAbsent: {
            filter: metricFilter(metricType("succeeded"), PIPELINE_JOB_RESOURCE, `metric.labels.pipeline="${name}"`),
            // Every run is its own PipelineJob resource: reduce them to one series per pipeline,
            // or each finished run's series would look absent.
            aggregations: [{ alignmentPeriod: seconds(300), perSeriesAligner: "ALIGN_SUM", crossSeriesReducer: "REDUCE_SUM", groupByFields: ["metric.label.pipeline"] }],
            duration: seconds(s.successWithinMinutes * 60),
            trigger: { count: 1 },
          },
        },
      ],
      documentation: {
        subject: title,
        content: runbook({
          what: `The scheduled pipeline ${name} has had no successful run for ${s.successWithinMinutes} minutes. The alert arms after the pipeline's first successful run.`,
          context: [`Pipeline: ${name}`, `Environment: ${i.environment}`],
          causes: ["Its runs fail (see the failed-run alert).", "The schedule is paused, deleted or its trigger lacks permission to start runs.", "Runs are stuck in PENDING or RUNNING (quota, capacity)."],
          steps: ["Open Vertex AI Pipelines and list the pipeline's recent runs.", "Check the schedule or trigger that starts it.", "Start a run by hand once the cause is fixed."],
        }),
        links,
      },
    });
  }
  const defProblems = policies.flatMap((d) => policyProblems(d, where));
  if (defProblems.length) return { problems: defProblems };
  return { definitions: { failedRuns: metric("failed"), succeededRuns: metric("succeeded"), policies }, problems: [] };
}
