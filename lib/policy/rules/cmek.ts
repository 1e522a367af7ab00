import { COMPLIANT, nonCompliant, PolicyContext, PolicyResource, ResourceRule } from "../types";
import { at, blocks, isPresent, isUnresolved, resolveReference, show } from "../values";

/** What is missing for one resource to be encrypted with a customer-managed key; empty when nothing is. */
type KeyCheck = (r: PolicyResource, context: PolicyContext) => { readonly missing: string[]; readonly unresolved?: boolean };

/** The resource names a key at `path` (a reference counts: only presence matters). */
const keyAt =
  (path: string): KeyCheck =>
  (r) =>
    isPresent(at(r.values, path)) ? { missing: [] } : { missing: [`${path} is not set`] };

/** The resource names a key at one of `paths`. */
const keyAtAny =
  (...paths: string[]): KeyCheck =>
  (r) =>
    paths.some((p) => isPresent(at(r.values, p))) ? { missing: [] } : { missing: [`${paths.join(" or ")} is not set`] };

/** A Workbench or Notebooks disk block: `disk_encryption = "CMEK"` and a `kms_key`. */
function cmekDisk(disk: Record<string, unknown> | undefined, where: string): { missing: string[]; unresolved?: boolean } {
  const mode = disk?.disk_encryption;
  if (isUnresolved(mode)) return { missing: [`${where}.disk_encryption is ${show(mode)}, which cannot be judged at synth time`], unresolved: true };
  if (mode !== "CMEK") return { missing: [`${where}.disk_encryption is ${mode === undefined ? "not set (default GMEK)" : show(mode)}`] };
  return isPresent(disk?.kms_key) ? { missing: [] } : { missing: [`${where}.kms_key is not set`] };
}

function merge(parts: { missing: string[]; unresolved?: boolean }[]): { missing: string[]; unresolved?: boolean } {
  return { missing: parts.flatMap((p) => p.missing), unresolved: parts.some((p) => p.unresolved) };
}

/**
 * CMEK-capable resource types of the pinned google provider (7.45.0) and where each names its key.
 * Not listed because the provider cannot set a key on them: google_vertex_ai_feature_group (its
 * data stays in the BigQuery source), google_vertex_ai_deployment_resource_pool (no
 * encryption_spec in the provider). The
 * organization policy constraint constraints/gcp.restrictNonCmekServices enforces CMEK per service
 * at creation; whether it covers these resources was not verified.
 */
export const CMEK_CHECKS: Readonly<Record<string, KeyCheck>> = {
  google_storage_bucket: keyAt("encryption.default_kms_key_name"),
  google_bigquery_dataset: keyAt("default_encryption_configuration.kms_key_name"),
  google_bigquery_table(r, context) {
    if (isPresent(at(r.values, "encryption_configuration.kms_key_name"))) return { missing: [] };
    // A table without its own key inherits its dataset's default key.
    const dataset = resolveReference(r.values.dataset_id, context);
    if (dataset?.type === "google_bigquery_dataset" && isPresent(at(dataset.values, "default_encryption_configuration.kms_key_name"))) return { missing: [] };
    return {
      missing: [
        dataset
          ? `encryption_configuration.kms_key_name is not set and its dataset ${dataset.address} has no default key`
          : `encryption_configuration.kms_key_name is not set and its dataset (${show(r.values.dataset_id)}) is not a dataset of this stack with a default key`,
      ],
    };
  },
  google_artifact_registry_repository: keyAt("kms_key_name"),
  google_vertex_ai_endpoint: keyAt("encryption_spec.kms_key_name"),
  google_vertex_ai_dataset: keyAt("encryption_spec.kms_key_name"),
  google_vertex_ai_featurestore: keyAt("encryption_spec.kms_key_name"),
  google_vertex_ai_tensorboard: keyAt("encryption_spec.kms_key_name"),
  google_vertex_ai_feature_online_store: keyAt("encryption_spec.kms_key_name"),
  google_colab_runtime_template: keyAt("encryption_spec.kms_key_name"),
  google_workbench_instance(r) {
    const setup = r.values.gce_setup;
    return merge([
      cmekDisk(blocks(at(setup, "boot_disk"))[0], "gce_setup.boot_disk"),
      ...blocks(at(setup, "data_disks")).map((d, i, all) => cmekDisk(d, all.length > 1 ? `gce_setup.data_disks[${i}]` : "gce_setup.data_disks")),
    ]);
  },
  google_notebooks_instance: (r) => cmekDisk(r.values, "instance"),
  google_compute_disk: keyAt("disk_encryption_key.kms_key_self_link"),
  google_compute_region_disk: keyAt("disk_encryption_key.kms_key_name"),
  google_compute_instance(r, context) {
    const source = at(r.values, "boot_disk.source");
    if (isPresent(source)) {
      // An attached existing disk carries its own key; a disk of this stack is judged on its own.
      return resolveReference(source, context)?.type === "google_compute_disk"
        ? { missing: [] }
        : { missing: [`boot_disk.source is ${show(source)}, a disk whose key cannot be judged at synth time`], unresolved: true };
    }
    return keyAt("boot_disk.kms_key_self_link")(r, context);
  },
  google_pubsub_topic: keyAt("kms_key_name"),
  google_dataflow_job: keyAt("kms_key_name"),
  google_dataproc_cluster: keyAt("cluster_config.encryption_config.kms_key_name"),
  google_cloud_run_v2_service: keyAt("template.encryption_key"),
  google_cloud_run_v2_job: keyAt("template.template.encryption_key"),
  google_filestore_instance: keyAt("kms_key_name"),
  google_redis_instance: keyAt("customer_managed_key"),
  google_sql_database_instance: keyAt("encryption_key_name"),
  google_spanner_database: keyAtAny("encryption_config.kms_key_name", "encryption_config.kms_key_names"),
  google_alloydb_cluster: keyAt("encryption_config.kms_key_name"),
  google_memorystore_instance: keyAt("kms_key"),
  google_redis_cluster: keyAt("kms_key"),
  google_dataproc_metastore_service: keyAt("encryption_config.kms_key"),
  google_workflows_workflow: keyAt("crypto_key_name"),
  google_cloudfunctions_function: keyAt("kms_key_name"),
  google_cloudfunctions2_function: keyAt("kms_key_name"),
  google_eventarc_channel: keyAt("crypto_key_name"),
  google_eventarc_message_bus: keyAt("crypto_key_name"),
  google_bigtable_instance(r) {
    const clusters = blocks(r.values.cluster);
    const bare = clusters.map((c, i) => (isPresent(c.kms_key_name) ? undefined : `cluster[${i}].kms_key_name is not set`)).filter((x): x is string => !!x);
    return { missing: clusters.length === 0 ? ["no cluster block names a key"] : bare };
  },
};

