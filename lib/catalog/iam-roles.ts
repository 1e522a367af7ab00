/**
 * The predefined IAM roles this library grants (or tells its users to grant), each with the
 * permissions the design relies on, checked against Google's published role definitions.
 *
 * Source: the predefined roles as the IAM API lists them (`roles.list`), in the public snapshot
 * iann0036/iam-dataset, file `gcp/roles/<role>.json`, commit 2073fa52 of 2026-08-22 ("Update SAR
 * data"); read 2026-12-03. Every permission listed below is in that role's `includedPermissions`
 * there. A test synthesizes every default stack and test/fixtures/everything-prod.yaml and fails
 * on any role not listed here, so a new grant cannot slip in unchecked.
 *
 * Google renames role titles (Vertex AI's roles are titled "Agent Platform ..." in the snapshot);
 * role IDs and permissions are what IAM checks.
 */
import { CATALOG_CHECKED, IAM_DATASET, Sourced } from "./sources";

/** Who holds the role, for the docs. */
export type RoleHolder = "workload" | "service-agent" | "delivery" | "deployer" | "planner" | "documented";

export interface RoleFact extends Sourced {
  /** The role's title in the source. */
  readonly title: string;
  /** The role's launch stage in the source (GA, BETA). */
  readonly stage: string;
  readonly holder: RoleHolder;
  /** What the library relies on the role for. */
  readonly why: string;
  /** Permissions the design relies on; each is in the role's definition in the source. */
  readonly permissions: readonly string[];
}

function role(title: string, stage: string, holder: RoleHolder, why: string, permissions: readonly string[]): Omit<RoleFact, "source"> & { source?: string } {
  return { title, stage, holder, why, permissions, checked: CATALOG_CHECKED, status: "confirmed" };
}

