/**
 * The attributes of the monitoring resources: notification channels, alert policies, log-based
 * metrics and the budget. Free of cdktn imports: the field names are the provider's in camelCase,
 * as the provider bindings take them. Values only known at deploy time (channel IDs, a project
 * number) are passed in as tokens, through the type parameter `R`.
 */
import type { WebhookConfig } from "../config/monitoring";
import { componentLabels } from "../core/common";
import type { AlertPolicyDefinition, LogMetricDefinition } from "./definitions";

/** Role the Monitoring notification service agent needs on a topic to publish alerts to it. */
export const PUBSUB_PUBLISHER_ROLE = "roles/pubsub.publisher";

/** Domain of Cloud Monitoring's notification service agent: `service-<project number>@<domain>`. */
export const NOTIFICATION_AGENT_DOMAIN = "gcp-sa-monitoring-notification.iam.gserviceaccount.com";

/** The notification service agent as an IAM member. */
export function notificationAgentMember(projectNumber: string): string {
  return `serviceAccount:service-${projectNumber}@${NOTIFICATION_AGENT_DOMAIN}`;
}

/** The `component` label of every monitoring resource. */
export const MONITORING_COMPONENT = "monitoring";

/** Where a channel's Secret Manager value goes: a sensitive label, or appended to the URL label. */
export type ChannelSecret =
  | { readonly ref: string; readonly sensitiveLabel: "serviceKey" | "authToken" | "password" }
  | { readonly ref: string; readonly urlPrefix: string };

/** One notification channel to create; `R` is the engine's type of a value known at deploy time. */
export interface ChannelPlan<R = string> {
  /** Key below the owner: `email-<address>`, `pagerduty`, `slack`, `webhook-<name>`, `automation`. */
  readonly key: string;
  readonly displayName: string;
  readonly type: string;
  /** The channel's configuration labels (without the secret, for a token webhook). */
  readonly labels: Readonly<Record<string, string | R>>;
  /** The credential read from Secret Manager at deploy time. @default - none */
  readonly secret?: ChannelSecret;
}

/**
 * The channels of a notifications block, in the order they are created (emails, PagerDuty,
 * Slack, webhooks, automation): the order of `alertChannelIds`.
 */
export function channelPlan<R = string>(props: {
  readonly emails?: readonly string[];
  readonly pagerduty?: { readonly serviceKeySecret: string };
  readonly slack?: { readonly channelName: string; readonly authTokenSecret: string };
  readonly webhooks?: readonly WebhookConfig[];
  readonly automationTopic?: { readonly topicId: R };
}): ChannelPlan<R>[] {
  const out: ChannelPlan<R>[] = [];
  for (const email of props.emails ?? []) out.push({ key: `email-${email.toLowerCase()}`, displayName: `Email ${email}`, type: "email", labels: { email_address: email } });
  if (props.pagerduty) out.push({ key: "pagerduty", displayName: "PagerDuty", type: "pagerduty", labels: {}, secret: { ref: props.pagerduty.serviceKeySecret, sensitiveLabel: "serviceKey" } });
  if (props.slack) {
    out.push({ key: "slack", displayName: `Slack ${props.slack.channelName}`, type: "slack", labels: { channel_name: props.slack.channelName }, secret: { ref: props.slack.authTokenSecret, sensitiveLabel: "authToken" } });
  }
  for (const w of props.webhooks ?? []) {
    const key = `webhook-${w.name}`;
    const displayName = `Webhook ${w.name}`;
    if (w.basicAuth) {
      out.push({ key, displayName, type: "webhook_basicauth", labels: { url: w.url, username: w.basicAuth.username }, secret: { ref: w.basicAuth.passwordSecret, sensitiveLabel: "password" } });
    } else if (w.authTokenSecret !== undefined) {
      const sep = w.url.includes("?") ? "&" : "?";
      out.push({ key, displayName, type: "webhook_tokenauth", labels: {}, secret: { ref: w.authTokenSecret, urlPrefix: `${w.url}${sep}${w.tokenParameter ?? "auth_token"}=` } });
    } else {
      out.push({ key, displayName, type: "webhook_tokenauth", labels: { url: w.url } });
    }
  }
  if (props.automationTopic) out.push({ key: "automation", displayName: "Automation (Pub/Sub)", type: "pubsub", labels: { topic: props.automationTopic.topicId } });
  return out;
}

