/**
 * Resources whose destruction loses data or identity, and the attributes that make Terraform
 * replace them (destroy, then create) instead of updating them in place.
 *
 * ForceNew attributes are read from the google provider's resource schemas (terraform-provider-google
 * `google/services/<service>/resource_<type>.go`, `ForceNew: true`) and its documentation, for
 * provider 6.x. Only the attributes the library sets or users commonly set are listed; a path also
 * covers everything below it (`encryption_spec` covers `encryption_spec.kms_key_name`).
 *
 * Feature group features and feature views are listed with the attributes that name them (their
 * name, their group or store, region, project); their other attributes (a view's sources and sync,
 * a feature's column) are not listed, so a change to them shows as in place. Switching a feature
 * online store between `bigtable` and `optimized` is an in-place change in the provider.
 *
 * Not verified, so not listed: BigQuery table schema changes that drop or retype columns (the
 * provider's schema CustomizeDiff replaces the table), `google_storage_bucket.hierarchical_namespace`,
 * `google_vertex_ai_feature_group.big_query`, `google_vertex_ai_endpoint.private_service_connect_config`
 * and `dedicated_endpoint_enabled`. `google_workbench_instance.gce_setup.container_image` is listed
 * like its sibling `vm_image` (ForceNew in the schema read) and as the Workbench section of the README
 * documents; the schema version read predates the field. For other resource types the review cannot
 * predict replacements: read `cdktf diff`.
 */
import { own } from "../core/lookup";


export interface StatefulType {
  /** What the resource is, for messages. */
  readonly label: string;
  /** What is lost when it is destroyed. */
  readonly loss: string;
  /**
   * Attributes that name the real resource. A removed and an added resource of one type with the
   * same values are the same real resource at a new address.
   */
  readonly identity: readonly string[];
  /** Attribute paths whose change replaces the resource; `"*"` when any change does. */
  readonly forceNew: readonly string[] | "*";
}

export const STATEFUL_TYPES: Readonly<Record<string, StatefulType>> = {
  google_storage_bucket: {
    label: "Cloud Storage bucket",
    loss: "every object in it (with force_destroy), or the apply fails on a non-empty bucket",
    identity: ["name"],
    forceNew: ["name", "location", "project"],
  },
  google_bigquery_dataset: {
    label: "BigQuery dataset",
    loss: "every table in it (with delete_contents_on_destroy), or the apply fails on a non-empty dataset",
    identity: ["dataset_id"],
    forceNew: ["dataset_id", "location", "project"],
  },
  google_bigquery_table: {
    label: "BigQuery table",
    loss: "its rows",
    identity: ["dataset_id", "table_id"],
    forceNew: ["dataset_id", "table_id", "project"],
  },
  google_kms_key_ring: {
    label: "Cloud KMS key ring",
    loss: "nothing can be deleted (key rings are permanent), but the name can never be used again",
    identity: ["name"],
    forceNew: ["name", "location", "project"],
  },
  google_kms_crypto_key: {
    label: "Cloud KMS key",
    loss: "every key version is scheduled for destruction: data encrypted with it becomes unreadable",
    identity: ["name"],
    forceNew: ["name", "key_ring", "purpose", "import_only", "skip_initial_version_creation", "version_template.protection_level", "crypto_key_backend"],
  },
  google_artifact_registry_repository: {
    label: "Artifact Registry repository",
    loss: "every image and package in it",
    identity: ["repository_id"],
    forceNew: ["repository_id", "location", "format", "kms_key_name", "mode", "project"],
  },
  google_workbench_instance: {
    label: "Workbench instance",
    loss: "its boot and data disks: notebooks and files not pushed elsewhere",
    identity: ["name"],
    forceNew: [
      "name",
      "location",
      "project",
      "instance_id",
      "instance_owners",
      "disable_proxy_access",
      "gce_setup.boot_disk.disk_encryption",
      "gce_setup.boot_disk.kms_key",
      "gce_setup.boot_disk.disk_type",
      "gce_setup.data_disks.disk_encryption",
      "gce_setup.data_disks.kms_key",
      "gce_setup.data_disks.disk_type",
      "gce_setup.vm_image",
      "gce_setup.container_image",
      "gce_setup.network_interfaces",
      "gce_setup.service_accounts",
      "gce_setup.disable_public_ip",
      "gce_setup.enable_ip_forwarding",
      "gce_setup.tags",
    ],
  },
  google_vertex_ai_feature_online_store: {
    label: "Vertex AI feature online store",
    loss: "the served feature values (resynced from the offline store after recreation)",
    identity: ["name"],
    forceNew: ["name", "region", "project"],
  },
  google_vertex_ai_feature_group: {
    label: "Vertex AI feature group",
    loss: "its feature registrations",
    identity: ["name"],
    forceNew: ["name", "region", "project"],
  },
  google_vertex_ai_feature_group_feature: {
    label: "Vertex AI feature",
    loss: "its registration: the views that serve it stop serving it until it is recreated and they sync again",
    identity: ["feature_group", "name"],
    forceNew: ["name", "feature_group", "region", "project"],
  },
  google_vertex_ai_feature_online_store_featureview: {
    label: "Vertex AI feature view",
    loss: "its synced online data and its name, through which clients fetch features (served again only after a new sync)",
    identity: ["feature_online_store", "name"],
    forceNew: ["name", "feature_online_store", "region", "project"],
  },
  google_vertex_ai_tensorboard: {
    label: "Vertex AI TensorBoard",
    loss: "every experiment and run logged to it",
    identity: ["display_name"],
    forceNew: ["region", "project", "encryption_spec"],
  },
  google_vertex_ai_deployment_resource_pool: {
    label: "Vertex AI deployment resource pool",
    loss: "the models deployed on it stop serving until redeployed",
    identity: ["name"],
    // The resource has no update: every argument forces a new pool.
    forceNew: "*",
  },
  google_iam_workload_identity_pool: {
    label: "Workload Identity pool",
    loss: "keyless access for the workflows that use it; its ID cannot be reused for 30 days",
    identity: ["workload_identity_pool_id"],
    forceNew: ["workload_identity_pool_id", "project"],
  },
  google_vertex_ai_endpoint: {
    label: "Vertex AI endpoint",
    loss: "its deployed models and its ID (clients calling it break until redeployed)",
    identity: ["name"],
    forceNew: ["name", "location", "region", "project", "network", "encryption_spec"],
  },
};

/** Meta-arguments: Terraform never replaces a resource because one of them changed. */
export const META_ARGUMENTS: readonly string[] = ["depends_on", "lifecycle", "provider", "timeouts", "count", "for_each", "provisioner", "connection"];

/** `gce_setup.network_interfaces[0].subnet` → `gce_setup.network_interfaces.subnet`. */
export function schemaPath(path: string): string {
  return path.replace(/\[\d+\]/g, "");
}

/** True when changing `path` of a resource of `type` replaces it (false for types not listed). */
export function isForceNew(type: string, path: string): boolean {
  const spec = own(STATEFUL_TYPES, type);
  if (!spec) return false;
  const p = schemaPath(path);
  if (META_ARGUMENTS.includes(p.split(".")[0])) return false;
  if (spec.forceNew === "*") return true;
  return spec.forceNew.some((f) => p === f || p.startsWith(`${f}.`) || f.startsWith(`${p}.`));
}