const ROLES: Readonly<Record<string, Omit<RoleFact, "source"> & { source?: string }>> = {
  "roles/accesscontextmanager.policyEditor": role("Access Context Manager Editor", "GA", "documented", "the deployer manages the perimeter (granted on the access policy)", ["accesscontextmanager.servicePerimeters.create", "accesscontextmanager.servicePerimeters.update"]),
  "roles/aiplatform.admin": role("Agent Platform Administrator", "GA", "deployer", "create endpoints, resource pools, feature stores and TensorBoards", ["aiplatform.endpoints.create", "aiplatform.deploymentResourcePools.create", "aiplatform.featureOnlineStores.create", "aiplatform.featureGroups.create", "aiplatform.tensorboards.create"]),
  "roles/aiplatform.featurestoreDataViewer": role("Agent Platform Feature Store Data Viewer", "GA", "workload", "serving account: read online feature values", ["aiplatform.featureViews.fetchFeatureValues", "aiplatform.featureViews.get"]),
  "roles/aiplatform.user": role("Agent Platform User", "GA", "workload", "workbench and pipelines accounts: submit pipeline runs and training jobs, deploy and call models, trigger feature view syncs", ["aiplatform.pipelineJobs.create", "aiplatform.customJobs.create", "aiplatform.models.upload", "aiplatform.endpoints.deploy", "aiplatform.endpoints.predict", "aiplatform.featureViews.sync"]),
  "roles/aiplatform.viewer": role("Agent Platform Viewer", "GA", "planner", "read Vertex AI endpoints and feature stores", ["aiplatform.endpoints.get"]),
  "roles/artifactregistry.admin": role("Artifact Registry Administrator", "GA", "deployer", "create repositories and set their IAM", ["artifactregistry.repositories.create", "artifactregistry.repositories.setIamPolicy"]),
  "roles/artifactregistry.reader": role("Artifact Registry Reader", "GA", "workload", "pull images and pipeline templates from one repository", ["artifactregistry.repositories.downloadArtifacts"]),
  "roles/artifactregistry.writer": role("Artifact Registry Writer", "GA", "workload", "push to one repository (grantWrite)", ["artifactregistry.repositories.uploadArtifacts"]),
  "roles/bigquery.admin": role("BigQuery Admin", "GA", "deployer", "create datasets and tables and set dataset IAM", ["bigquery.datasets.create", "bigquery.datasets.update", "bigquery.tables.create"]),
  "roles/bigquery.dataEditor": role("BigQuery Data Editor", "GA", "workload", "create and change the tables of one dataset", ["bigquery.tables.create", "bigquery.tables.getData", "bigquery.tables.updateData"]),
  "roles/bigquery.dataViewer": role("BigQuery Data Viewer", "GA", "workload", "read the tables of one dataset", ["bigquery.tables.get", "bigquery.tables.getData"]),
  "roles/bigquery.jobUser": role("BigQuery Job User", "GA", "workload", "run query and load jobs in the project (data access is granted per dataset)", ["bigquery.jobs.create"]),
  "roles/bigquery.metadataViewer": role("BigQuery Metadata Viewer", "GA", "planner", "read dataset metadata, not table data", ["bigquery.datasets.get"]),
  "roles/billing.costsManager": role("Billing Account Costs Manager", "GA", "documented", "the deployer creates the budget (granted on the billing account by its admins)", ["billing.budgets.create"]),
  "roles/browser": role("Browser", "GA", "planner", "read the project and its number", ["resourcemanager.projects.get"]),
  "roles/cloudkms.admin": role("Cloud KMS Admin", "GA", "deployer", "create the key ring and keys and grant them", ["cloudkms.keyRings.create", "cloudkms.cryptoKeys.create", "cloudkms.cryptoKeys.setIamPolicy"]),
  "roles/cloudkms.cryptoKeyEncrypterDecrypter": role("Cloud KMS CryptoKey Encrypter/Decrypter", "GA", "service-agent", "service agents encrypt and decrypt with their domain's key", ["cloudkms.cryptoKeyVersions.useToEncrypt", "cloudkms.cryptoKeyVersions.useToDecrypt"]),
  "roles/cloudkms.viewer": role("Cloud KMS Viewer", "GA", "planner", "read the key ring and keys", ["cloudkms.cryptoKeys.get"]),
  "roles/cloudscheduler.admin": role("Cloud Scheduler Admin", "GA", "deployer", "create the pipeline schedules", ["cloudscheduler.jobs.create"]),
  "roles/cloudscheduler.viewer": role("Cloud Scheduler Viewer", "GA", "planner", "read the schedules", ["cloudscheduler.jobs.get"]),
  "roles/compute.networkAdmin": role("Compute Network Admin", "GA", "deployer", "create the VPC, subnet, router, NAT and the private services range", ["compute.networks.create", "compute.subnetworks.create", "compute.routers.create", "compute.globalAddresses.create"]),
  "roles/compute.networkUser": role("Compute Network User", "GA", "documented", "Shared VPC: the host project's admins let the environment's accounts use the subnet", ["compute.subnetworks.use"]),
  "roles/compute.networkViewer": role("Compute Network Viewer", "GA", "planner", "read the network", ["compute.networks.get"]),
  "roles/compute.securityAdmin": role("Compute Security Admin", "GA", "deployer", "create the firewall rules", ["compute.firewalls.create"]),
  "roles/eventarc.admin": role("Eventarc Admin", "GA", "deployer", "create the pipeline event triggers", ["eventarc.triggers.create"]),
  "roles/eventarc.eventReceiver": role("Eventarc Event Receiver", "GA", "workload", "Eventarc delivers Cloud Storage direct events to the trigger's account", ["eventarc.events.receiveEvent"]),
  "roles/eventarc.viewer": role("Eventarc Viewer", "GA", "planner", "read the triggers", ["eventarc.triggers.get"]),
  "roles/iam.securityReviewer": role("Security Reviewer", "GA", "planner", "read the IAM policies of the project and its resources", ["resourcemanager.projects.getIamPolicy"]),
  "roles/iam.serviceAccountAdmin": role("Service Account Admin", "GA", "deployer", "create the workload service accounts and set IAM on them", ["iam.serviceAccounts.create", "iam.serviceAccounts.setIamPolicy"]),
  "roles/iam.serviceAccountTokenCreator": role("Service Account Token Creator", "GA", "service-agent", "the BigQuery Data Transfer agent runs the skew queries as <env>-skew (on that account only)", ["iam.serviceAccounts.getAccessToken"]),
  "roles/iam.serviceAccountUser": role("Service Account User", "GA", "workload", "run workloads as an account (granted on that account only)", ["iam.serviceAccounts.actAs"]),
  "roles/iam.serviceAccountViewer": role("View Service Accounts", "GA", "planner", "read the workload service accounts", ["iam.serviceAccounts.get"]),
  "roles/iam.workloadIdentityPoolAdmin": role("IAM Workload Identity Pool Admin", "BETA", "deployer", "manage the Workload Identity pool and provider", ["iam.googleapis.com/workloadIdentityPools.create", "iam.googleapis.com/workloadIdentityPoolProviders.create"]),
  "roles/iam.workloadIdentityPoolViewer": role("IAM Workload Identity Pool Viewer", "BETA", "planner", "read the Workload Identity pools", ["iam.googleapis.com/workloadIdentityPools.get"]),
  "roles/iam.workloadIdentityUser": role("Workload Identity User", "GA", "delivery", "GitHub workflows of one repository impersonate the deployer", ["iam.serviceAccounts.getAccessToken"]),
  "roles/logging.logWriter": role("Logs Writer", "GA", "workload", "write logs", ["logging.logEntries.create"]),
  "roles/monitoring.alertPolicyEditor": role("Monitoring AlertPolicy Editor", "GA", "deployer", "create the alert policies", ["monitoring.alertPolicies.create"]),
  "roles/monitoring.metricWriter": role("Monitoring Metric Writer", "GA", "workload", "write metrics", ["monitoring.timeSeries.create"]),
  "roles/monitoring.notificationChannelEditor": role("Monitoring NotificationChannel Editor", "BETA", "deployer", "create the notification channels", ["monitoring.notificationChannels.create"]),
  "roles/monitoring.viewer": role("Monitoring Viewer", "GA", "planner", "read alert policies and channels", ["monitoring.alertPolicies.get"]),
  "roles/notebooks.admin": role("Notebooks Admin", "GA", "workload", "a team member starts, stops and resets their own Workbench instance; the deployer creates instances", ["notebooks.instances.start", "notebooks.instances.stop", "notebooks.instances.reset", "notebooks.instances.create", "notebooks.instances.setIamPolicy"]),
  "roles/notebooks.viewer": role("Notebooks Viewer", "GA", "planner", "read the Workbench instances", ["notebooks.instances.get"]),
  "roles/pubsub.admin": role("Pub/Sub Admin", "GA", "deployer", "create the trigger topics and set their IAM", ["pubsub.topics.create", "pubsub.topics.setIamPolicy"]),
  "roles/pubsub.publisher": role("Pub/Sub Publisher", "GA", "service-agent", "the Cloud Storage agent publishes object events; the Monitoring notification agent publishes alerts to a topic", ["pubsub.topics.publish"]),
  "roles/pubsub.viewer": role("Pub/Sub Viewer", "GA", "planner", "read the trigger topics", ["pubsub.topics.get"]),
  "roles/resourcemanager.projectIamAdmin": role("Project IAM Admin", "GA", "deployer", "grant project roles and configure Data Access audit logs", ["resourcemanager.projects.setIamPolicy"]),
  "roles/secretmanager.secretAccessor": role("Secret Manager Secret Accessor", "GA", "documented", "the deploying identity reads the channels' secrets", ["secretmanager.versions.access"]),
  "roles/servicenetworking.networksAdmin": role("Service Networking Admin", "BETA", "deployer", "peer the VPC with Google's services", ["servicenetworking.services.addPeering"]),
  "roles/serviceusage.serviceUsageAdmin": role("Service Usage Admin", "GA", "deployer", "enable the APIs the environment uses", ["serviceusage.services.enable"]),
  "roles/serviceusage.serviceUsageViewer": role("Service Usage Viewer", "GA", "planner", "read which APIs are enabled", ["serviceusage.services.list"]),
  "roles/storage.admin": role("Storage Admin", "GA", "deployer", "create buckets and set their IAM", ["storage.buckets.create", "storage.buckets.setIamPolicy"]),
  "roles/storage.bucketViewer": role("Storage Bucket Viewer", "BETA", "planner", "read bucket metadata, not objects", ["storage.buckets.get"]),
  "roles/storage.objectUser": role("Storage Object User", "GA", "workload", "read, create, overwrite and delete objects of one bucket", ["storage.objects.create", "storage.objects.delete", "storage.objects.get", "storage.objects.list"]),
  "roles/storage.objectViewer": role("Storage Object Viewer", "GA", "workload", "read objects of one bucket", ["storage.objects.get", "storage.objects.list"]),
  "roles/workflows.admin": role("Workflows Admin", "GA", "deployer", "create the workflows that submit pipeline runs", ["workflows.workflows.create"]),
  "roles/workflows.invoker": role("Workflows Invoker", "GA", "workload", "Eventarc starts the pipeline workflow as the pipelines account", ["workflows.executions.create"]),
  "roles/workflows.viewer": role("Workflows Viewer", "GA", "planner", "read the workflows", ["workflows.workflows.get"]),
};

