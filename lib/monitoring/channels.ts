import { DataGoogleProject } from "../../provider/google/data-google-project";
import { DataGoogleSecretManagerSecretVersion } from "../../provider/google/data-google-secret-manager-secret-version";
import { MonitoringNotificationChannel } from "../../provider/google/monitoring-notification-channel";
import { PubsubTopicIamMember } from "../../provider/google/pubsub-topic-iam-member";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import { parseSecretReference, WebhookConfig } from "../config/monitoring";
import { throwIfAny } from "../core/errors";
import { channelPlan, channelUserLabels, isAlertChannel, isEmailChannel, notificationAgentMember, PUBSUB_PUBLISHER_ROLE } from "./attributes";
import { notificationChannelProblems } from "./checks";
import { keyedRecord } from "../core/common";

export { PUBSUB_PUBLISHER_ROLE } from "./attributes";

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
    throwIfAny(notificationChannelProblems(id, props, (v) => Token.isUnresolved(v)), `notification channels '${id}'`);

    const userLabels = channelUserLabels(props.labels);
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
    const channels: Record<string, MonitoringNotificationChannel> = keyedRecord();
    for (const c of channelPlan(props)) {
      let labels: Record<string, string> = { ...c.labels };
      let sensitiveLabels: Record<string, string> | undefined;
      if (c.secret && "sensitiveLabel" in c.secret) sensitiveLabels = { [c.secret.sensitiveLabel]: secretData(c.key, c.secret.ref) };
      else if (c.secret) labels = { ...labels, url: `${c.secret.urlPrefix}${secretData(c.key, c.secret.ref)}` };
      channels[c.key] = new MonitoringNotificationChannel(this, c.key, {
        project: props.projectId,
        displayName: c.displayName,
        type: c.type,
        labels,
        sensitiveLabels,
        userLabels,
        dependsOn: props.dependsOn,
      });
    }
    if (props.automationTopic) {
      const pubsub = channels.automation;
      const number = props.projectNumber ?? new DataGoogleProject(this, "Project", { projectId: props.projectId }).number;
      // The service agent exists once the project has a Pub/Sub channel, so the grant waits for it.
      this.automationGrant = new PubsubTopicIamMember(this, "automation-publisher", {
        project: props.projectId,
        topic: props.automationTopic.topicName,
        role: PUBSUB_PUBLISHER_ROLE,
        member: notificationAgentMember(number),
        dependsOn: [pubsub],
      });
      this.automationChannelId = pubsub.id;
    }
    this.channels = channels;
    const ids = (keep: (k: string) => boolean) => Object.entries(channels).filter(([k]) => keep(k)).map(([, c]) => c.id);
    this.alertChannelIds = ids(isAlertChannel);
    this.emailChannelIds = ids(isEmailChannel);
  }
}
