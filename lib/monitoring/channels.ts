import { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
import { DataGoogleSecretManagerSecretVersion } from "@cdktf/provider-google/lib/data-google-secret-manager-secret-version";
import { MonitoringNotificationChannel } from "@cdktf/provider-google/lib/monitoring-notification-channel";
import { PubsubTopicIamMember } from "@cdktf/provider-google/lib/pubsub-topic-iam-member";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import {
  parseSecretReference,
  secretReferenceProblem,
  SLACK_CHANNEL_ALLOWED,
  WebhookConfig,
  webhookUrlProblem,
} from "../config/monitoring";
import { componentLabels, labelProblems } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";

/** Role the Monitoring notification service agent needs on a topic to publish alerts to it. */
export const PUBSUB_PUBLISHER_ROLE = "roles/pubsub.publisher";

export interface NotificationChannelsProps {
  /** Project that owns the channels. */
  readonly projectId: string;
  /**
   * Email addresses; one channel each, keyed by address.
   * @default - none
   */
  readonly emails?: readonly string[];
  /**
   * PagerDuty service; the integration key is read from Secret Manager at deploy time.
   * @default - no PagerDuty channel
   */
  readonly pagerduty?: { readonly serviceKeySecret: string };
  /**
   * Slack channel; the Slack app's OAuth token is read from Secret Manager at deploy time.
   * @default - no Slack channel
   */
  readonly slack?: { readonly channelName: string; readonly authTokenSecret: string };
  /**
   * Webhooks, keyed by name: token authentication (the token from Secret Manager is added as a
   * query parameter, type webhook_tokenauth) or basic authentication (type webhook_basicauth).
   * @default - none
   */
  readonly webhooks?: readonly WebhookConfig[];
  /**
   * Pub/Sub topic for automation (e.g. the retraining trigger). The channel publishes alerts to
   * it, and the Monitoring notification service agent gets roles/pubsub.publisher on the topic.
   * @default - no Pub/Sub channel
   */
  readonly automationTopic?: { readonly topicId: string; readonly topicName: string };
  /**
   * Project number, for the notification service agent's address.
   * @default - read with data.google_project
   */
  readonly projectNumber?: string;
  /** @default - no extra labels */
  readonly labels?: Readonly<Record<string, string>>;
  /** Typically the Monitoring and Secret Manager APIs. @default - none */
  readonly dependsOn?: ITerraformDependable[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const TOPIC_ID = /^projects\/[^/]+\/topics\/[A-Za-z][A-Za-z0-9\-_.~+%]{2,254}$/;

/**
 * The environment's notification channels: email, PagerDuty, Slack and webhooks for people, a
 * Pub/Sub channel for automation. Credentials never appear in the configuration: each is a
 * Secret Manager version reference, read at deploy time through
 * data.google_secret_manager_secret_version and passed in the channel's sensitive labels (or, for
 * a webhook token, in its URL, which Terraform then treats as sensitive). The secret values end
 * up in the Terraform state, like every sensitive attribute: protect the state bucket.
 * Channels are keyed by address or name, never by list position.
 */
export class NotificationChannels extends Construct {
  /** Every channel by key: `email-<address>`, `pagerduty`, `slack`, `webhook-<name>`, `automation`. */
  readonly channels: Readonly<Record<string, MonitoringNotificationChannel>>;
  /** Channels for people (email, PagerDuty, Slack, webhooks): pass them to the alert constructs. */
  readonly alertChannelIds: readonly string[];
  /** Email channels only: the only kind billing budgets accept (at most 5 per budget). */
  readonly emailChannelIds: readonly string[];
  /** The Pub/Sub channel for automation, when a topic was given. */
  readonly automationChannelId?: string;
  /** The publisher grant on the automation topic (escape hatch). */
  readonly automationGrant?: PubsubTopicIamMember;

  constructor(scope: Construct, id: string, props: NotificationChannelsProps) {
    super(scope, id);
    const problems: Problem[] = [...labelProblems(props.labels, id)];
    const secret = (path: string, ref: string) => {
      if (Token.isUnresolved(ref)) return;
      const p = secretReferenceProblem(ref);
      // Never echo what might be a credential.
      if (p) problems.push({ path, message: p });
    };
    const emails = props.emails ?? [];
    emails.forEach((e, i) => {
      if (!Token.isUnresolved(e) && !EMAIL.test(e)) problems.push({ path: `${id}.emails[${i}]`, message: "not a valid email address; allowed: name@domain.tld", value: e });
      else if (emails.findIndex((x) => x.toLowerCase() === e.toLowerCase()) !== i) problems.push({ path: `${id}.emails[${i}]`, message: "duplicate address; list each once", value: e });
    });
    if (props.pagerduty) secret(`${id}.pagerduty.serviceKeySecret`, props.pagerduty.serviceKeySecret);
    if (props.slack) {
      if (!Token.isUnresolved(props.slack.channelName) && !/^#[a-z0-9_-]{1,80}$/.test(props.slack.channelName)) {
        problems.push({ path: `${id}.slack.channelName`, message: `not a Slack channel name; allowed: ${SLACK_CHANNEL_ALLOWED}`, value: props.slack.channelName });
      }
      secret(`${id}.slack.authTokenSecret`, props.slack.authTokenSecret);
    }
    const webhooks = props.webhooks ?? [];
    webhooks.forEach((w, i) => {
      const at = `${id}.webhooks[${i}]`;
      if (!/^[a-z]([a-z0-9-]{0,38}[a-z0-9])?$/.test(w.name)) problems.push({ path: `${at}.name`, message: "not a valid webhook name; allowed: 1-40 lowercase letters, digits or hyphens, starting with a letter", value: w.name });
      else if (webhooks.findIndex((x) => x.name === w.name) !== i) problems.push({ path: `${at}.name`, message: "duplicate name; each webhook needs its own", value: w.name });
      if (!Token.isUnresolved(w.url)) {
        const p = webhookUrlProblem(w.url);
        if (p) problems.push({ path: `${at}.url`, message: p });
      }
      if (w.authTokenSecret !== undefined) secret(`${at}.authTokenSecret`, w.authTokenSecret);
      if (w.basicAuth) secret(`${at}.basicAuth.passwordSecret`, w.basicAuth.passwordSecret);
      if (w.authTokenSecret !== undefined && w.basicAuth) problems.push({ path: `${at}.basicAuth`, message: "cannot be combined with authTokenSecret; a webhook uses one authentication" });
    });
    if (props.automationTopic && !Token.isUnresolved(props.automationTopic.topicId) && !TOPIC_ID.test(props.automationTopic.topicId)) {
      problems.push({ path: `${id}.automationTopic.topicId`, message: "not a topic ID; allowed: projects/<project>/topics/<name>", value: props.automationTopic.topicId });
    }
    throwIfAny(problems, `notification channels '${id}'`);

    const userLabels = componentLabels(props.labels, "monitoring");
    const channels: Record<string, MonitoringNotificationChannel> = {};
    const channel = (key: string, displayName: string, type: string, labels: Record<string, string>, sensitiveLabels?: Record<string, string>) =>
      (channels[key] = new MonitoringNotificationChannel(this, key, {
        project: props.projectId,
        displayName,
        type,
        labels,
        sensitiveLabels,
        userLabels,
        dependsOn: props.dependsOn,
      }));
    /** The secret's data, read at deploy time; the reference was validated above. */
    const secretData = (key: string, ref: string): string => {
      const r = parseSecretReference(ref);
      const source = new DataGoogleSecretManagerSecretVersion(this, `${key}-secret`, {
        project: r ? r.project : undefined,
        secret: r ? r.secret : ref,
        version: r ? r.version : undefined,
        dependsOn: props.dependsOn,
      });
      return source.secretData;
    };

    for (const email of emails) channel(`email-${email.toLowerCase()}`, `Email ${email}`, "email", { email_address: email });
    if (props.pagerduty) channel("pagerduty", "PagerDuty", "pagerduty", {}, { serviceKey: secretData("pagerduty", props.pagerduty.serviceKeySecret) });
    if (props.slack) channel("slack", `Slack ${props.slack.channelName}`, "slack", { channel_name: props.slack.channelName }, { authToken: secretData("slack", props.slack.authTokenSecret) });
    for (const w of webhooks) {
      const key = `webhook-${w.name}`;
      if (w.basicAuth) {
        channel(key, `Webhook ${w.name}`, "webhook_basicauth", { url: w.url, username: w.basicAuth.username }, { password: secretData(key, w.basicAuth.passwordSecret) });
      } else if (w.authTokenSecret !== undefined) {
        const sep = w.url.includes("?") ? "&" : "?";
        channel(key, `Webhook ${w.name}`, "webhook_tokenauth", { url: `${w.url}${sep}${w.tokenParameter ?? "auth_token"}=${secretData(key, w.authTokenSecret)}` });
      } else {
        channel(key, `Webhook ${w.name}`, "webhook_tokenauth", { url: w.url });
      }
    }
    if (props.automationTopic) {
      const pubsub = channel("automation", "Automation (Pub/Sub)", "pubsub", { topic: props.automationTopic.topicId });
      const number = props.projectNumber ?? new DataGoogleProject(this, "Project", { projectId: props.projectId }).number;
      // The service agent exists once the project has a Pub/Sub channel, so the grant waits for it.
      this.automationGrant = new PubsubTopicIamMember(this, "automation-publisher", {
        project: props.projectId,
        topic: props.automationTopic.topicName,
        role: PUBSUB_PUBLISHER_ROLE,
        member: `serviceAccount:service-${number}@gcp-sa-monitoring-notification.iam.gserviceaccount.com`,
        dependsOn: [pubsub],
      });
      this.automationChannelId = pubsub.id;
    }
    this.channels = channels;
    const ids = (prefix: (k: string) => boolean) => Object.entries(channels).filter(([k]) => prefix(k)).map(([, c]) => c.id);
    this.alertChannelIds = ids((k) => k !== "automation");
    this.emailChannelIds = ids((k) => k.startsWith("email-"));
  }
}
