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
