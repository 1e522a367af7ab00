/**
 * Google Cloud services (APIs) by their service name: the ones this library enables with
 * `google_project_service`, and the ones VPC Service Controls can restrict in a perimeter.
 *
 * Project services: each name is the `name:` of the API's service configuration in
 * googleapis/googleapis (commit f8291d2b of 2026-08-22), or, for the three APIs without one
 * there, a provider file that enables the service by that name. Read 2026-12-03.
 *
 * VPC Service Controls: the services Google's "Supported products and limitations" page lists
 * (cloud.google.com/vpc-service-controls/docs/supported-products; `gcloud access-context-manager
 * supported-services list` prints the live list), as copied into the Terraform example
 * foundation's `supported_restricted_service` list
 * (terraform-google-modules/terraform-example-foundation@3bfcd94a, 2025-10-03,
 * 3-networks-svpc/modules/base_env/main.tf). Google adds services over time: a perimeter that
 * needs one missing here fails synth with a message pointing at this file; add it with the date
 * you checked.
 */
import { closest } from "../core/suggest";
import { CATALOG_CHECKED, PROVIDER_V7_45, Sourced } from "./sources";

const GOOGLEAPIS = "googleapis/googleapis@f8291d2b89f0017ab078a4c7378069bae5686f6f";

export interface ServiceFact extends Sourced {
  /** The API's title in its source. */
  readonly title: string;
}

function api(title: string, source: string): ServiceFact {
  return { title, source, checked: CATALOG_CHECKED, status: "confirmed" };
}

/** Every service the library can enable (`google_project_service.service`). */
export const PROJECT_SERVICES: Readonly<Record<string, ServiceFact>> = {
  "accesscontextmanager.googleapis.com": api("Access Context Manager API", `${GOOGLEAPIS}:google/identity/accesscontextmanager/v1/accesscontextmanager_v1.yaml`),
  "aiplatform.googleapis.com": api("Vertex AI API", `${GOOGLEAPIS}:google/cloud/aiplatform/v1/aiplatform_v1.yaml`),
  "artifactregistry.googleapis.com": api("Artifact Registry API", `${GOOGLEAPIS}:google/devtools/artifactregistry/v1/artifactregistry_v1.yaml`),
  "bigquery.googleapis.com": api("BigQuery API", `${GOOGLEAPIS}:google/cloud/bigquery/v2/bigquery_v2.yaml`),
  "bigquerydatatransfer.googleapis.com": api("BigQuery Data Transfer API", `${GOOGLEAPIS}:google/cloud/bigquery/datatransfer/v1/bigquerydatatransfer_v1.yaml`),
  "billingbudgets.googleapis.com": api("Cloud Billing Budget API", `${GOOGLEAPIS}:google/cloud/billing/budgets/v1/billingbudgets.yaml`),
  "cloudkms.googleapis.com": api("Cloud Key Management Service (KMS) API", `${GOOGLEAPIS}:google/cloud/kms/v1/cloudkms_v1.yaml`),
  "cloudresourcemanager.googleapis.com": api("Cloud Resource Manager API", `${GOOGLEAPIS}:google/cloud/resourcemanager/v2/cloudresourcemanager_v2.yaml`),
  "cloudscheduler.googleapis.com": api("Cloud Scheduler API", `${GOOGLEAPIS}:google/cloud/scheduler/v1/cloudscheduler_v1.yaml`),
  "compute.googleapis.com": api("Compute Engine API", `${GOOGLEAPIS}:google/cloud/compute/v1/compute_v1.yaml`),
  "containerscanning.googleapis.com": { title: "Container Scanning API", source: `${PROVIDER_V7_45}:google/services/developerconnect/resource_developer_connect_insights_config_test.go (google_project_service containerscanning_api)`, checked: CATALOG_CHECKED, status: "confirmed", note: "no service configuration in googleapis; the provider enables it by this name in its own tests" },
  "eventarc.googleapis.com": api("Eventarc API", `${GOOGLEAPIS}:google/cloud/eventarc/v1/eventarc_v1.yaml`),
  "eventarcpublishing.googleapis.com": api("Eventarc Publishing API", `${GOOGLEAPIS}:google/cloud/eventarc/publishing/v1/eventarcpublishing_v1.yaml`),
  "iam.googleapis.com": api("Identity and Access Management (IAM) API", `${GOOGLEAPIS}:google/iam/admin/v1/iam.yaml`),
  "iamcredentials.googleapis.com": api("IAM Service Account Credentials API", `${GOOGLEAPIS}:google/iam/credentials/v1/iamcredentials_v1.yaml`),
  "logging.googleapis.com": api("Cloud Logging API", `${GOOGLEAPIS}:google/logging/v2/logging_v2.yaml`),
  "monitoring.googleapis.com": api("Cloud Monitoring API", `${GOOGLEAPIS}:google/monitoring/dashboard/v1/monitoring.yaml`),
  "notebooks.googleapis.com": api("Notebooks API", `${GOOGLEAPIS}:google/cloud/notebooks/v1/notebooks_v1.yaml`),
  "pubsub.googleapis.com": api("Cloud Pub/Sub API", `${GOOGLEAPIS}:google/pubsub/v1/pubsub_v1.yaml`),
  "secretmanager.googleapis.com": api("Secret Manager API", `${GOOGLEAPIS}:google/cloud/secretmanager/v1/secretmanager_v1.yaml`),
  "servicenetworking.googleapis.com": { title: "Service Networking API", source: `${PROVIDER_V7_45}:website/docs/r/service_networking_connection.html.markdown`, checked: CATALOG_CHECKED, status: "confirmed", note: "the service a private services access connection peers with; no service configuration in googleapis" },
  "storage.googleapis.com": api("Cloud Storage API", `${GOOGLEAPIS}:google/storage/control/v2/storage_v2.yaml`),
  "sts.googleapis.com": { title: "Security Token Service API", source: `${PROVIDER_V7_45}:website/docs/guides/external_credentials_stacks.html.markdown (APIs enabled for workload identity federation)`, checked: CATALOG_CHECKED, status: "confirmed", note: "no service configuration in googleapis" },
  "workflowexecutions.googleapis.com": api("Workflow Executions API", `${GOOGLEAPIS}:google/cloud/workflows/executions/v1/workflowexecutions_v1.yaml`),
  "workflows.googleapis.com": api("Workflows API", `${GOOGLEAPIS}:google/cloud/workflows/v1/workflows_v1.yaml`),
};

