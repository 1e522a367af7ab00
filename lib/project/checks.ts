/**
 * The APIs an environment enables and the rule for API names, for `ProjectServices` and
 * `MlopsEnvironment`. Free of cdktn and provider imports.
 */

/** APIs the data layer needs, enabled before the resources that use them. */
export const DATA_LAYER_APIS = {
  storage: "storage.googleapis.com",
  bigquery: "bigquery.googleapis.com",
  artifactRegistry: "artifactregistry.googleapis.com",
  containerScanning: "containerscanning.googleapis.com",
  iam: "iam.googleapis.com",
  resourceManager: "cloudresourcemanager.googleapis.com",
  vertexAi: "aiplatform.googleapis.com",
} as const;

/** APIs of the network, encryption and perimeter, enabled only when those are created. */
export const FOUNDATION_APIS = {
  compute: "compute.googleapis.com",
  serviceNetworking: "servicenetworking.googleapis.com",
  kms: "cloudkms.googleapis.com",
  notebooks: "notebooks.googleapis.com",
  accessContextManager: "accesscontextmanager.googleapis.com",
} as const;

/** A service (API) name: `<name>.googleapis.com`. */
export const SERVICE_NAME = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.googleapis\.com$/;

/** Throws when `api` is not a service name (a mistake in code, not in the YAML). */
export function checkServiceName(api: string): void {
  if (!SERVICE_NAME.test(api)) {
    throw new Error(`ProjectServices.enable: '${api}' is not a service name; expected e.g. 'storage.googleapis.com'`);
  }
}

/** A project service stays enabled when the environment is destroyed: turning an API off can break resources outside the stack. */
export const PROJECT_SERVICE_SETTINGS = { disableOnDestroy: false, disableDependentServices: false } as const;

/** The google provider's settings for an environment (the cdktf stack's `provider "google"`, the Pulumi `Provider`). */
export interface ProviderSettings {
  readonly project: string;
  readonly region: string;
  /** The quota project of every request, with `userProjectOverride`. */
  readonly billingProject?: string;
  readonly userProjectOverride?: boolean;
}

/**
 * The provider pinned to the environment's project and region. With a budget, requests also name
 * the environment's project as their quota project (`billing_project` with
 * `user_project_override`): the Billing Budget API refuses user credentials (a developer's
 * `gcloud auth application-default login`) with a 403 otherwise, as the provider's
 * google_billing_budget documentation warns. The caller then needs `serviceusage.services.use`
 * on the project (roles/serviceusage.serviceUsageConsumer, or the deployer's
 * roles/serviceusage.serviceUsageAdmin).
 */
export function providerSettings(spec: { readonly projectId: string; readonly region: string; readonly budget?: unknown }): ProviderSettings {
  return spec.budget === undefined
    ? { project: spec.projectId, region: spec.region }
    : { project: spec.projectId, region: spec.region, billingProject: spec.projectId, userProjectOverride: true };
}
