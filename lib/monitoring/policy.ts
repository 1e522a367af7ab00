/**
 * Shared by the alert constructs: turns engine-neutral policy definitions into
 * google_monitoring_alert_policy resources with the same channels, labels and auto-close.
 */
import { MonitoringAlertPolicy } from "@cdktf/provider-google/lib/monitoring-alert-policy";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import { componentLabels, labelProblems } from "../core/common";
import type { Problem } from "../core/errors";
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

const CHANNEL_ID = /^projects\/[^/]+\/notificationChannels\/[^/]+$/;

/** Problems of the shared props: at least one channel, channel IDs, label values. */
export function alertTargetProblems(props: AlertTargetProps, where: string): Problem[] {
  const out: Problem[] = [...labelProblems(props.labels, where)];
  if (props.notificationChannels.length === 0) {
    out.push({
      path: `${where}.notificationChannels`,
      message: "needs at least one notification channel; give the environment notifications.emails (or pagerduty, slack, webhooks)",
      value: [],
    });
  }
  props.notificationChannels.forEach((c, i) => {
    if (!Token.isUnresolved(c) && !CHANNEL_ID.test(c)) {
      out.push({ path: `${where}.notificationChannels[${i}]`, message: "not a channel ID; allowed: projects/<project>/notificationChannels/<id> (a channel's id attribute)", value: c });
    }
  });
  return out;
}

/** Creates one policy per definition under `scope`, keyed by the definition's key. */
export function createPolicies(
  scope: Construct,
  definitions: readonly AlertPolicyDefinition[],
  props: AlertTargetProps,
  autoCloseHours: number,
): Record<string, MonitoringAlertPolicy> {
  const shared = componentLabels(props.labels, "monitoring");
  const out: Record<string, MonitoringAlertPolicy> = {};
  for (const d of definitions) {
    out[d.key] = new MonitoringAlertPolicy(scope, d.key, {
      project: props.projectId,
      displayName: d.displayName,
      combiner: "OR",
      severity: d.severity,
      conditions: d.conditions,
      notificationChannels: [...props.notificationChannels],
      alertStrategy: { autoClose: `${autoCloseHours * 3600}s` },
      documentation: { subject: d.documentation.subject, content: d.documentation.content, mimeType: "text/markdown", links: d.documentation.links },
      userLabels: { ...shared, ...d.userLabels },
      dependsOn: props.dependsOn,
    });
  }
  return out;
}
