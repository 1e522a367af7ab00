import { MonitoringDashboard } from "../../provider/google/monitoring-dashboard";
import type { ITerraformDependable } from "../cdktn";
import { Construct } from "../cdktn";
import { componentLabels } from "../core/common";
import { throwIfAny } from "../core/errors";
import { MONITORING_COMPONENT } from "./attributes";
import { dashboardProblems } from "./checks";
import { dashboardDefinition, DashboardModel } from "./dashboard-json";

export interface DashboardProps {
  /** Project of the dashboard and of the metrics it charts. */
  readonly projectId: string;
  /** Environment name: the dashboard is "MLOps <environment>". */
  readonly environment: string;
  /**
   * The served models, one section each (in the order given).
   * @default - none
   */
  readonly models?: readonly DashboardModel[];
  /**
   * Metric types of the pipeline run counters (PipelineAlerts.metricTypes).
   * @default - no pipeline section
   */
  readonly pipelineMetrics?: { readonly failed: string; readonly succeeded: string };
  /**
   * Draw the feature store serving section.
   * @default false
   */
  readonly featureStore?: boolean;
  /** @default - no extra labels */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * One dashboard per environment: per model requests per second, latency p50/p95/p99, server
 * error share, replicas against maxReplicas and GPU duty cycle; pipeline runs; feature store
 * serving. The body is built by dashboardDefinition (engine-neutral).
 */
export class Dashboard extends Construct {
  readonly resource: MonitoringDashboard;
  /** The dashboard body as built (before Terraform escaping). */
  readonly definition: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: DashboardProps) {
    super(scope, id);
    const models = props.models ?? [];
    throwIfAny(dashboardProblems(id, { labels: props.labels, models }), `dashboard '${id}'`);
    this.definition = dashboardDefinition({
      environment: props.environment,
      models,
      pipelineMetrics: props.pipelineMetrics,
      featureStore: props.featureStore,
      labels: componentLabels(props.labels, MONITORING_COMPONENT),
    });
    // Legend templates such as ${metric.labels.pipeline} are Monitoring's, not Terraform's:
    // `$${` keeps Terraform from interpolating them. Token references stay `${...}`.
    const json = JSON.stringify(this.definition).replace(/\$\{(metric|resource)\./g, "$$$${$1.");
    this.resource = new MonitoringDashboard(this, "Resource", { project: props.projectId, dashboardJson: json, dependsOn: props.dependsOn });
  }
}
