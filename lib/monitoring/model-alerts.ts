import type { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import { Construct } from "../cdktn";
import type { ModelThresholds, MonitoringPreset } from "../config/monitoring";
import { Problem, throwIfAny } from "../core/errors";
import { autoCloseProblems } from "./checks";
import { modelAlertDefinitions } from "./model-rules";
import { AlertTargetProps, alertTargetProblems, createPolicies } from "./policy";

export interface ModelAlertsProps extends AlertTargetProps {
  /** The model's name (its key in the environment). */
  readonly modelName: string;
  /** The endpoint's ID as in the metrics' resource label endpoint_id (the endpoint resource's `name`). */
  readonly endpointId: string;
  /**
   * The endpoint is reached through private services access (VPC peering); such endpoints
   * report prediction/online/private/* metrics instead of the public ones.
   * @default false
   */
  readonly privateServiceAccess?: boolean;
  /** The deployed model's maxReplicas: the replicas alert fires when the count stays there. */
  readonly maxReplicas: number;
  /**
   * GPUs per replica; the GPU saturation alert exists only when above 0.
   * @default 0
   */
  readonly acceleratorCount?: number;
  /** Tier preset: default thresholds, severities, durations, auto-close. */
  readonly preset: MonitoringPreset;
  /**
   * Thresholds over the preset's (e.g. from resolveModelThresholds).
   * @default - the preset's thresholds
   */
  readonly thresholds?: Partial<ModelThresholds>;
}

/**
 * The alerts of one model's serving endpoint, each with a runbook, the tier's severity and the
 * environment's channels: p99 latency, server error share (a ratio of 5xx to all responses),
 * replicas pinned at maxReplicas, GPU duty cycle saturated (models with GPUs), and no traffic
 * when traffic is expected. Policies are keyed by kind (Latency, ErrorRate, ReplicasAtMax,
 * GpuSaturated, NoTraffic) below the construct, which is keyed by the model's name.
 */
export class ModelAlerts extends Construct {
  /** The policies by kind. */
  readonly policies: Readonly<Record<string, MonitoringAlertPolicy>>;
  /** The thresholds in force. */
  readonly thresholds: ModelThresholds;

  constructor(scope: Construct, id: string, props: ModelAlertsProps) {
    super(scope, id);
    const problems: Problem[] = [...alertTargetProblems(props, id), ...autoCloseProblems(props.preset, id)];
    this.thresholds = { ...props.preset.thresholds, ...(props.thresholds ?? {}) };
    const { definitions, problems: ruleProblems } = modelAlertDefinitions(
      {
        environment: props.environment,
        projectId: props.projectId,
        modelName: props.modelName,
        endpointId: props.endpointId,
        privateServiceAccess: props.privateServiceAccess ?? false,
        maxReplicas: props.maxReplicas,
        acceleratorCount: props.acceleratorCount ?? 0,
        thresholds: this.thresholds,
        preset: props.preset,
      },
      id,
    );
    throwIfAny([...problems, ...ruleProblems], `model alerts '${id}'`);
    this.policies = createPolicies(this, definitions, props, props.preset.autoCloseHours);
  }
}

export { autoCloseProblems } from "./checks";
