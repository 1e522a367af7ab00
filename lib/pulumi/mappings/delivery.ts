/** Resource types of the delivery capability, cdktf → Pulumi. */
import type { ResourceMapping } from "../mapping";

export const MAPPINGS: readonly ResourceMapping[] = [
  {
    terraform: "google_iam_workload_identity_pool",
    pulumi: "gcp:iam/workloadIdentityPool:WorkloadIdentityPool",
    capability: "delivery",
    key: (a) => String(a.workload_identity_pool_id),
    security: ["workload_identity_pool_id", "disabled"],
    computed: ["name"],
  },
  {
    terraform: "google_iam_workload_identity_pool_provider",
    pulumi: "gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider",
    capability: "delivery",
    key: (a) => `${a.workload_identity_pool_id} ${a.workload_identity_pool_provider_id}`,
    security: ["workload_identity_pool_id", "attribute_condition", "attribute_mapping", "oidc", "disabled"],
    computed: ["name"],
  },
];

/** Construct id below `Environment` → the Terraform types it creates, for the parity test. */
export const MIRRORED: Readonly<Record<string, readonly string[]>> = {
  Delivery: [
    "google_iam_workload_identity_pool",
    "google_iam_workload_identity_pool_provider",
    "google_service_account",
    "google_service_account_iam_member",
    "google_project_iam_member",
  ],
};
