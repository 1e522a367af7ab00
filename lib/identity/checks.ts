/**
 * The fixed facts of identity (the workloads that get a service account, the roles never granted,
 * the services whose data access is audited) and the checks of a service account's props, shared
 * by the `Identity`, `WorkloadServiceAccount` and `DataAccessAuditLogs` constructs. Free of cdktn
 * and provider imports.
 */
import { SERVICE_ACCOUNT_ID } from "../catalog/naming";
import { Problem, throwIfAny } from "../core/errors";

/**
 * The workloads that get their own service account. Keys are construct ids (parts of Terraform
 * addresses and Pulumi names) and grant keys: renaming one replaces the account.
 */
export const WORKLOADS = {
  workbench: "Runs the team's Vertex AI Workbench instances",
  pipelines: "Runs Vertex AI pipeline jobs and their training steps",
  serving: "Runs deployed models on Vertex AI endpoints",
} as const;
export type Workload = keyof typeof WORKLOADS;

/** The workloads, in the order of {@link WORKLOADS}. */
export const WORKLOAD_KEYS = Object.keys(WORKLOADS) as Workload[];

/** The account of one workload: ID `<accountPrefix>-<workload>`, grant key, display name and description. */
export function workloadAccount(
  accountPrefix: string,
  workload: Workload,
): { readonly accountId: string; readonly grantKey: string; readonly displayName: string; readonly description: string } {
  return {
    accountId: `${accountPrefix}-${workload}`,
    grantKey: workload,
    displayName: `${accountPrefix} ${workload}`,
    description: `${WORKLOADS[workload]} (managed by gcp-mlops-constructs)`,
  };
}

/** Roles that grant far more than any workload needs; the library never grants them. */
export const PRIMITIVE_ROLES: readonly string[] = ["roles/owner", "roles/editor", "roles/viewer"];

/** Throws when `role` is a primitive role; `where` names the account asking for it. */
export function assertNotPrimitive(where: string, role: string): void {
  if (PRIMITIVE_ROLES.includes(role)) throw new Error(`${where}: primitive role ${role} is never granted`);
}

/** Every problem of a service account's ID. */
export function serviceAccountProblems(id: string, accountId: string): Problem[] {
  return SERVICE_ACCOUNT_ID.test(accountId)
    ? []
    : [{ path: `${id}.accountId`, message: `not a valid ${SERVICE_ACCOUNT_ID.subject}; allowed: ${SERVICE_ACCOUNT_ID.allowed}`, value: accountId }];
}

/** Checks a service account's props (a ValidationError for `service account '<id>'`). */
export function checkServiceAccount(id: string, props: { readonly accountId: string }): void {
  throwIfAny(serviceAccountProblems(id, props.accountId), `service account '${id}'`);
}

/** Services whose data access is logged: where models, features and training data live. */
export const AUDITED_SERVICES: readonly string[] = ["aiplatform.googleapis.com", "bigquery.googleapis.com", "storage.googleapis.com"];

/** The audit config service that covers every service of the project (CIS GCP Foundations 2.1). */
export const ALL_SERVICES = "allServices";

/**
 * How much Data Access audit logging an environment turns on: `off`; `ml-services`, the three
 * services that hold models, features and training data (AUDITED_SERVICES); or `all-services`
 * (`allServices`), what CIS Google Cloud Platform Foundations 2.1 asks for, which also logs every
 * read of Cloud KMS, IAM, Monitoring, Logging, Pub/Sub, Workflows and the rest, and costs more.
 */
export const AUDIT_SCOPES = ["off", "ml-services", "all-services"] as const;
export type AuditScope = (typeof AUDIT_SCOPES)[number];

/** The audit config services of a scope. */
export function auditedServicesFor(scope: AuditScope): readonly string[] {
  return scope === "off" ? [] : scope === "ml-services" ? AUDITED_SERVICES : [ALL_SERVICES];
}

/** The log types turned on for each audited service: who read or changed what, and admin reads. */
export const AUDIT_LOG_TYPES: readonly string[] = ["ADMIN_READ", "DATA_READ", "DATA_WRITE"];
