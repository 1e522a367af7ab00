/**
 * How the two engines name the same Google Cloud resource: the Terraform resource type the cdktf
 * side synthesizes, the Pulumi type token of @pulumi/gcp, the resource's logical key (what
 * identifies it within an environment, whatever the engine calls its address), and the
 * attributes that carry its security posture.
 *
 * Engine-neutral data (no Pulumi or cdktf import): the parity test walks this table, the
 * README documents it, and `toTerraformShape` lets checks written against Terraform attributes
 * (snake_case, singular block names) run on Pulumi inputs. A capability added on both sides adds
 * its rows here.
 */
import * as delivery from "./mappings/delivery";
import * as featurestore from "./mappings/featurestore";
import * as monitoring from "./mappings/monitoring";
import * as pipelines from "./mappings/pipelines";
import * as serving from "./mappings/serving";
import * as skew from "./mappings/skew";

/** Attributes in Terraform's shape: snake_case names, blocks as the provider schema names them. */
export type TerraformAttributes = Record<string, any>;

export interface ResourceMapping {
  /** Terraform resource type (cdktf with @cdktf/provider-google). */
  readonly terraform: string;
  /** Pulumi type token (@pulumi/gcp). */
  readonly pulumi: string;
  /** The capability that creates it. */
  readonly capability: string;
  /** What identifies the resource within one environment, from its attributes in Terraform's shape. */
  readonly key: (a: TerraformAttributes) => string;
  /** The attributes that decide who can reach or delete what; the README lists them. */
  readonly security: readonly string[];
  /**
   * Pulumi property names that are not the camelCase of the Terraform name (Pulumi pluralizes
   * repeated blocks: `lifecycleRules` for `lifecycle_rule`). Applied at any depth.
   * @default - none
   */
  readonly renames?: Readonly<Record<string, string>>;
  /**
   * Pulumi outputs the provider computes and other resources or stack outputs read (besides
   * `id`); test mocks fill them in.
   * @default - none
   */
  readonly computed?: readonly string[];
}

/** A data source (Terraform) and the Pulumi function that reads the same thing. */
export interface DataSourceMapping {
  readonly terraform: string;
  readonly pulumi: string;
  /** Results other resources read (Pulumi names, which here equal the Terraform ones). */
  readonly results: readonly string[];
}

const byName = (a: TerraformAttributes) => String(a.name);
const iam = (target: string) => (a: TerraformAttributes) => `${a[target]} ${a.role} ${a.member}`;

