/**
 * Resource types whose destruction loses data (or, for keys, makes data unreadable), and the
 * attribute that lets Terraform destroy their contents with them. Checked against the pinned google
 * provider schema (provider/facts.json, 7.45.0) by test/policy-provider.test.ts.
 */

export interface StatefulType {
  /** What is lost when the resource is destroyed. */
  readonly holds: string;
  /**
   * The attribute that lets a destroy take the contents along, and the value that does so:
   * `force_destroy: true`, `delete_contents_on_destroy: true`, `deletion_protection: false`.
   */
  readonly teardown?: { readonly attribute: string; readonly dangerous: boolean };
}

export const STATEFUL_TYPES: Readonly<Record<string, StatefulType>> = {
  google_storage_bucket: { holds: "objects", teardown: { attribute: "force_destroy", dangerous: true } },
  google_bigquery_dataset: { holds: "tables", teardown: { attribute: "delete_contents_on_destroy", dangerous: true } },
  // The provider's default is deletion_protection = true; false lets a plan delete the table.
  google_bigquery_table: { holds: "rows", teardown: { attribute: "deletion_protection", dangerous: false } },
  google_vertex_ai_feature_online_store: { holds: "feature views and served features", teardown: { attribute: "force_destroy", dangerous: true } },
  google_vertex_ai_feature_group: { holds: "feature definitions" },
  google_vertex_ai_featurestore: { holds: "entity types and features", teardown: { attribute: "force_destroy", dangerous: true } },
  google_vertex_ai_tensorboard: { holds: "experiment logs" },
  google_vertex_ai_dataset: { holds: "training data references and annotations" },
  google_vertex_ai_index: { holds: "vector embeddings" },
  google_kms_key_ring: { holds: "keys (a key ring cannot be deleted; its name is lost for good)" },
  google_kms_crypto_key: { holds: "key versions: data encrypted with them becomes unreadable" },
  google_artifact_registry_repository: { holds: "images and packages" },
  google_workbench_instance: { holds: "notebooks on its disks" },
  google_notebooks_instance: { holds: "notebooks on its disks" },
  google_compute_disk: { holds: "disk contents" },
  google_filestore_instance: { holds: "files" },
  google_sql_database_instance: { holds: "databases", teardown: { attribute: "deletion_protection", dangerous: false } },
  google_bigtable_instance: { holds: "tables", teardown: { attribute: "deletion_protection", dangerous: false } },
  google_spanner_database: { holds: "tables", teardown: { attribute: "deletion_protection", dangerous: false } },
  google_secret_manager_secret: { holds: "secret versions" },
};

export const STATEFUL_TYPE_NAMES: readonly string[] = Object.keys(STATEFUL_TYPES);