/** Keys of the channels for people (every channel but the automation one). */
export const isAlertChannel = (key: string): boolean => key !== "automation";
/** Keys of the email channels, the only kind budgets accept. */
export const isEmailChannel = (key: string): boolean => key.startsWith("email-");

/** Labels of every channel (its user_labels). */
export function channelUserLabels(labels: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return componentLabels(labels, MONITORING_COMPONENT);
}

/** An alert policy's attributes from its definition: channels, severity, runbook, auto-close and labels. */
export function alertPolicyAttributes<R>(
  d: AlertPolicyDefinition,
  target: { readonly projectId: string; readonly notificationChannels: readonly R[]; readonly labels?: Readonly<Record<string, string>> },
  autoCloseHours: number,
) {
  return {
    project: target.projectId,
    displayName: d.displayName,
    combiner: "OR",
    severity: d.severity,
    conditions: d.conditions,
    notificationChannels: [...target.notificationChannels],
    // A policy with a log-match condition needs a notification rate limit (alert.proto: "Required
    // for log-based alerting policies"): at most one notification per 5 minutes.
    alertStrategy: {
      autoClose: `${autoCloseHours * 3600}s`,
      ...(d.conditions.some((c) => c.conditionMatchedLog) ? { notificationRateLimit: { period: "300s" } } : {}),
    },
    documentation: { subject: d.documentation.subject, content: d.documentation.content, mimeType: "text/markdown", links: d.documentation.links },
    userLabels: { ...componentLabels(target.labels, MONITORING_COMPONENT), ...d.userLabels },
  };
}

/** Keys (construct ids, resource names) of the two pipeline run counters. */
export const PIPELINE_METRIC_KEYS = { failed: "FailedRunCount", succeeded: "SucceededRunCount" } as const;

/** A log-based counter metric's attributes from its definition. */
export function logMetricAttributes(projectId: string, d: LogMetricDefinition) {
  return {
    project: projectId,
    name: d.name,
    description: d.description,
    filter: d.filter,
    labelExtractors: d.labelExtractors,
    metricDescriptor: { metricKind: "DELTA", valueType: "INT64", unit: "1", labels: d.labels },
  };
}

/** `<projectId> monthly`: the budget's display name unless one is given. */
export function defaultBudgetName(projectId: string): string {
  return `${projectId} monthly`;
}

/**
 * A budget's attributes: the amount in units and nanos, the project filter, the calendar month,
 * a notice per threshold of actual spend (and of the forecast), the email channels.
 */
export function budgetAttributes<R>(p: {
  readonly billingAccount: R;
  readonly displayName: R;
  readonly amount: number;
  readonly currency?: string;
  readonly thresholds: readonly number[];
  readonly forecastThreshold?: number;
  readonly emailChannelIds: readonly R[];
  /** `projects/<project number>`. */
  readonly projectFilter: R;
}) {
  const units = Math.floor(p.amount);
  const nanos = Math.round((p.amount - units) * 100) * 10_000_000;
  return {
    billingAccount: p.billingAccount,
    displayName: p.displayName,
    amount: { specifiedAmount: { units: String(units), ...(nanos ? { nanos } : {}), ...(p.currency ? { currencyCode: p.currency } : {}) } },
    budgetFilter: { projects: [p.projectFilter], calendarPeriod: "MONTH" },
    thresholdRules: [
      ...p.thresholds.map((t) => ({ thresholdPercent: t, spendBasis: "CURRENT_SPEND" })),
      ...(p.forecastThreshold !== undefined ? [{ thresholdPercent: p.forecastThreshold, spendBasis: "FORECASTED_SPEND" }] : []),
    ],
    allUpdatesRule: p.emailChannelIds.length ? { monitoringNotificationChannels: [...p.emailChannelIds] } : undefined,
  };
}