/** Resource types of the foundation capabilities, cdktf → Pulumi. */
const FOUNDATION_MAPPINGS: readonly ResourceMapping[] = [
  { terraform: "google_project_service", pulumi: "gcp:projects/service:Service", capability: "project services", key: (a) => a.service, security: ["service", "disable_on_destroy"] },
  { terraform: "google_compute_network", pulumi: "gcp:compute/network:Network", capability: "network", key: byName, security: ["auto_create_subnetworks", "routing_mode"] },
  { terraform: "google_compute_subnetwork", pulumi: "gcp:compute/subnetwork:Subnetwork", capability: "network", key: byName, security: ["ip_cidr_range", "private_ip_google_access", "log_config"] },
  { terraform: "google_compute_router", pulumi: "gcp:compute/router:Router", capability: "network", key: byName, security: ["network"] },
  {
    terraform: "google_compute_router_nat",
    pulumi: "gcp:compute/routerNat:RouterNat",
    capability: "network",
    key: byName,
    security: ["nat_ip_allocate_option", "source_subnetwork_ip_ranges_to_nat", "subnetwork", "log_config"],
    renames: { subnetworks: "subnetwork", sourceIpRangesToNats: "source_ip_ranges_to_nat" },
  },
  {
    terraform: "google_compute_firewall",
    pulumi: "gcp:compute/firewall:Firewall",
    capability: "network",
    key: byName,
    security: ["direction", "priority", "allow", "deny", "source_ranges", "target_tags", "log_config"],
    renames: { allows: "allow", denies: "deny" },
  },
  { terraform: "google_compute_global_address", pulumi: "gcp:compute/globalAddress:GlobalAddress", capability: "network", key: byName, security: ["purpose", "address_type", "address", "prefix_length"] },
  {
    terraform: "google_service_networking_connection",
    pulumi: "gcp:servicenetworking/connection:Connection",
    capability: "network",
    key: (a) => `${a.network} ${a.service}`,
    security: ["service", "reserved_peering_ranges"],
  },
  { terraform: "google_kms_key_ring", pulumi: "gcp:kms/keyRing:KeyRing", capability: "encryption", key: byName, security: ["location"] },
  { terraform: "google_kms_crypto_key", pulumi: "gcp:kms/cryptoKey:CryptoKey", capability: "encryption", key: byName, security: ["key_ring", "purpose", "rotation_period", "version_template"] },
  { terraform: "google_kms_crypto_key_iam_member", pulumi: "gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember", capability: "encryption", key: iam("crypto_key_id"), security: ["crypto_key_id", "role", "member"] },
  { terraform: "google_service_account", pulumi: "gcp:serviceaccount/account:Account", capability: "identity", key: (a) => a.account_id, security: ["account_id", "project"], computed: ["name"] },
  { terraform: "google_service_account_iam_member", pulumi: "gcp:serviceaccount/iAMMember:IAMMember", capability: "identity", key: iam("service_account_id"), security: ["service_account_id", "role", "member"] },
  { terraform: "google_project_iam_member", pulumi: "gcp:projects/iAMMember:IAMMember", capability: "identity", key: (a) => `${a.role} ${a.member}`, security: ["project", "role", "member"] },
  {
    terraform: "google_project_iam_audit_config",
    pulumi: "gcp:projects/iAMAuditConfig:IAMAuditConfig",
    capability: "audit logs",
    key: (a) => a.service,
    security: ["service", "audit_log_config"],
    renames: { auditLogConfigs: "audit_log_config" },
  },
  {
    terraform: "google_storage_bucket",
    pulumi: "gcp:storage/bucket:Bucket",
    capability: "data lake",
    key: byName,
    security: ["location", "uniform_bucket_level_access", "public_access_prevention", "versioning", "soft_delete_policy", "lifecycle_rule", "encryption", "force_destroy"],
    renames: { lifecycleRules: "lifecycle_rule" },
  },
  { terraform: "google_storage_bucket_iam_member", pulumi: "gcp:storage/bucketIAMMember:BucketIAMMember", capability: "data lake", key: iam("bucket"), security: ["bucket", "role", "member"] },
  {
    terraform: "google_bigquery_dataset",
    pulumi: "gcp:bigquery/dataset:Dataset",
    capability: "warehouse",
    key: (a) => a.dataset_id,
    security: ["location", "default_table_expiration_ms", "max_time_travel_hours", "delete_contents_on_destroy", "default_encryption_configuration", "access"],
    renames: { accesses: "access" },
  },
  { terraform: "google_bigquery_dataset_iam_member", pulumi: "gcp:bigquery/datasetIamMember:DatasetIamMember", capability: "warehouse", key: iam("dataset_id"), security: ["dataset_id", "role", "member"] },
  {
    terraform: "google_artifact_registry_repository",
    pulumi: "gcp:artifactregistry/repository:Repository",
    capability: "registry",
    key: (a) => a.repository_id,
    security: ["format", "mode", "cleanup_policies", "docker_config", "vulnerability_scanning_config", "kms_key_name"],
    computed: ["name"],
  },
  {
    terraform: "google_artifact_registry_repository_iam_member",
    pulumi: "gcp:artifactregistry/repositoryIamMember:RepositoryIamMember",
    capability: "registry",
    key: iam("repository"),
    security: ["repository", "role", "member"],
  },
  {
    terraform: "google_access_context_manager_service_perimeter",
    pulumi: "gcp:accesscontextmanager/servicePerimeter:ServicePerimeter",
    capability: "VPC Service Controls",
    key: byName,
    security: ["parent", "perimeter_type", "use_explicit_dry_run_spec", "spec", "status"],
  },
  {
    terraform: "google_workbench_instance",
    pulumi: "gcp:workbench/instance:Instance",
    capability: "workbench",
    key: byName,
    security: ["instance_owners", "disable_proxy_access", "gce_setup"],
    computed: ["proxyUri"],
  },
  { terraform: "google_workbench_instance_iam_member", pulumi: "gcp:workbench/instanceIamMember:InstanceIamMember", capability: "workbench", key: iam("name"), security: ["name", "role", "member"] },
];

