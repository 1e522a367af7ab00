import type { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import { Construct } from "../cdktn";
import { DEFAULT_WORKING_HOURS, MonitoringPreset, WorkingHours } from "../config/monitoring";
import { throwIfAny } from "../core/errors";
import { autoCloseProblems } from "./checks";
import { AlertTargetProps, alertTargetProblems, createPolicies } from "./policy";
import { workbenchAlertDefinition } from "./workbench-rules";

export interface WorkbenchAlertsProps extends AlertTargetProps {
  /** Tier preset: severity, how long an instance may run after hours, auto-close. */
  readonly preset: MonitoringPreset;
  /** Names of the Workbench instances to watch (their VMs have the same names). */
  readonly instanceNames: readonly string[];
  /**
   * When people work.
   * @default - MON-FRI 08:00-19:00 Etc/UTC
   */
  readonly workingHours?: WorkingHours;
}

/**
 * Alerts when a Workbench instance runs outside working hours: a PromQL condition on the
 * instances' uptime, kept only while the clock is outside the working windows (converted to UTC
 * for both of the time zone's offsets). Create it where the tier asks for it
 * (preset.workbenchAfterHours); see lib/monitoring/README.md for the approach and its limits.
 */
export class WorkbenchAlerts extends Construct {
  readonly policy: MonitoringAlertPolicy;

  constructor(scope: Construct, id: string, props: WorkbenchAlertsProps) {
    super(scope, id);
    const { definition, problems } = workbenchAlertDefinition(
      {
        environment: props.environment,
        projectId: props.projectId,
        instanceNames: props.instanceNames,
        workingHours: props.workingHours ?? DEFAULT_WORKING_HOURS,
        preset: props.preset,
      },
      id,
    );
    throwIfAny([...alertTargetProblems(props, id), ...autoCloseProblems(props.preset, id), ...problems], `workbench alerts '${id}'`);
    this.policy = createPolicies(this, [definition!], props, props.preset.autoCloseHours)[definition!.key];
  }
}
