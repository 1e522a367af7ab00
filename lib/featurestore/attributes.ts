/**
 * What goes into a feature store's resources and outputs: the groups' BigQuery sources, the
 * Vertex AI service agent that syncs them, and the output names. Free of cdktn and provider
 * imports.
 */

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
