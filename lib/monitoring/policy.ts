/**
 * Shared by the alert constructs: turns engine-neutral policy definitions into
 * google_monitoring_alert_policy resources with the same channels, labels and auto-close.
 */
import { MonitoringAlertPolicy } from "../../provider/google/monitoring-alert-policy";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import { keyedRecord, keyId } from "../core/common";
import type { Problem } from "../core/errors";
import { alertPolicyAttributes } from "./attributes";
import { alertTargetProblems as targetProblems } from "./checks";
import type { AlertPolicyDefinition } from "./definitions";

/** What every alert construct takes besides its own subject. */
export interface AlertTargetProps {
  /** Project of the policies (and of the metrics they watch). */
  readonly projectId: string;
  /**
   * Notification channel IDs (`projects/<p>/notificationChannels/<id>`), e.g. `NotificationChannels.alertChannelIds`.
   * At least one: an alert nobody receives does not exist.
   */
  readonly notificationChannels: readonly string[];
  /** Environment name, shown in every policy's name and subject. */
  readonly environment: string;
  /**
   * Labels for the policies' user_labels; the construct adds `component` and the alert's own labels.
   * @default - no extra labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

/** Problems of the shared props: at least one channel, channel IDs, label values. */
export function alertTargetProblems(props: AlertTargetProps, where: string): Problem[] {
  return targetProblems(props, where, (v) => Token.isUnresolved(v));
}

/** Creates one policy per definition under `scope`, keyed by the definition's key. */
export function createPolicies(
  scope: Construct,
  definitions: readonly AlertPolicyDefinition[],
  props: AlertTargetProps,
  autoCloseHours: number,
): Record<string, MonitoringAlertPolicy> {
  const out = keyedRecord<MonitoringAlertPolicy>();
  for (const d of definitions) {
    out[d.key] = new MonitoringAlertPolicy(scope, keyId(d.key), { ...alertPolicyAttributes(d, props, autoCloseHours), dependsOn: props.dependsOn });
  }
  return out;
}
