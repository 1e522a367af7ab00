import { LoggingMetric } from "../../provider/google/logging-metric";
import type { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import { Construct } from "../cdktn";
import type { MonitoringPreset } from "../config/monitoring";
import { throwIfAny } from "../core/errors";
import type { LogMetricDefinition } from "./definitions";
import { logMetricType } from "./metrics";
import { logMetricAttributes, PIPELINE_METRIC_KEYS } from "./attributes";
import { autoCloseProblems } from "./checks";
import { pipelineAlertDefinitions } from "./pipeline-rules";
import { AlertTargetProps, alertTargetProblems, createPolicies } from "./policy";

export interface PipelineAlertsProps extends AlertTargetProps {
  /** Tier preset: severities and auto-close. */
  readonly preset: MonitoringPreset;
  /**
   * Prefix of the log-based metrics' names, unique in the project.
   * @default - the environment name
   */
  readonly metricPrefix?: string;
  /**
   * Scheduled pipelines by name (the name they are compiled with): the longest time between
   * two successful runs, in minutes (2-1410), e.g. from successWindowMinutes(cron).
   * @default - none: only the failed-run alert
   */
  readonly scheduled?: Readonly<Record<string, { readonly successWithinMinutes: number }>>;
}

/**
 * Pipeline alerts: log-based metrics counting Vertex AI pipeline runs that ended failed or
 * succeeded (from the pipeline_job_events log, labelled by pipeline name), an alert on any
 * failed run, and per scheduled pipeline an alert when it had no successful run within its
 * window. A newly created log-based metric can take a few minutes to become visible to
 * alerting; a first apply may need a retry.
 */
export class PipelineAlerts extends Construct {
  readonly failedRunsMetric: LoggingMetric;
  readonly succeededRunsMetric: LoggingMetric;
  /** `logging.googleapis.com/user/<name>` of the two metrics, for charts. */
  readonly metricTypes: { readonly failed: string; readonly succeeded: string };
  /** `FailedRuns` and `overdue-<pipeline>`. */
  readonly policies: Readonly<Record<string, MonitoringAlertPolicy>>;

  constructor(scope: Construct, id: string, props: PipelineAlertsProps) {
    super(scope, id);
    const input = {
      environment: props.environment,
      projectId: props.projectId,
      metricPrefix: props.metricPrefix ?? props.environment,
      scheduled: props.scheduled ?? {},
      preset: props.preset,
    };
    const probe = pipelineAlertDefinitions(input, id);
    throwIfAny([...alertTargetProblems(props, id), ...autoCloseProblems(props.preset, id), ...probe.problems], `pipeline alerts '${id}'`);
    const make = (d: LogMetricDefinition) =>
      new LoggingMetric(this, PIPELINE_METRIC_KEYS[d.key as keyof typeof PIPELINE_METRIC_KEYS], { ...logMetricAttributes(props.projectId, d), dependsOn: props.dependsOn });
    // The policies name the metrics through the resources, so they wait for them.
    this.failedRunsMetric = make(probe.definitions!.failedRuns);
    this.succeededRunsMetric = make(probe.definitions!.succeededRuns);
    this.metricTypes = { failed: logMetricType(this.failedRunsMetric.name), succeeded: logMetricType(this.succeededRunsMetric.name) };
    const { definitions } = pipelineAlertDefinitions(input, id, (k) => this.metricTypes[k]);
    this.policies = createPolicies(this, definitions!.policies, props, props.preset.autoCloseHours);
  }
}
