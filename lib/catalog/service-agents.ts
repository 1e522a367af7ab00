/**
 * The Google-managed service agents this library grants roles to: their email pattern, their API,
 * whether they exist as soon as the API is enabled or only once created ("lazy"), and how to
 * create a lazy one before granting to it.
 *
 * Why it matters: "If a service agent hasn't been created yet, then you can't grant roles to the
 * service agent" (cloud.google.com/iam/docs/create-service-agents), and Google "creates the
 * service agent at some point after you activate and use the API"
 * (cloud.google.com/iam/docs/service-agents): a grant to an agent that does not exist yet fails
 * the first deploy of a fresh project with "does not exist".
 *
 * The Terraform resource that creates an agent, `google_project_service_identity`, is in the
 * google-beta provider only: google provider 7.45.0 (the pinned GA provider) has no such
 * resource, and in terraform-provider-google v7.45.0 `resource_project_service_identity.go` is an
 * empty generated file that is not registered, while the resource's documentation carries the
 * "These resources are in beta" warning. This library stays on the GA provider, so lazy agents are
 * created before the first deploy with `gcloud beta services identity create --service=<api>`
 * (`serviceAgentPrerequisites` lists the commands per environment; `npm run service-agents`
 * prints them). Cloud Storage's and BigQuery's agents are read through GA data sources, whose API
 * call creates them.
 */
import { CATALOG_CHECKED, PROVIDER_V7_45, Sourced } from "./sources";

/** The page that lists every service agent with its email domain, and the copy of it this catalog read. */
const AGENTS_PAGE =
  "https://cloud.google.com/iam/docs/service-agents, as generated into GoogleCloudPlatform/cloud-foundation-fabric@11c1d248826f06cbec3fff54fc7094da405a5322:modules/project/service-agents.yaml (2026-04-22)";

/**
 * `yes`: the agent is documented or shown to appear only once created or first used.
 * `no`: it exists once its API is enabled. `unknown`: no source says; treated as lazy.
 */
export type Laziness = "yes" | "no" | "unknown";

export interface ServiceAgentFact extends Sourced {
  /** The API the agent belongs to. */
  readonly api: string;
  /** Email with `{project_number}` for the project number. */
  readonly email: string;
  /**
   * How the agent comes to exist before a grant: `data-source` (a GA data source whose API call
   * creates it), `service-identity` (only `google_project_service_identity` or `gcloud beta
   * services identity create` can), or `api` (no create call is known: it comes with its API).
   */
  readonly creation: "data-source" | "service-identity" | "api";
  readonly lazy: Laziness;
  /** Where laziness is stated or shown. */
  readonly lazySource: string;
  /** What the library grants the agent. */
  readonly grants: readonly string[];
}

const agent = (f: Omit<ServiceAgentFact, "source" | "checked" | "status"> & { status?: Sourced["status"]; note?: string }): ServiceAgentFact => ({
  source: AGENTS_PAGE,
  checked: CATALOG_CHECKED,
  status: f.status ?? "confirmed",
  ...f,
});

/** Fabric creates the identity of every "primary" agent of an enabled API, which is the one generateServiceIdentity returns. */
const FABRIC_PRIMARY =
  "GoogleCloudPlatform/cloud-foundation-fabric@11c1d248:modules/project/service-agents.tf (google_project_service_identity for every is_primary agent of an enabled API, before granting it)";

