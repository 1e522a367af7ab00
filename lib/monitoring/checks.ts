/**
 * Checks of the props given to the monitoring constructs directly from TypeScript (the YAML is
 * checked by the config schema first). Free of cdktn imports.
 *
 * Values that are only known at deploy time (tokens) are skipped: the constructs pass their
 * `unresolved` test.
 */
import { billingAccountProblem, budgetAmountProblem, budgetThresholdProblems, secretReferenceProblem, SLACK_CHANNEL_ALLOWED, WebhookConfig, webhookUrlProblem } from "../config/monitoring";
import type { MonitoringPreset } from "../config/monitoring";
import { labelProblems } from "../core/common";
import type { Problem } from "../core/errors";

/** True for a value that is not known until deploy time (a token). */
export type Unresolved = (value: unknown) => boolean;

const CHANNEL_ID = /^projects\/[^/]+\/notificationChannels\/[^/]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TOPIC_ID = /^projects\/[^/]+\/topics\/[A-Za-z][A-Za-z0-9\-_.~+%]{2,254}$/;
const SLACK_CHANNEL = /^#[a-z0-9_-]{1,80}$/;
const WEBHOOK_NAME = /^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/;
const CURRENCY = /^[A-Z]{3}$/;

/** Budgets accept at most 5 monitoring channels, and only email channels. */
export const MAX_BUDGET_CHANNELS = 5;

/** Longest budget display name. */
export const MAX_BUDGET_NAME_LENGTH = 60;

/** Problems of what every alert construct takes: at least one channel, channel IDs, label values. */
export function alertTargetProblems(props: { readonly labels?: Readonly<Record<string, string>>; readonly notificationChannels: readonly unknown[] }, where: string, unresolved: Unresolved): Problem[] {
  const out: Problem[] = [...labelProblems(props.labels, where)];
  if (props.notificationChannels.length === 0) {
    out.push({
      path: `${where}.notificationChannels`,
      message: "needs at least one notification channel; give the environment notifications.emails (or pagerduty, slack, webhooks)",
      value: [],
    });
  }
  props.notificationChannels.forEach((c, i) => {
    if (!unresolved(c) && !(typeof c === "string" && CHANNEL_ID.test(c))) {
      out.push({ path: `${where}.notificationChannels[${i}]`, message: "not a channel ID; allowed: projects/<project>/notificationChannels/<id> (a channel's id attribute)", value: c });
    }
  });
  return out;
}

/** Hours of auto_close: 1 hour to 7 days (the range the console offers; the API's own bounds were not verified). */
export function autoCloseProblems(preset: MonitoringPreset, where: string): Problem[] {
  const h = preset.autoCloseHours;
  return Number.isInteger(h) && h >= 1 && h <= 168 ? [] : [{ path: `${where}.preset.autoCloseHours`, message: "must be a whole number of hours from 1 to 168 (7 days)", value: h }];
}

