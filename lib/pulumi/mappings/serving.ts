/** Resource types of the serving capability, cdktf → Pulumi. */
import type { ResourceMapping } from "../mapping";

export const MAPPINGS: readonly ResourceMapping[] = [
  {
    terraform: "google_vertex_ai_deployment_resource_pool",
    pulumi: "gcp:vertex/aiDeploymentResourcePool:AiDeploymentResourcePool",
    capability: "serving",
    key: (a) => String(a.name),
    // Holds no data and no access settings: GPU capacity only.
    security: [],
  },
  {
    terraform: "google_vertex_ai_endpoint",
    pulumi: "gcp:vertex/aiEndpoint:AiEndpoint",
    capability: "serving",
    key: (a) => String(a.name),
    security: ["location", "network", "private_service_connect_config", "dedicated_endpoint_enabled", "encryption_spec", "predict_request_response_logging_config"],
    // Pulumi pluralizes the allowlist (`privateServiceConnectConfig.projectAllowlists`).
    renames: { projectAllowlists: "project_allowlist" },
  },
  {
    terraform: "google_vertex_ai_endpoint_with_model_garden_deployment",
    pulumi: "gcp:vertex/aiEndpointWithModelGardenDeployment:AiEndpointWithModelGardenDeployment",
    capability: "serving",
    // The resource has no name of its own; the endpoint's display name is `<prefix>-<model>`.
    key: (a) => String(a.endpoint_config?.endpoint_display_name),
    // endpoint_config.dedicated_endpoint_enabled: the endpoint is public (the resource has no private option).
    security: ["location", "endpoint_config"],
  },
  {
    terraform: "google_storage_bucket_object",
    pulumi: "gcp:storage/bucketObject:BucketObject",
    capability: "serving",
    // The serving capacity document; its content is what the deployment step deploys with.
    key: (a) => String(a.name),
    security: ["bucket", "content"],
  },
];

/** Construct id below `Environment` → the Terraform types it creates, for the parity test. */
export const MIRRORED: Readonly<Record<string, readonly string[]>> = {
  Serving: ["google_vertex_ai_deployment_resource_pool", "google_vertex_ai_endpoint", "google_vertex_ai_endpoint_with_model_garden_deployment", "google_storage_bucket_object"],
};
