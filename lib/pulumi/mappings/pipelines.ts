/** Resource types of the pipelines capability, cdktf → Pulumi. */
import type { ResourceMapping, TerraformAttributes } from "../mapping";

const byName = (a: TerraformAttributes) => String(a.name);

export const MAPPINGS: readonly ResourceMapping[] = [
  {
    terraform: "google_vertex_ai_tensorboard",
    pulumi: "gcp:vertex/aiTensorboard:AiTensorboard",
    capability: "pipelines",
    key: (a) => String(a.display_name),
    security: ["encryption_spec"],
    computed: ["name"],
  },
  {
    terraform: "google_cloud_scheduler_job",
    pulumi: "gcp:cloudscheduler/job:Job",
    capability: "pipelines",
    key: byName,
    security: ["http_target"],
    // HTTP header names are data, not schema fields: keep their spelling.
    renames: { "Content-Type": "Content-Type" },
  },
  {
    terraform: "google_workflows_workflow",
    pulumi: "gcp:workflows/workflow:Workflow",
    capability: "pipelines",
    key: byName,
    security: ["service_account", "source_contents", "crypto_key_name", "deletion_protection"],
  },
  {
    terraform: "google_eventarc_trigger",
    pulumi: "gcp:eventarc/trigger:Trigger",
    capability: "pipelines",
    key: byName,
    security: ["matching_criteria", "destination", "transport", "service_account"],
    renames: { matchingCriterias: "matching_criteria" },
  },
  {
    terraform: "google_pubsub_topic",
    pulumi: "gcp:pubsub/topic:Topic",
    capability: "pipelines",
    key: byName,
    security: ["kms_key_name", "message_storage_policy"],
  },
  {
    terraform: "google_pubsub_topic_iam_member",
    pulumi: "gcp:pubsub/topicIAMMember:TopicIAMMember",
    capability: "pipelines",
    key: (a) => `${a.topic} ${a.role} ${a.member}`,
    security: ["topic", "role", "member"],
  },
];

/** Construct id below `Environment` → the Terraform types it creates, for the parity test. */
export const MIRRORED: Readonly<Record<string, readonly string[]>> = {
  Pipelines: [
    "google_vertex_ai_tensorboard",
    "google_cloud_scheduler_job",
    "google_workflows_workflow",
    "google_eventarc_trigger",
    "google_pubsub_topic",
    "google_pubsub_topic_iam_member",
    "google_project_iam_member",
  ],
};