/** MLOPS-CMEK-001: every CMEK-capable resource is encrypted with a customer-managed key. */
export const CmekEverywhere: ResourceRule = {
  id: "MLOPS-CMEK-001",
  level: "error",
  scope: "resource",
  tiers: ["preprod", "prod"],
  resourceTypes: Object.keys(CMEK_CHECKS),
  cause: "Every resource that can use a customer-managed encryption key (CMEK) names one (preprod and prod).",
  explanation:
    "With CMEK the project's own Cloud KMS key protects the data: access to the key is audited, and " +
    "disabling it makes the data unreadable at once. preprod and prod environments require it (the " +
    "tier preset turns it on); dev may use Google-managed keys. A reference to a key counts: the key " +
    "itself is checked by MLOPS-KMS-001.",
  benchmarks: [
    { source: "CIS GCP 2.0.0", id: "7.2", note: "BigQuery tables" },
    { source: "CIS GCP 2.0.0", id: "7.3", note: "BigQuery datasets" },
    { source: "CIS GCP 2.0.0", id: "1.17", note: "Dataproc clusters" },
    { source: "Checkov", id: "CKV_GCP_81", note: "BigQuery datasets" },
    { source: "Checkov", id: "CKV_GCP_80", note: "BigQuery tables" },
    { source: "Checkov", id: "CKV_GCP_84", note: "Artifact Registry repositories" },
    { source: "Checkov", id: "CKV_GCP_83", note: "Pub/Sub topics" },
    { source: "Checkov", id: "CKV_GCP_92", note: "Vertex AI datasets" },
    { source: "Checkov", id: "CKV2_GCP_24", note: "Vertex AI endpoints" },
    { source: "Checkov", id: "CKV2_GCP_25", note: "Vertex AI featurestores" },
    { source: "Checkov", id: "CKV2_GCP_26", note: "Vertex AI tensorboards" },
    { source: "Checkov", id: "CKV2_GCP_27", note: "Workbench instance disks" },
    { source: "Checkov", id: "CKV2_GCP_21", note: "Notebooks instances" },
    { source: "Checkov", id: "CKV_GCP_90", note: "Dataflow jobs" },
    { source: "Checkov", id: "CKV_GCP_91", note: "Dataproc clusters" },
    { source: "Checkov", id: "CKV_GCP_85", note: "Bigtable instances" },
    { source: "Checkov", id: "CKV_GCP_93", note: "Spanner databases" },
  ],
  check(r, context) {
    const { missing, unresolved } = CMEK_CHECKS[r.type](r, context);
    if (missing.length === 0) return COMPLIANT;
    return nonCompliant(`not encrypted with a customer-managed key: ${missing.join("; ")}`, unresolved);
  },
};