/** The service agents the library grants, by their email domain. */
export const SERVICE_AGENTS: Readonly<Record<string, ServiceAgentFact>> = {
  "gs-project-accounts.iam.gserviceaccount.com": agent({
    api: "storage.googleapis.com",
    email: "service-{project_number}@gs-project-accounts.iam.gserviceaccount.com",
    creation: "data-source",
    lazy: "yes",
    lazySource: `${PROVIDER_V7_45}:website/docs/d/storage_project_service_account.html.markdown ("it is only created when certain relevant actions occur"; the data source's API call is one)`,
    grants: ["roles/cloudkms.cryptoKeyEncrypterDecrypter on the storage key", "roles/pubsub.publisher on the project (onNewData triggers)"],
  }),
  "bigquery-encryption.iam.gserviceaccount.com": agent({
    api: "bigquery.googleapis.com",
    email: "bq-{project_number}@bigquery-encryption.iam.gserviceaccount.com",
    creation: "data-source",
    lazy: "unknown",
    lazySource: `${PROVIDER_V7_45}:website/docs/d/bigquery_default_service_account.html.markdown (read through projects.getServiceAccount)`,
    grants: ["roles/cloudkms.cryptoKeyEncrypterDecrypter on the bigquery key"],
    note: "read through google_bigquery_default_service_account, which calls the API that returns (and provisions) it",
  }),
  "gcp-sa-aiplatform.iam.gserviceaccount.com": agent({
    api: "aiplatform.googleapis.com",
    email: "service-{project_number}@gcp-sa-aiplatform.iam.gserviceaccount.com",
    creation: "service-identity",
    lazy: "yes",
    lazySource: `${PROVIDER_V7_45}:website/docs/r/vertex_ai_index.html.markdown (creates google_project_service_identity for aiplatform.googleapis.com before granting it the key); terraform-google-modules/docs-examples pull request #1122 (same for index endpoints)`,
    grants: ["roles/cloudkms.cryptoKeyEncrypterDecrypter on the vertex-ai key", "roles/bigquery.dataEditor on the monitoring dataset (prediction logs)", "roles/bigquery.dataViewer on the features dataset (syncs)"],
  }),
  "gcp-sa-artifactregistry.iam.gserviceaccount.com": agent({
    api: "artifactregistry.googleapis.com",
    email: "service-{project_number}@gcp-sa-artifactregistry.iam.gserviceaccount.com",
    creation: "service-identity",
    lazy: "yes",
    lazySource: "https://cloud.google.com/artifact-registry/docs/ar-service-account (\"Artifact Registry creates the Artifact Registry Service Agent when you create the first Artifact Registry repository\"; gcloud beta services identity create for a project without one)",
    grants: ["roles/cloudkms.cryptoKeyEncrypterDecrypter on the artifact-registry key (granted before the first repository, which waits for it)"],
  }),
  "compute-system.iam.gserviceaccount.com": agent({
    api: "compute.googleapis.com",
    email: "service-{project_number}@compute-system.iam.gserviceaccount.com",
    creation: "api",
    lazy: "unknown",
    lazySource: `${FABRIC_PRIMARY}: listed with is_primary false, so not created that way`,
    grants: ["roles/cloudkms.cryptoKeyEncrypterDecrypter on the workbench-disks key"],
    note: "no source read says when it is created; generateServiceIdentity for compute.googleapis.com may not return it",
  }),
  "gcp-sa-notebooks.iam.gserviceaccount.com": agent({
    api: "notebooks.googleapis.com",
    email: "service-{project_number}@gcp-sa-notebooks.iam.gserviceaccount.com",
    creation: "service-identity",
    lazy: "unknown",
    lazySource: FABRIC_PRIMARY,
    grants: ["roles/cloudkms.cryptoKeyEncrypterDecrypter on the workbench-disks key"],
  }),
  "gcp-sa-pubsub.iam.gserviceaccount.com": agent({
    api: "pubsub.googleapis.com",
    email: "service-{project_number}@gcp-sa-pubsub.iam.gserviceaccount.com",
    creation: "service-identity",
    lazy: "unknown",
    lazySource: FABRIC_PRIMARY,
    grants: ["roles/cloudkms.cryptoKeyEncrypterDecrypter on the orchestration key"],
  }),
  "gcp-sa-workflows.iam.gserviceaccount.com": agent({
    api: "workflows.googleapis.com",
    email: "service-{project_number}@gcp-sa-workflows.iam.gserviceaccount.com",
    creation: "service-identity",
    lazy: "unknown",
    lazySource: FABRIC_PRIMARY,
    grants: ["roles/cloudkms.cryptoKeyEncrypterDecrypter on the orchestration key"],
  }),
  "gcp-sa-bigquerydatatransfer.iam.gserviceaccount.com": agent({
    api: "bigquerydatatransfer.googleapis.com",
    email: "service-{project_number}@gcp-sa-bigquerydatatransfer.iam.gserviceaccount.com",
    creation: "service-identity",
    lazy: "unknown",
    lazySource: FABRIC_PRIMARY,
    grants: ["roles/iam.serviceAccountTokenCreator on <env>-skew"],
  }),
  "gcp-sa-monitoring-notification.iam.gserviceaccount.com": agent({
    api: "monitoring.googleapis.com",
    email: "service-{project_number}@gcp-sa-monitoring-notification.iam.gserviceaccount.com",
    creation: "service-identity",
    lazy: "unknown",
    lazySource: FABRIC_PRIMARY,
    grants: ["roles/pubsub.publisher on the retraining and alert topics"],
  }),
};

