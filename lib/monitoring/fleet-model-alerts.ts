import type { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import { Construct } from "../cdktn";
import type { ModelThresholds, MonitoringPreset } from "../config/monitoring";
import { Problem, throwIfAny } from "../core/errors";
import { autoCloseProblems } from "./checks";
import { FleetAlertGroup, fleetAlertDefinitions, fleetAlertGroups, FleetModel } from "./fleet-rules";
import { AlertTargetProps, alertTargetProblems, createPolicies } from "./policy";

export interface FleetModelAlertsProps extends AlertTargetProps {
  /**
   * The prefix of every watched endpoint's ID (`<environment name>-`, as the serving fleet names
   * endpoints). The default policies select endpoints by it.
   */
  readonly endpointPrefix: string;
  /** The watched models: endpoint, maxReplicas, GPUs per replica and the thresholds in force. */
  readonly models: readonly FleetModel[];
  /**
   * Endpoints that share the prefix but must not be watched (public custom endpoints, Model Garden
   * endpoints): every default policy excludes them by name.
   * @default - none
   */
  readonly excludedEndpointIds?: readonly string[];
  /** Tier preset: severities, durations, auto-close. */
  readonly preset: MonitoringPreset;
  /**
   * The thresholds of a model without its own: models whose thresholds for a signal equal these
   * are in that signal's default policy.
   * @default - the preset's thresholds
   */
  readonly defaults?: Partial<ModelThresholds>;
  /**
   * The endpoints are reached through private services access (VPC peering): they report the
   * prediction/online/private/* metrics.
   * @default false
   */
  readonly privateServiceAccess?: boolean;
}

/**
 * The model alerts of a whole fleet of endpoints: one policy per signal (p99 latency, server error
 * share, replicas pinned at maxReplicas, GPU duty cycle saturated, no traffic) for every model with
 * the default thresholds, selected by the endpoints' prefix, and one policy per distinct set of
 * thresholds for the models that have their own (for replicas at maximum, per maxReplicas). Each
 * endpoint still opens its own incident (conditions group by endpoint_id) and the runbook names it.
 * Policies are keyed by signal (`Latency`) and group (`Latency-p99-800ms`); adding a model with the
 * default thresholds changes no default policy. `ModelAlerts` remains for a single model.
 */
export class FleetModelAlerts extends Construct {
  /** The policies by key. */
  readonly policies: Readonly<Record<string, MonitoringAlertPolicy>>;
  /** The groups of every signal, with their thresholds and endpoints. */
  readonly groups: readonly FleetAlertGroup[];

  constructor(scope: Construct, id: string, props: FleetModelAlertsProps) {
    super(scope, id);
    const problems: Problem[] = [...alertTargetProblems(props, id), ...autoCloseProblems(props.preset, id)];
    const input = {
      environment: props.environment,
      projectId: props.projectId,
      endpointPrefix: props.endpointPrefix,
      defaults: { ...props.preset.thresholds, ...(props.defaults ?? {}) },
      models: props.models,
      excludedEndpointIds: props.excludedEndpointIds ?? [],
      privateServiceAccess: props.privateServiceAccess ?? false,
      preset: props.preset,
    };
    const { definitions, problems: ruleProblems } = fleetAlertDefinitions(input, id);
    throwIfAny([...problems, ...ruleProblems], `fleet model alerts '${id}'`);
    this.groups = fleetAlertGroups(input);
    this.policies = createPolicies(this, definitions, props, props.preset.autoCloseHours);
  }
}
