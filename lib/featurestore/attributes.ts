/**
 * What goes into a feature store's resources and outputs: the groups' BigQuery sources and tables,
 * the Vertex AI service agent that syncs them, and the output names. Free of cdktn and provider
 * imports.
 */
import { FEATURE_TIMESTAMP_COLUMN, FeatureGroupConfig } from "../config/features";

/** `bq://<project>.<dataset>.<table>`: a group's source in the features dataset. */
export function featureGroupSourceUri(dataset: { readonly projectId: string; readonly datasetId: string }, table: string): string {
  return `bq://${dataset.projectId}.${dataset.datasetId}.${table}`;
}

/**
 * The project's Vertex AI service agent, which runs feature view syncs (it reads the groups'
 * tables): `serviceAccount:service-<project number>@gcp-sa-aiplatform.iam.gserviceaccount.com`.
 */
export function vertexAiAgentMember(projectNumber: string): string {
  return `serviceAccount:service-${projectNumber}@gcp-sa-aiplatform.iam.gserviceaccount.com`;
}

/** Grant key of the Vertex AI service agent in grant names (`vertex-ai-agent`). */
export const VERTEX_AI_AGENT_GRANT_KEY = "vertex-ai-agent";

/** Stack output names and descriptions (`feature_online_store`, `feature_view_<name>`, ...). */
export const FEATURE_STORE_OUTPUTS = {
  store: { name: "feature_online_store", description: "Vertex AI feature online store id" },
  privateEndpoint: {
    name: "feature_online_store_endpoint",
    description: "Service attachment of the store's Private Service Connect endpoint (target of the consumer forwarding rule; set once a first sync ran)",
  },
  publicEndpoint: { name: "feature_online_store_endpoint", description: "Domain name of the store's dedicated public endpoint" },
} as const;

/** Output name and description of a feature view's id. */
export function featureViewOutput(viewName: string): { readonly name: string; readonly description: string } {
  return { name: `feature_view_${viewName.replace(/-/g, "_")}`, description: `Vertex AI feature view id: ${viewName}` };
}

/** One column of a group's table, as BigQuery's table schema JSON takes it. */
export interface FeatureTableColumn {
  readonly name: string;
  readonly type: string;
  readonly mode: "REQUIRED" | "NULLABLE";
  readonly description?: string;
}

/**
 * The columns of a group's table: the entity id columns (REQUIRED), `feature_timestamp`
 * (TIMESTAMP, REQUIRED: Vertex AI reads the group as a time series by it), each feature's column
 * (NULLABLE, described by the feature), then the other declared columns (NULLABLE). Assumes a
 * validated group.
 */
export function featureTableColumns(group: FeatureGroupConfig): FeatureTableColumn[] {
  const declared = new Map<string, { name: string; type: string }>(Object.entries(group.columns).map(([name, type]) => [name.toLowerCase(), { name, type }]));
  const used = new Set<string>();
  const take = (column: string) => {
    used.add(column.toLowerCase());
    return declared.get(column.toLowerCase())!;
  };
  const out: FeatureTableColumn[] = group.entityIdColumns.map((c) => ({ ...take(c), mode: "REQUIRED" as const, description: "Entity id" }));
  used.add(FEATURE_TIMESTAMP_COLUMN);
  out.push({ name: FEATURE_TIMESTAMP_COLUMN, type: "TIMESTAMP", mode: "REQUIRED", description: "When the row's feature values were observed (Vertex AI time series)" });
  for (const f of group.features) {
    const column = f.column ?? f.name;
    if (used.has(column.toLowerCase())) continue;
    out.push({ ...take(column), mode: "NULLABLE", description: f.description ?? `Feature ${f.name}` });
  }
  for (const [key, c] of declared) if (!used.has(key)) out.push({ ...c, mode: "NULLABLE" });
  return out;
}

/** BigQuery clusters a table by at most this many columns. */
const MAX_CLUSTERING_COLUMNS = 4;

/**
 * The attributes of a group's table in the features dataset (the provider's names in camelCase,
 * shared by the cdktf binding and @pulumi/gcp but for `clustering`, which Pulumi spells
 * `clusterings`): the schema from the YAML, daily partitions on `feature_timestamp` and
 * clustering by the entity id columns (syncs read the latest row per entity), deletion protection
 * unless the tier allows data teardown, and the environment's BigQuery key when it has one.
 */
export function featureTableAttributes<K = string>(p: {
  readonly projectId: string;
  readonly datasetId: string;
  readonly group: FeatureGroupConfig;
  readonly labels: Readonly<Record<string, string>>;
  readonly allowDataTeardown: boolean;
  /** The environment's BigQuery key, named on the table as on its dataset. @default - the dataset's default key, if any */
  readonly kmsKeyName?: K;
}) {
  return {
    project: p.projectId,
    datasetId: p.datasetId,
    tableId: p.group.table,
    description: `Source of the Vertex AI feature group ${p.group.name} (managed by gcp-mlops-constructs); pipelines append rows with their ${FEATURE_TIMESTAMP_COLUMN}`,
    schema: JSON.stringify(featureTableColumns(p.group)),
    timePartitioning: { type: "DAY", field: FEATURE_TIMESTAMP_COLUMN },
    clustering: p.group.entityIdColumns.slice(0, MAX_CLUSTERING_COLUMNS),
    deletionProtection: !p.allowDataTeardown,
    encryptionConfiguration: p.kmsKeyName ? { kmsKeyName: p.kmsKeyName } : undefined,
    labels: { ...p.labels },
  };
}
