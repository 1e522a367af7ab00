/** Resource types of the monitoring capability, cdktf → Pulumi. */
import type { ResourceMapping, TerraformAttributes } from "../mapping";

/** The dashboard's display name ("MLOps <environment>"), read from its JSON body. */
function dashboardName(a: TerraformAttributes): string {
  try {
    return String(JSON.parse(String(a.dashboard_json)).displayName);
  } catch {
    return String(a.project);
  }
}

export const MAPPINGS: readonly ResourceMapping[] = [
  {
    terraform: "google_monitoring_notification_channel",
    pulumi: "gcp:monitoring/notificationChannel:NotificationChannel",
    capability: "monitoring",
    // Display names are unique per owner; the automation channels of several pipelines share
    // one, and differ by topic.
    key: (a) => `${a.type} ${a.display_name}${a.labels?.topic !== undefined ? ` ${a.labels.topic}` : ""}`,
    security: ["type", "labels", "sensitive_labels"],
    computed: ["name"],
  },
  {
    terraform: "google_monitoring_alert_policy",
    pulumi: "gcp:monitoring/alertPolicy:AlertPolicy",
    capability: "monitoring",
    key: (a) => String(a.display_name),
    security: ["notification_channels", "conditions", "severity"],
  },
  {
    terraform: "google_logging_metric",
    pulumi: "gcp:logging/metric:Metric",
    capability: "monitoring",
    key: (a) => String(a.name),
    security: ["filter"],
  },
  {
    terraform: "google_monitoring_dashboard",
    pulumi: "gcp:monitoring/dashboard:Dashboard",
    capability: "monitoring",
    key: dashboardName,
    security: [],
  },
  {
    terraform: "google_billing_budget",
    pulumi: "gcp:billing/budget:Budget",
    capability: "monitoring",
    key: (a) => String(a.display_name),
    security: ["billing_account", "budget_filter", "all_updates_rule"],
  },
];

/**
 * Construct id below `Environment` → the Terraform types it creates, for the parity test.
 * `Alerts-<model>` and `Retrain-<pipeline>` are one construct per model or pipeline: their
 * entries are patterns (`*` stands for the model or pipeline name).
 */
export const MIRRORED: Readonly<Record<string, readonly string[]>> = {
  Notifications: ["google_monitoring_notification_channel"],
  "Alerts-*": ["google_monitoring_alert_policy"],
  PipelineAlerts: ["google_logging_metric", "google_monitoring_alert_policy"],
  FeatureStoreAlerts: ["google_monitoring_alert_policy"],
  WorkbenchAlerts: ["google_monitoring_alert_policy"],
  Dashboard: ["google_monitoring_dashboard"],
  Budget: ["google_billing_budget"],
  "Retrain-*": ["google_monitoring_notification_channel", "google_pubsub_topic_iam_member"],
};