/** Where the google_project_service_identity gap is recorded. */
export const SERVICE_IDENTITY_GAP: Sourced = {
  source: `${PROVIDER_V7_45}:google/services/resourcemanager/resource_project_service_identity.go (17 lines: a generated header, no resource) and website/docs/r/project_service_identity.html.markdown ("These resources are in beta, and should be used with the terraform-provider-google-beta provider"); @cdktf/provider-google 16.12.1 (google 6.50.0) has no project-service-identity binding`,
  checked: CATALOG_CHECKED,
  status: "confirmed",
  note: "google_project_service_identity is google-beta only, in 6.x and in 7.45.0",
};

/** True when `domain` (the part after `@`) is a catalogued service agent. */
export function isCatalogedAgentDomain(domain: string): boolean {
  return Object.prototype.hasOwnProperty.call(SERVICE_AGENTS, domain);
}

/** The agents that may not exist before something creates them, and that only a service identity call creates. */
export function agentsToCreate(domains: Iterable<string>): ServiceAgentFact[] {
  const out = new Map<string, ServiceAgentFact>();
  for (const domain of domains) {
    const a = SERVICE_AGENTS[domain];
    if (a && a.creation === "service-identity" && a.lazy !== "no") out.set(a.api, a);
  }
  return [...out.values()].sort((x, y) => x.api.localeCompare(y.api));
}

/** The command that creates the service agent of `api` in `projectId`. */
export function serviceIdentityCommand(api: string, projectId: string): string {
  return `gcloud beta services identity create --service=${api} --project=${projectId}`;
}

/** Service agent addresses in synthesized Terraform: `service-<number>@<domain>` or `bq-<number>@<domain>`. */
const AGENT_ADDRESS = /(?:service-|bq-)[^@"\s]*@([a-z0-9-]+\.iam\.gserviceaccount\.com)/g;

/** The email domains of every service agent a synthesized stack (its Terraform JSON) refers to, sorted. */
export function agentDomainsIn(terraformJson: unknown): string[] {
  const found = new Set<string>();
  for (const m of JSON.stringify(terraformJson).matchAll(AGENT_ADDRESS)) found.add(m[1]);
  return [...found].sort();
}

/**
 * What to run once per project before the first deploy of a stack: enable the APIs of the service
 * agents the stack grants a role to that may not exist yet and that only a service identity call
 * creates (enabling is idempotent, and the stack enables them too), then one `gcloud beta services
 * identity create` per agent. Empty when the stack grants no such agent.
 */
export function serviceAgentPrerequisites(projectId: string, terraformJson: unknown): string[] {
  const agents = agentsToCreate(agentDomainsIn(terraformJson));
  if (agents.length === 0) return [];
  return [`gcloud services enable ${agents.map((a) => a.api).join(" ")} --project=${projectId}`, ...agents.map((a) => serviceIdentityCommand(a.api, projectId))];
}