/** True when `service` is a service the library may enable. */
export function isCatalogedService(service: string): boolean {
  return Object.prototype.hasOwnProperty.call(PROJECT_SERVICES, service);
}

/** Where the list of services VPC Service Controls supports comes from. */
export const VPC_SC_SOURCE: Sourced = {
  source:
    "terraform-google-modules/terraform-example-foundation@3bfcd94af37c2c4683809747fa44ab66396aa809:3-networks-svpc/modules/base_env/main.tf (local.supported_restricted_service), a copy of cloud.google.com/vpc-service-controls/docs/supported-products",
  checked: CATALOG_CHECKED,
  status: "confirmed",
  note: "the list as of the source commit (2025-10-03); services Google added since are missing here",
};

/** The services a VPC Service Controls perimeter can restrict (`restricted_services`). */
export const VPC_SC_SUPPORTED_SERVICES: readonly string[] = [
  "accessapproval.googleapis.com",
  "adsdatahub.googleapis.com",
  "aiplatform.googleapis.com",
  "alloydb.googleapis.com",
  "analyticshub.googleapis.com",
  "apigee.googleapis.com",
  "apigeeconnect.googleapis.com",
  "artifactregistry.googleapis.com",
  "assuredworkloads.googleapis.com",
  "automl.googleapis.com",
  "baremetalsolution.googleapis.com",
  "batch.googleapis.com",
  "bigquery.googleapis.com",
  "bigquerydatapolicy.googleapis.com",
  "bigquerydatatransfer.googleapis.com",
  "bigquerymigration.googleapis.com",
  "bigqueryreservation.googleapis.com",
  "bigtable.googleapis.com",
  "binaryauthorization.googleapis.com",
  "cloud.googleapis.com",
  "cloudasset.googleapis.com",
  "cloudbuild.googleapis.com",
  "clouddebugger.googleapis.com",
  "clouddeploy.googleapis.com",
  "clouderrorreporting.googleapis.com",
  "cloudfunctions.googleapis.com",
  "cloudkms.googleapis.com",
  "cloudprofiler.googleapis.com",
  "cloudresourcemanager.googleapis.com",
  "cloudscheduler.googleapis.com",
  "cloudsearch.googleapis.com",
  "cloudtrace.googleapis.com",
  "composer.googleapis.com",
  "compute.googleapis.com",
  "confidentialcomputing.googleapis.com",
  "connectgateway.googleapis.com",
  "contactcenterinsights.googleapis.com",
  "container.googleapis.com",
  "containeranalysis.googleapis.com",
  "containerfilesystem.googleapis.com",
  "containerregistry.googleapis.com",
  "containerthreatdetection.googleapis.com",
  "datacatalog.googleapis.com",
  "dataflow.googleapis.com",
  "datafusion.googleapis.com",
  "datamigration.googleapis.com",
  "dataplex.googleapis.com",
  "dataproc.googleapis.com",
  "datastream.googleapis.com",
  "dialogflow.googleapis.com",
  "dlp.googleapis.com",
  "dns.googleapis.com",
  "documentai.googleapis.com",
  "domains.googleapis.com",
  "eventarc.googleapis.com",
  "file.googleapis.com",
  "firebaseappcheck.googleapis.com",
  "firebaserules.googleapis.com",
  "firestore.googleapis.com",
  "gameservices.googleapis.com",
  "gkebackup.googleapis.com",
  "gkeconnect.googleapis.com",
  "gkehub.googleapis.com",
  "healthcare.googleapis.com",
  "iam.googleapis.com",
  "iamcredentials.googleapis.com",
  "iaptunnel.googleapis.com",
  "ids.googleapis.com",
  "integrations.googleapis.com",
  "kmsinventory.googleapis.com",
  "krmapihosting.googleapis.com",
  "language.googleapis.com",
  "lifesciences.googleapis.com",
  "logging.googleapis.com",
  "managedidentities.googleapis.com",
  "memcache.googleapis.com",
  "meshca.googleapis.com",
  "meshconfig.googleapis.com",
  "metastore.googleapis.com",
  "ml.googleapis.com",
  "monitoring.googleapis.com",
  "networkconnectivity.googleapis.com",
  "networkmanagement.googleapis.com",
  "networksecurity.googleapis.com",
  "networkservices.googleapis.com",
  "notebooks.googleapis.com",
  "opsconfigmonitoring.googleapis.com",
  "orgpolicy.googleapis.com",
  "osconfig.googleapis.com",
  "oslogin.googleapis.com",
  "privateca.googleapis.com",
  "pubsub.googleapis.com",
  "pubsublite.googleapis.com",
  "recaptchaenterprise.googleapis.com",
  "recommender.googleapis.com",
  "redis.googleapis.com",
  "retail.googleapis.com",
  "run.googleapis.com",
  "secretmanager.googleapis.com",
  "servicecontrol.googleapis.com",
  "servicedirectory.googleapis.com",
  "spanner.googleapis.com",
  "speakerid.googleapis.com",
  "speech.googleapis.com",
  "sqladmin.googleapis.com",
  "storage.googleapis.com",
  "storagetransfer.googleapis.com",
  "sts.googleapis.com",
  "texttospeech.googleapis.com",
  "timeseriesinsights.googleapis.com",
  "tpu.googleapis.com",
  "trafficdirector.googleapis.com",
  "transcoder.googleapis.com",
  "translate.googleapis.com",
  "videointelligence.googleapis.com",
  "vision.googleapis.com",
  "visionai.googleapis.com",
  "vmmigration.googleapis.com",
  "vpcaccess.googleapis.com",
  "webrisk.googleapis.com",
  "workflows.googleapis.com",
  "workstations.googleapis.com",
];

/** True when VPC Service Controls can restrict `service` (per {@link VPC_SC_SUPPORTED_SERVICES}). */
export function isVpcScSupported(service: string): boolean {
  return VPC_SC_SUPPORTED_SERVICES.includes(service);
}

/** What a restricted service may be, for messages. */
export const VPC_SC_ALLOWED =
  "a service VPC Service Controls supports, such as aiplatform.googleapis.com, bigquery.googleapis.com or storage.googleapis.com (the list: lib/catalog/services.ts)";

/**
 * Why `service` cannot be a perimeter's restricted service, or undefined when it can: a name
 * VPC Service Controls does not support (a typo such as `aiplatfrom.googleapis.com`, or an API
 * outside the supported list) is refused by Access Context Manager at apply time.
 */
export function vpcScServiceProblem(service: string): string | undefined {
  if (isVpcScSupported(service)) return undefined;
  // Service names differ by a few letters only when one is a typo of the other.
  const hint = closest(service, VPC_SC_SUPPORTED_SERVICES, 2);
  return `not a service VPC Service Controls supports; ${hint ? `did you mean '${hint}'? ` : ""}allowed: ${VPC_SC_ALLOWED}`;
}