/** What NotificationChannels takes, as far as its checks are concerned. */
export interface NotificationChannelsInput {
  readonly emails?: readonly string[];
  readonly pagerduty?: { readonly serviceKeySecret: string };
  readonly slack?: { readonly channelName: string; readonly authTokenSecret: string };
  readonly webhooks?: readonly WebhookConfig[];
  readonly automationTopic?: { readonly topicId: unknown };
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * Problems of the channels: addresses, Slack channel, webhook names and URLs, Secret Manager
 * references (never echoed: a bad one may be a credential) and the automation topic.
 */
export function notificationChannelProblems(id: string, props: NotificationChannelsInput, unresolved: Unresolved): Problem[] {
  const problems: Problem[] = [...labelProblems(props.labels, id)];
  const secret = (path: string, ref: string) => {
    if (unresolved(ref)) return;
    const p = secretReferenceProblem(ref);
    // Never echo what might be a credential.
    if (p) problems.push({ path, message: p });
  };
  const emails = props.emails ?? [];
  emails.forEach((e, i) => {
    if (!unresolved(e) && !EMAIL.test(e)) problems.push({ path: `${id}.emails[${i}]`, message: "not a valid email address; allowed: name@domain.tld", value: e });
    else if (emails.findIndex((x) => x.toLowerCase() === e.toLowerCase()) !== i) problems.push({ path: `${id}.emails[${i}]`, message: "duplicate address; list each once", value: e });
  });
  if (props.pagerduty) secret(`${id}.pagerduty.serviceKeySecret`, props.pagerduty.serviceKeySecret);
  if (props.slack) {
    if (!unresolved(props.slack.channelName) && !SLACK_CHANNEL.test(props.slack.channelName)) {
      problems.push({ path: `${id}.slack.channelName`, message: `not a Slack channel name; allowed: ${SLACK_CHANNEL_ALLOWED}`, value: props.slack.channelName });
    }
    secret(`${id}.slack.authTokenSecret`, props.slack.authTokenSecret);
  }
  const webhooks = props.webhooks ?? [];
  webhooks.forEach((w, i) => {
    const at = `${id}.webhooks[${i}]`;
    if (!WEBHOOK_NAME.test(w.name)) problems.push({ path: `${at}.name`, message: "not a valid webhook name; allowed: 1-40 lowercase letters, digits or hyphens, starting with a letter", value: w.name });
    else if (webhooks.findIndex((x) => x.name === w.name) !== i) problems.push({ path: `${at}.name`, message: "duplicate name; each webhook needs its own", value: w.name });
    if (!unresolved(w.url)) {
      const p = webhookUrlProblem(w.url);
      if (p) problems.push({ path: `${at}.url`, message: p });
    }
    if (w.authTokenSecret !== undefined) secret(`${at}.authTokenSecret`, w.authTokenSecret);
    if (w.basicAuth) secret(`${at}.basicAuth.passwordSecret`, w.basicAuth.passwordSecret);
    if (w.authTokenSecret !== undefined && w.basicAuth) problems.push({ path: `${at}.basicAuth`, message: "cannot be combined with authTokenSecret; a webhook uses one authentication" });
  });
  const topicId = props.automationTopic?.topicId;
  if (props.automationTopic && !unresolved(topicId) && !(typeof topicId === "string" && TOPIC_ID.test(topicId))) {
    problems.push({ path: `${id}.automationTopic.topicId`, message: "not a topic ID; allowed: projects/<project>/topics/<name>", value: topicId });
  }
  return problems;
}

/** What Budget takes, as far as its checks are concerned. */
export interface BudgetInput {
  readonly billingAccount: unknown;
  readonly amount: number;
  readonly currency?: string;
  readonly thresholds: readonly number[];
  readonly forecastThreshold?: number;
  readonly emailChannelIds: readonly unknown[];
  readonly displayName: unknown;
}

/** Problems of a budget: billing account, amount, currency, thresholds, channels, display name. */
export function budgetProblems(id: string, props: BudgetInput, unresolved: Unresolved): Problem[] {
  const { thresholds } = props;
  const problems: Problem[] = [];
  if (!unresolved(props.billingAccount)) {
    const p = billingAccountProblem(props.billingAccount);
    if (p) problems.push({ path: `${id}.billingAccount`, message: p, value: props.billingAccount });
  }
  const amount = budgetAmountProblem(props.amount);
  if (amount) problems.push({ path: `${id}.amount`, message: amount, value: props.amount });
  if (props.currency !== undefined && !CURRENCY.test(props.currency)) {
    problems.push({ path: `${id}.currency`, message: "not an ISO 4217 currency code; allowed: 3 uppercase letters such as USD or EUR", value: props.currency });
  }
  for (const p of budgetThresholdProblems(thresholds)) {
    problems.push({ path: p.index === undefined ? `${id}.thresholds` : `${id}.thresholds[${p.index}]`, message: p.message, value: p.index === undefined ? thresholds : thresholds[p.index] });
  }
  const f = props.forecastThreshold;
  if (f !== undefined && (!Number.isFinite(f) || f <= 0 || f > 2)) problems.push({ path: `${id}.forecastThreshold`, message: "must be a fraction of the amount greater than 0 and at most 2", value: f });
  if (props.emailChannelIds.length > MAX_BUDGET_CHANNELS) {
    problems.push({ path: `${id}.emailChannelIds`, message: `at most ${MAX_BUDGET_CHANNELS} channels per budget (a Cloud Billing limit); choose the addresses that must hear about spend`, value: props.emailChannelIds.length });
  }
  const name = props.displayName;
  if (!unresolved(name) && typeof name === "string" && name.length > MAX_BUDGET_NAME_LENGTH) {
    problems.push({ path: `${id}.displayName`, message: `must be at most ${MAX_BUDGET_NAME_LENGTH} characters`, value: name });
  }
  return problems;
}

/** Problems of a dashboard: label values, and each model listed once. */
export function dashboardProblems(id: string, props: { readonly labels?: Readonly<Record<string, string>>; readonly models: readonly { readonly name: string }[] }): Problem[] {
  const problems: Problem[] = [...labelProblems(props.labels, id)];
  props.models.forEach((m, i) => {
    if (props.models.findIndex((x) => x.name === m.name) !== i) problems.push({ path: `${id}.models[${i}].name`, message: "duplicate model; list each once", value: m.name });
  });
  return problems;
}
