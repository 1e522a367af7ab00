/**
 * What the adapter needs to know about @pulumi/gcp: the type token of each Terraform resource type
 * and the function of each data source, and how Pulumi names and shapes the provider's
 * attributes. Names and shapes come from the pinned provider's schema (provider/schema.json), by
 * the rules of the Terraform bridge that @pulumi/gcp is generated with:
 *
 * - names are camelCase: `ip_cidr_range` → `ipCidrRange`;
 * - a list or set (an attribute, or a block that may repeat) takes the plural:
 *   `lifecycle_rule` → `lifecycleRules`, `access` → `accesses`, `project_allowlist` →
 *   `projectAllowlists`, `matching_criteria` → `matchingCriterias`; a name that already ends in
 *   a plural `s` keeps it (`source_ranges` → `sourceRanges`);
 * - a block with `max_items = 1` is one object (Terraform JSON allows one object or a list of
 *   one), a repeated block is an array;
 * - map attributes (labels, metadata, attribute mappings) keep their keys;
 * - `terraform_labels` (the labels merged with the provider's defaults) is `pulumiLabels`.
 *
 * `test/pulumi-parity.test.ts` checks these rules against the declarations of @pulumi/gcp 9.35.0
 * for every attribute of every type below. Engine-free: no Pulumi or cdktn import.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Terraform resource type → @pulumi/gcp type token. Every type of the pinned schema is here. */
export const RESOURCE_TYPES: Readonly<Record<string, string>> = {
  google_access_context_manager_service_perimeter: "gcp:accesscontextmanager/servicePerimeter:ServicePerimeter",
  google_artifact_registry_repository: "gcp:artifactregistry/repository:Repository",
  google_artifact_registry_repository_iam_member: "gcp:artifactregistry/repositoryIamMember:RepositoryIamMember",
  google_bigquery_data_transfer_config: "gcp:bigquery/dataTransferConfig:DataTransferConfig",
  google_bigquery_dataset: "gcp:bigquery/dataset:Dataset",
  google_bigquery_dataset_iam_member: "gcp:bigquery/datasetIamMember:DatasetIamMember",
  google_bigquery_table: "gcp:bigquery/table:Table",
  google_billing_budget: "gcp:billing/budget:Budget",
  google_cloud_scheduler_job: "gcp:cloudscheduler/job:Job",
  google_compute_firewall: "gcp:compute/firewall:Firewall",
  google_compute_global_address: "gcp:compute/globalAddress:GlobalAddress",
  google_compute_network: "gcp:compute/network:Network",
  google_compute_router: "gcp:compute/router:Router",
  google_compute_router_nat: "gcp:compute/routerNat:RouterNat",
  google_compute_subnetwork: "gcp:compute/subnetwork:Subnetwork",
  google_eventarc_trigger: "gcp:eventarc/trigger:Trigger",
  google_iam_workload_identity_pool: "gcp:iam/workloadIdentityPool:WorkloadIdentityPool",
  google_iam_workload_identity_pool_provider: "gcp:iam/workloadIdentityPoolProvider:WorkloadIdentityPoolProvider",
  google_kms_crypto_key: "gcp:kms/cryptoKey:CryptoKey",
  google_kms_crypto_key_iam_member: "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember",
  google_kms_key_ring: "gcp:kms/keyRing:KeyRing",
  google_logging_metric: "gcp:logging/metric:Metric",
  google_monitoring_alert_policy: "gcp:monitoring/alertPolicy:AlertPolicy",
  google_monitoring_dashboard: "gcp:monitoring/dashboard:Dashboard",
  google_monitoring_notification_channel: "gcp:monitoring/notificationChannel:NotificationChannel",
  google_project_iam_audit_config: "gcp:projects/iAMAuditConfig:IAMAuditConfig",
  google_project_iam_member: "gcp:projects/iAMMember:IAMMember",
  google_project_service: "gcp:projects/service:Service",
  google_pubsub_topic: "gcp:pubsub/topic:Topic",
  google_pubsub_topic_iam_member: "gcp:pubsub/topicIAMMember:TopicIAMMember",
  google_service_account: "gcp:serviceaccount/account:Account",
  google_service_account_iam_member: "gcp:serviceaccount/iAMMember:IAMMember",
  google_service_networking_connection: "gcp:servicenetworking/connection:Connection",
  google_storage_bucket: "gcp:storage/bucket:Bucket",
  google_storage_bucket_object: "gcp:storage/bucketObject:BucketObject",
  google_storage_bucket_iam_member: "gcp:storage/bucketIAMMember:BucketIAMMember",
  google_vertex_ai_deployment_resource_pool: "gcp:vertex/aiDeploymentResourcePool:AiDeploymentResourcePool",
  google_vertex_ai_endpoint: "gcp:vertex/aiEndpoint:AiEndpoint",
  google_vertex_ai_endpoint_with_model_garden_deployment: "gcp:vertex/aiEndpointWithModelGardenDeployment:AiEndpointWithModelGardenDeployment",
  google_vertex_ai_feature_group: "gcp:vertex/aiFeatureGroup:AiFeatureGroup",
  google_vertex_ai_feature_group_feature: "gcp:vertex/aiFeatureGroupFeature:AiFeatureGroupFeature",
  google_vertex_ai_feature_online_store: "gcp:vertex/aiFeatureOnlineStore:AiFeatureOnlineStore",
  google_vertex_ai_feature_online_store_featureview: "gcp:vertex/aiFeatureOnlineStoreFeatureview:AiFeatureOnlineStoreFeatureview",
  google_vertex_ai_tensorboard: "gcp:vertex/aiTensorboard:AiTensorboard",
  google_workbench_instance: "gcp:workbench/instance:Instance",
  google_workbench_instance_iam_member: "gcp:workbench/instanceIamMember:InstanceIamMember",
  google_workflows_workflow: "gcp:workflows/workflow:Workflow",
};

