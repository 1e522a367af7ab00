/**
 * Regions where Vertex AI (training, prediction, pipelines, Workbench) is offered.
 *
 * Source: cloud.google.com/vertex-ai/docs/general/locations, read 2026-08. Multi-regions
 * (`us`, `eu`) are not valid here: every environment is regional so that buckets, datasets,
 * keys and Vertex AI resources share one location.
 */
export const VERTEX_AI_REGIONS_AS_OF = "2026-08";

export const VERTEX_AI_REGIONS: readonly string[] = [
  "africa-south1",
  "asia-east1",
  "asia-east2",
  "asia-northeast1",
  "asia-northeast2",
  "asia-northeast3",
  "asia-south1",
  "asia-southeast1",
  "asia-southeast2",
  "australia-southeast1",
  "australia-southeast2",
  "europe-central2",
  "europe-north1",
  "europe-southwest1",
  "europe-west1",
  "europe-west2",
  "europe-west3",
  "europe-west4",
  "europe-west6",
  "europe-west8",
  "europe-west9",
  "europe-west12",
  "me-central1",
  "me-central2",
  "me-west1",
  "northamerica-northeast1",
  "northamerica-northeast2",
  "southamerica-east1",
  "southamerica-west1",
  "us-central1",
  "us-east1",
  "us-east4",
  "us-east5",
  "us-south1",
  "us-west1",
  "us-west2",
  "us-west3",
  "us-west4",
];

export function isVertexAiRegion(region: string): boolean {
  return VERTEX_AI_REGIONS.includes(region);
}