/** Every resource type the capabilities create, cdktf → Pulumi. */
export const RESOURCE_MAPPINGS: readonly ResourceMapping[] = [
  ...FOUNDATION_MAPPINGS,
  ...delivery.MAPPINGS,
  ...featurestore.MAPPINGS,
  ...monitoring.MAPPINGS,
  ...pipelines.MAPPINGS,
  ...serving.MAPPINGS,
  ...skew.MAPPINGS,
];

/** Capabilities mirrored beyond the foundation: construct id below `Environment` → Terraform types. */
export const MIRRORED_CAPABILITY_TYPES: Readonly<Record<string, readonly string[]>> = {
  ...delivery.MIRRORED,
  ...featurestore.MIRRORED,
  ...monitoring.MIRRORED,
  ...pipelines.MIRRORED,
  ...serving.MIRRORED,
  ...skew.MIRRORED,
};

/** Every data source the capabilities read, cdktf → Pulumi function token. */
export const DATA_SOURCE_MAPPINGS: readonly DataSourceMapping[] = [
  { terraform: "google_project", pulumi: "gcp:organizations/getProject:getProject", results: ["number"] },
  { terraform: "google_storage_project_service_account", pulumi: "gcp:storage/getProjectServiceAccount:getProjectServiceAccount", results: ["member"] },
  { terraform: "google_bigquery_default_service_account", pulumi: "gcp:bigquery/getDefaultServiceAccount:getDefaultServiceAccount", results: ["member"] },
  // Notification channel secrets (PagerDuty keys, Slack tokens, webhook passwords) given as Secret Manager references.
  { terraform: "google_secret_manager_secret_version", pulumi: "gcp:secretmanager/getSecretVersion:getSecretVersion", results: ["secretData"] },
];

export function mappingForTerraform(type: string): ResourceMapping | undefined {
  return RESOURCE_MAPPINGS.find((m) => m.terraform === type);
}

export function mappingForPulumi(type: string): ResourceMapping | undefined {
  return RESOURCE_MAPPINGS.find((m) => m.pulumi === type);
}

/** Maps whose keys are user data (label keys, metadata keys), never renamed. */
const OPAQUE_MAPS = new Set(["labels", "metadata"]);

/** `ipCidrRange` → `ip_cidr_range`. */
export function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/**
 * Pulumi inputs of a mapped resource in Terraform's shape: snake_case names, the row's renames,
 * user-data maps (labels, metadata) left as they are, `undefined` dropped.
 */
export function toTerraformShape(mapping: Pick<ResourceMapping, "renames"> | undefined, inputs: Record<string, unknown>): TerraformAttributes {
  const renames = mapping?.renames ?? {};
  const convert = (value: unknown, opaque: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => convert(v, false));
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      const name = opaque ? k : (renames[k] ?? snakeCase(k));
      out[name] = convert(v, !opaque && OPAQUE_MAPS.has(name));
    }
    return out;
  };
  return convert(inputs, false) as TerraformAttributes;
}

/** The stand-in value tests give a provider-computed attribute: `<terraform type>:<key>.<attribute>`. */
export function computedPlaceholder(terraformType: string, key: string, attribute: string): string {
  return `${terraformType}:${key}.${attribute}`;
}

/** The stand-in value tests give a data source's result: `data.<terraform type>.<attribute>`. */
export function dataPlaceholder(terraformType: string, attribute: string): string {
  return `data.${terraformType}.${attribute}`;
}
