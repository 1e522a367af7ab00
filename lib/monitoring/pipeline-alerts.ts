import { LoggingMetric } from "../../provider/google/logging-metric";
import type { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import { Sleep } from "../../provider/time/sleep";
import { Construct } from "../cdktn";
import { useTimeProvider } from "../core/time-provider";
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
 * How long an alert on a new log-based metric waits after the metric is created: Cloud Monitoring
 * answers "404 Cannot find metric(s)" for up to about 10 minutes after a log-based metric is
 * created, and `depends_on` does not help (hashicorp/terraform-provider-google issue #11102, open
 * when read on 2026-12-03). The wait runs on create only (and when the metric is replaced).
 */
export const LOG_METRIC_PROPAGATION = "10m";

/**
 * Pipeline alerts: log-based metrics counting Vertex AI pipeline runs that ended failed or
 * succeeded (from the pipeline_job_events log, labelled by pipeline name), an alert on any
 * failed run (matching the log entries themselves, so it needs no metric), and per scheduled
 * pipeline an alert when it had no successful run within its window. An absence alert must read a
 * metric; it waits {@link LOG_METRIC_PROPAGATION} after the metric is created (a time_sleep), so
 * a first apply does not fail while the new metric propagates.
 */
export class PipelineAlerts extends Construct {
  readonly failedRunsMetric: LoggingMetric;
  readonly succeededRunsMetric: LoggingMetric;
  /** `logging.googleapis.com/user/<name>` of the two metrics, for charts. */
  readonly metricTypes: { readonly failed: string; readonly succeeded: string };
  /** `FailedRuns` and `overdue-<pipeline>`. */
  readonly policies: Readonly<Record<string, MonitoringAlertPolicy>>;
  /** The wait between the succeeded-runs metric and the overdue alerts; undefined without scheduled pipelines. */
  readonly metricPropagation?: Sleep;

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
    const overdue = definitions!.policies.filter((d) => d.key.startsWith("overdue-"));
    const others = definitions!.policies.filter((d) => !d.key.startsWith("overdue-"));
    let waited: Record<string, MonitoringAlertPolicy> = {};
    if (overdue.length > 0) {
      // Replaced with the metric (its name is a trigger), so a recreated metric is waited for too.
      this.metricPropagation = new Sleep(this, "MetricPropagation", {
        createDuration: LOG_METRIC_PROPAGATION,
        triggers: { metric: this.succeededRunsMetric.name },
      });
      useTimeProvider(this);
      waited = createPolicies(this, overdue, { ...props, dependsOn: [...(props.dependsOn ?? []), this.metricPropagation] }, props.preset.autoCloseHours);
    }
    this.policies = { ...createPolicies(this, others, props, props.preset.autoCloseHours), ...waited };
  }
}
