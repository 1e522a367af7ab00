/** Resource types of the featurestore capability, cdktf → Pulumi. */
import type { ResourceMapping } from "../mapping";

export const MAPPINGS: readonly ResourceMapping[] = [
  {
    terraform: "google_bigquery_table",
    pulumi: "gcp:bigquery/table:Table",
    capability: "feature store",
    key: (a) => `${a.dataset_id}.${a.table_id}`,
    security: ["schema", "deletion_protection", "encryption_configuration"],
    // Pulumi pluralizes the clustering columns.
    renames: { clusterings: "clustering" },
  },
  {
    terraform: "google_vertex_ai_feature_online_store",
    pulumi: "gcp:vertex/aiFeatureOnlineStore:AiFeatureOnlineStore",
    capability: "feature store",
    key: (a) => String(a.name),
    security: ["region", "dedicated_serving_endpoint", "encryption_spec", "force_destroy"],
    // Pulumi pluralizes the allowlist (`dedicatedServingEndpoint.privateServiceConnectConfig.projectAllowlists`).
    renames: { projectAllowlists: "project_allowlist" },
  },
  {
    terraform: "google_vertex_ai_feature_group",
    pulumi: "gcp:vertex/aiFeatureGroup:AiFeatureGroup",
    capability: "feature store",
    key: (a) => String(a.name),
    security: ["region", "big_query"],
  },
  {
    terraform: "google_vertex_ai_feature_group_feature",
    pulumi: "gcp:vertex/aiFeatureGroupFeature:AiFeatureGroupFeature",
    capability: "feature store",
    // Feature names are unique within their group.
    key: (a) => `${a.feature_group} ${a.name}`,
    // The column exposed as the feature.
    security: ["version_column_name"],
  },
  {
    terraform: "google_vertex_ai_feature_online_store_featureview",
    pulumi: "gcp:vertex/aiFeatureOnlineStoreFeatureview:AiFeatureOnlineStoreFeatureview",
    capability: "feature store",
    // View names are unique within their store.
    key: (a) => `${a.feature_online_store} ${a.name}`,
    security: ["feature_online_store", "feature_registry_source", "big_query_source"],
  },
];

/**
 * Construct id below `Environment` → the Terraform types it creates, for the parity test. The
 * reader grant is a `google_project_iam_member` (mapped with the identity rows); the service
 * agent's read grant lives on the features dataset (`Warehouse`).
 */
export const MIRRORED: Readonly<Record<string, readonly string[]>> = {
  FeatureStore: [
    "google_bigquery_table",
    "google_vertex_ai_feature_online_store",
    "google_vertex_ai_feature_group",
    "google_vertex_ai_feature_group_feature",
    "google_vertex_ai_feature_online_store_featureview",
    "google_project_iam_member",
  ],
};
