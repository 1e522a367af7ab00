/** Resource types of the skew capability, cdktf → Pulumi. */
import type { ResourceMapping } from "../mapping";

export const MAPPINGS: readonly ResourceMapping[] = [
  {
    terraform: "google_bigquery_data_transfer_config",
    pulumi: "gcp:bigquery/dataTransferConfig:DataTransferConfig",
    capability: "skew detection",
    // `<env> feature skew: <model>`, one per model.
    key: (a) => String(a.display_name),
    security: ["service_account_name", "location", "params"],
  },
];

/** Construct id below `Environment` → the Terraform types it creates, for the parity test. */
export const MIRRORED: Readonly<Record<string, readonly string[]>> = {
  SkewMonitoring: [
    "google_service_account",
    "google_project_iam_member",
    "google_service_account_iam_member",
    "google_bigquery_dataset_iam_member",
    "google_bigquery_data_transfer_config",
    "google_logging_metric",
    "google_monitoring_alert_policy",
    "google_monitoring_notification_channel",
    "google_pubsub_topic_iam_member",
  ],
};
