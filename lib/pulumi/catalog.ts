/**
 * The fixed facts the capabilities are built from: which APIs, buckets, datasets, workloads, key
 * domains and audited services an environment has. Engine-neutral (no Pulumi, no cdktf).
 *
 * The cdktf constructs hold the same tables next to their construct code, which loads cdktf and
 * the provider bindings, so the Pulumi side cannot import them from there without slowing its
 * start-up. test/pulumi-parity.test.ts compares the tables the cdktf modules export with these,
 * and the resources both engines create (service agents, suffixes, metadata) for the rest, so the
 * two cannot drift apart silently.
 */

/** APIs the data layer needs, enabled before the resources that use them (cdktf: DATA_LAYER_APIS). */
export const DATA_LAYER_APIS = {
  storage: "storage.googleapis.com",
  bigquery: "bigquery.googleapis.com",
  artifactRegistry: "artifactregistry.googleapis.com",
  containerScanning: "containerscanning.googleapis.com",
  iam: "iam.googleapis.com",
  resourceManager: "cloudresourcemanager.googleapis.com",
  vertexAi: "aiplatform.googleapis.com",
} as const;

/** APIs of the network, encryption and perimeter, enabled only when those are created (cdktf: FOUNDATION_APIS). */
export const FOUNDATION_APIS = {
  compute: "compute.googleapis.com",
  serviceNetworking: "servicenetworking.googleapis.com",
  kms: "cloudkms.googleapis.com",
  notebooks: "notebooks.googleapis.com",
  accessContextManager: "accesscontextmanager.googleapis.com",
} as const;

/** The buckets of an environment, by purpose. Keys are part of resource names: renaming one replaces the bucket. */
export const DATA_LAKE_BUCKETS = {
  data: "Training and evaluation data",
  artifacts: "Model artifacts (saved models, metrics, evaluation reports)",
  "pipeline-root": "Vertex AI Pipelines root (intermediate artifacts of pipeline runs)",
  checkpoints: "Training checkpoints",
} as const;
export type DataLakeBucket = keyof typeof DATA_LAKE_BUCKETS;

/** The datasets of an environment. Keys are part of resource names: renaming one replaces the dataset. */
export const WAREHOUSE_DATASETS = {
  raw: "Raw data as ingested",
  features: "Feature tables and views (sources of the feature store)",
  monitoring: "Prediction request/response logs and model monitoring results",
} as const;
export type WarehouseDataset = keyof typeof WAREHOUSE_DATASETS;

/** The workloads that get their own service account. Keys are resource-name parts and grant keys. */
export const WORKLOADS = {
  workbench: "Runs the team's Vertex AI Workbench instances",
  pipelines: "Runs Vertex AI pipeline jobs and their training steps",
  serving: "Runs deployed models on Vertex AI endpoints",
} as const;
export type Workload = keyof typeof WORKLOADS;

/** Roles that grant far more than any workload needs; the library never grants them. */
export const PRIMITIVE_ROLES: readonly string[] = ["roles/owner", "roles/editor", "roles/viewer"];

/** What a customer-managed key protects. Each domain gets its own key, used only by its own service agents. */
export type KeyDomain = "storage" | "bigquery" | "vertex-ai" | "artifact-registry" | "workbench-disks" | "orchestration";
export const KEY_DOMAINS: readonly KeyDomain[] = ["storage", "bigquery", "vertex-ai", "artifact-registry", "workbench-disks", "orchestration"];

/** Role the service agents get on their domain's key. */
export const KEY_USER_ROLE = "roles/cloudkms.cryptoKeyEncrypterDecrypter";

/** Longest automatic rotation allowed: 90 days (CKV_GCP_43, trivy GCP-0065, CIS 1.10). The provider's minimum is 1 day. */
export const MAX_ROTATION_DAYS = 90;

/**
 * The service agents that encrypt and decrypt each domain's data: `lookup` agents are read from
 * a data source (which also creates the agent), `numbered` ones follow Google's documented
 * `service-<project number>@<domain>` pattern and exist once their API is enabled.
 */
export type ServiceAgentRef = { readonly key: string; readonly lookup: "storage" | "bigquery" } | { readonly key: string; readonly numbered: string };
export const KEY_AGENTS: Readonly<Record<KeyDomain, readonly ServiceAgentRef[]>> = {
  storage: [{ key: "storage", lookup: "storage" }],
  bigquery: [{ key: "bigquery", lookup: "bigquery" }],
  "vertex-ai": [{ key: "aiplatform", numbered: "gcp-sa-aiplatform.iam.gserviceaccount.com" }],
  "artifact-registry": [{ key: "artifactregistry", numbered: "gcp-sa-artifactregistry.iam.gserviceaccount.com" }],
  // Workbench boot and data disks are Compute Engine disks created through the Notebooks service.
  "workbench-disks": [
    { key: "compute", numbered: "compute-system.iam.gserviceaccount.com" },
    { key: "notebooks", numbered: "gcp-sa-notebooks.iam.gserviceaccount.com" },
  ],
  // Pipeline triggers: Pub/Sub topics (alerts) and Workflows workflows (their source and executions).
  orchestration: [
    { key: "pubsub", numbered: "gcp-sa-pubsub.iam.gserviceaccount.com" },
    { key: "workflows", numbered: "gcp-sa-workflows.iam.gserviceaccount.com" },
  ],
};

/** APIs whose service agents hold a key: the grants wait for them (the agents exist once their API is on). */
export const KEY_AGENT_APIS: readonly string[] = [
  "cloudkms.googleapis.com",
  "storage.googleapis.com",
  "bigquery.googleapis.com",
  "aiplatform.googleapis.com",
  "artifactregistry.googleapis.com",
  "compute.googleapis.com",
  "notebooks.googleapis.com",
  "pubsub.googleapis.com",
  "workflows.googleapis.com",
];

/** Services whose data access is logged: where models, features and training data live. */
export const AUDITED_SERVICES: readonly string[] = ["aiplatform.googleapis.com", "bigquery.googleapis.com", "storage.googleapis.com"];

/** Google's source range for IAP TCP forwarding (SSH through Identity-Aware Proxy). */
export const IAP_TCP_FORWARDING_RANGE = "35.235.240.0/20";

/** Suffixes appended to a network's name prefix; the longest decides how long the prefix may be. */
export const NETWORK_SUFFIX = {
  network: "-vpc",
  subnetwork: "-subnet",
  router: "-router",
  nat: "-nat",
  denyAllIngress: "-deny-all-ingress",
  allowIapSsh: "-allow-iap-ssh",
  privateServiceRange: "-psa-range",
} as const;
export const MAX_NETWORK_NAME_LENGTH = 63 - Math.max(...Object.values(NETWORK_SUFFIX).map((s) => s.length));

/** Metadata keys that harden a Workbench instance (documented in the README's Workbench section). */
export function workbenchHardeningMetadata(idleTimeoutMinutes: number, disableDownloads: boolean): Record<string, string> {
  return {
    "idle-timeout-seconds": String(idleTimeoutMinutes * 60),
    "notebook-disable-root": "true",
    "notebook-disable-downloads": String(disableDownloads),
    "notebook-disable-nbconvert": String(disableDownloads),
    "serial-port-enable": "false",
    "block-project-ssh-keys": "true",
  };
}