/** Every predefined role the library emits or documents, by role ID (`roles/<service>.<name>`). */
export const PREDEFINED_ROLES: Readonly<Record<string, RoleFact>> = Object.fromEntries(
  Object.entries(ROLES).map(([id, r]) => [id, { ...r, source: r.source ?? `${IAM_DATASET}:gcp/roles/${id.slice("roles/".length)}.json` }]),
);

/**
 * Role names that look predefined but are not: a grant of one fails at apply time. Kept so the
 * catalog remembers why the library does not use them.
 */
export const NOT_PREDEFINED_ROLES: Readonly<Record<string, Sourced & { readonly instead: string }>> = {
  "roles/iam.serviceAccountShortTermTokenMinter": {
    instead: "roles/iam.serviceAccountTokenCreator",
    source: `${IAM_DATASET}:gcp/roles/ (no such file); hashicorp/terraform-provider-google#13191 and #13286; terraform-provider-google v7.45.0 website/docs/r/bigquery_data_transfer_config.html.markdown (examples grant roles/iam.serviceAccountTokenCreator to the transfer agent)`,
    checked: CATALOG_CHECKED,
    status: "confirmed",
    note: "not in Google's predefined roles; the BigQuery Data Transfer agent needs roles/iam.serviceAccountTokenCreator on the account a scheduled query runs as",
  },
};

/** True when `role` is a predefined role in the catalog. */
export function isCatalogedRole(role: string): boolean {
  return Object.prototype.hasOwnProperty.call(PREDEFINED_ROLES, role);
}