/**
 * Types of other providers → their Pulumi package and type token: hashicorp/time's time_sleep is
 * @pulumiverse/time's Sleep (an optional peer dependency, needed only by environments with a
 * scheduled pipeline's overdue alert, which waits for its log-based metric).
 */
export const OTHER_RESOURCE_TYPES: Readonly<Record<string, { readonly module: string; readonly token: string }>> = {
  time_sleep: { module: "@pulumiverse/time", token: "time:index/sleep:Sleep" },
};

/** Terraform data source → the @pulumi/gcp function that reads the same thing. */
export const DATA_SOURCES: Readonly<Record<string, string>> = {
  google_bigquery_default_service_account: "gcp:bigquery/getDefaultServiceAccount:getDefaultServiceAccount",
  google_project: "gcp:organizations/getProject:getProject",
  google_secret_manager_secret_version: "gcp:secretmanager/getSecretVersion:getSecretVersion",
  google_storage_project_service_account: "gcp:storage/getProjectServiceAccount:getProjectServiceAccount",
};

/**
 * Types Pulumi leaves in the project, rather than deleting, should they leave the program
 * (`retainOnDelete`): keys and key rings, whose loss makes everything encrypted with them unreadable.
 */
export const RETAINED_TYPES: ReadonlySet<string> = new Set(["google_kms_key_ring", "google_kms_crypto_key"]);

/** `gcp:storage/bucket:Bucket` → the submodule and its export: `["storage", "Bucket"]`. */
export function moduleMember(token: string): [module: string, member: string] {
  const m = /^gcp:([a-z0-9]+)\/[A-Za-z0-9]+:([A-Za-z0-9]+)$/.exec(token);
  if (!m) throw new Error(`not a @pulumi/gcp token: ${token}`);
  return [m[1], m[2]];
}

// ---------------------------------------------------------------------------------------------
// The provider schema and Pulumi's names.
// ---------------------------------------------------------------------------------------------

export interface SchemaAttribute {
  readonly type: unknown;
  readonly optional?: boolean;
  readonly required?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
}
export interface SchemaBlockType {
  readonly nesting_mode: "single" | "group" | "list" | "set" | "map";
  readonly max_items?: number;
  readonly block: SchemaBlock;
}
export interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, SchemaBlockType>>;
}

interface ProviderSchema {
  readonly provider: { readonly block: SchemaBlock };
  readonly resource_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
  readonly data_source_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
}

let loaded: ProviderSchema | undefined;
/** The google provider's schema, with the resource types of the other pinned providers (time) beside its own. */
function schema(): ProviderSchema {
  if (!loaded) {
    const all = Object.values<ProviderSchema>(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "provider", "schema.json"), "utf8")).provider_schemas);
    loaded = { ...all[0], resource_schemas: Object.assign({}, ...all.map((p) => p.resource_schemas)) };
  }
  return loaded;
}

/** The schema of a resource type, a data source (`data.<type>`) or the provider (`provider`). */
export function blockOf(type: string): SchemaBlock {
  const s = schema();
  const found = type === "provider" ? s.provider : type.startsWith("data.") ? s.data_source_schemas[type.slice(5)] : s.resource_schemas[type];
  if (!found) throw new Error(`${type} is not in the pinned provider schema (provider/schema.json)`);
  return found.block;
}

/** A block that Pulumi takes as one object: `single`, or a list or set of at most one. */
export function isSingle(b: SchemaBlockType): boolean {
  return b.nesting_mode === "single" || b.nesting_mode === "group" || b.max_items === 1;
}

function isListAttribute(a: SchemaAttribute): boolean {
  return Array.isArray(a.type) && (a.type[0] === "list" || a.type[0] === "set");
}

/** The last word in the plural, as the bridge's inflector forms it for the names used here. */
function plural(name: string): string {
  if (/[^s]s$/.test(name)) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

/** `ip_cidr_range` → `ipCidrRange`. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Names the bridge does not derive by the rules. */
const RENAMED: Readonly<Record<string, string>> = { terraform_labels: "pulumiLabels" };

/** Pulumi's name of an attribute or block of `block`; an error for a name the schema does not have. */
export function pulumiName(block: SchemaBlock, name: string): string {
  if (RENAMED[name]) return RENAMED[name];
  const a = block.attributes?.[name];
  const b = block.block_types?.[name];
  if (!a && !b) throw new Error(`'${name}' is not an attribute of the provider schema`);
  const many = a ? isListAttribute(a) : !isSingle(b!);
  return camelCase(many ? plural(name) : name);
}

/** Pulumi name → Terraform name, for the attributes and blocks of one schema block. */
export function terraformNames(block: SchemaBlock): Map<string, string> {
  const names = [...Object.keys(block.attributes ?? {}), ...Object.keys(block.block_types ?? {})];
  return new Map(names.map((n) => [pulumiName(block, n), n]));
}

/**
 * Pulumi inputs in Terraform's shape (snake_case, singular block names, one object for a block of
 * at most one), `undefined` dropped: how tests and the policy hook read what was registered.
 */
export function toTerraformShape(block: SchemaBlock, inputs: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const names = terraformNames(block);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (value === undefined) continue;
    const name = names.get(key);
    if (!name) throw new Error(`'${key}' is not a Pulumi name of the provider schema`);
    const nested = block.block_types?.[name];
    if (!nested) out[name] = value;
    else if (Array.isArray(value)) out[name] = value.map((v) => toTerraformShape(nested.block, v as Record<string, unknown>));
    else out[name] = toTerraformShape(nested.block, value as Record<string, unknown>);
  }
  return out;
}
