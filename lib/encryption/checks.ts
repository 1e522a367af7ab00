/**
 * The fixed facts of customer-managed encryption (key domains, their service agents, the key
 * user role, the rotation limit) and the checks of the encryption's props, shared by the cdktf
 * `Encryption` construct. Free of cdktn and provider imports: the construct says which values
 * are not known yet (`unresolved`: a token) and those are taken as given.
 */
import { KMS_NAME } from "../catalog/naming";
import { labelProblems } from "../core/common";
import { Problem, throwIfAny, ValidationError } from "../core/errors";

/** What a customer-managed key protects. Each domain gets its own key, used only by its own service agents. */
export type KeyDomain = "storage" | "bigquery" | "vertex-ai" | "artifact-registry" | "workbench-disks" | "orchestration";

export const KEY_DOMAINS: readonly KeyDomain[] = ["storage", "bigquery", "vertex-ai", "artifact-registry", "workbench-disks", "orchestration"];

/** Role the service agents get on their domain's key. */
export const KEY_USER_ROLE = "roles/cloudkms.cryptoKeyEncrypterDecrypter";

/** Longest automatic rotation allowed: 90 days (CKV_GCP_43, trivy GCP-0065, CIS 1.10). The provider's minimum is 1 day. */
export const MAX_ROTATION_DAYS = 90;

/**
 * A Google-managed service agent, with a short key (part of construct ids and resource names).
 * `lookup` agents are read through their data source (Cloud Storage's and BigQuery's), which also
 * creates the agent when the project has none yet. `numbered` ones follow Google's documented
 * `service-<project number>@<domain>` pattern and exist once their API is enabled (the
 * environment enables it before granting).
 */
export type ServiceAgentRef = { readonly key: string; readonly lookup: "storage" | "bigquery" } | { readonly key: string; readonly numbered: string };

/** The service agents that encrypt and decrypt each domain's data. */
export const KEY_AGENTS: Readonly<Record<KeyDomain, readonly ServiceAgentRef[]>> = {
  storage: [{ key: "storage", lookup: "storage" }],
  bigquery: [{ key: "bigquery", lookup: "bigquery" }],
  "vertex-ai": [{ key: "aiplatform", numbered: "gcp-sa-aiplatform.iam.gserviceaccount.com" }],
  "artifact-registry": [{ key: "artifactregistry", numbered: "gcp-sa-artifactregistry.iam.gserviceaccount.com" }],
  // Workbench boot and data disks are Compute Engine disks created through the Notebooks service.
  "workbench-disks": [
    { key: "compute", numbered: "compute-system.iam.gserviceaccount.com" },
    { key: "notebooks", numbered: "gcp-sa-notebooks.iam.gserviceaccount.com" },
  ],
  // Pipeline triggers: Pub/Sub topics (alerts) and Workflows workflows (their source and executions).
  orchestration: [
    { key: "pubsub", numbered: "gcp-sa-pubsub.iam.gserviceaccount.com" },
    { key: "workflows", numbered: "gcp-sa-workflows.iam.gserviceaccount.com" },
  ],
};

/** APIs whose service agents hold a key: the grants wait for them (the agents exist once their API is on). */
export const KEY_AGENT_APIS: readonly string[] = [
  "cloudkms.googleapis.com",
  "storage.googleapis.com",
  "bigquery.googleapis.com",
  "aiplatform.googleapis.com",
  "artifactregistry.googleapis.com",
  "compute.googleapis.com",
  "notebooks.googleapis.com",
  "pubsub.googleapis.com",
  "workflows.googleapis.com",
];

/** What the checks read from the encryption's props (both engines' props have these fields). */
export interface EncryptionInput {
  /** A string, or a value the engine has not resolved yet. */
  readonly keyRingName: unknown;
  readonly domains?: readonly KeyDomain[];
  readonly rotationPeriodDays?: number;
  readonly labels?: Readonly<Record<string, string>>;
}

/** The encryption's settings once the defaults fill what the props leave out. */
export interface EncryptionSettings {
  readonly domains: readonly KeyDomain[];
  readonly rotationPeriodDays: number;
}

/** Every problem of the encryption's settings (defaults applied): key ring name, rotation, domains, labels. */
export function encryptionProblems(
  id: string,
  p: { readonly keyRingName: unknown; readonly rotationPeriodDays: unknown; readonly domains: readonly KeyDomain[]; readonly labels?: Readonly<Record<string, string>> },
  unresolved: (value: unknown) => boolean,
): Problem[] {
  const problems: Problem[] = [...labelProblems(p.labels, id)];
  if (!unresolved(p.keyRingName) && !(typeof p.keyRingName === "string" && KMS_NAME.test(p.keyRingName))) {
    problems.push({ path: `${id}.keyRingName`, message: `not a valid ${KMS_NAME.subject}; allowed: ${KMS_NAME.allowed}`, value: p.keyRingName });
  }
  const days = p.rotationPeriodDays;
  if (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > MAX_ROTATION_DAYS) {
    problems.push({ path: `${id}.rotationPeriodDays`, message: `must be a whole number of days from 1 to ${MAX_ROTATION_DAYS}`, value: days });
  }
  if (p.domains.length === 0) {
    problems.push({ path: `${id}.domains`, message: `must list at least one domain; allowed: ${KEY_DOMAINS.join(", ")}`, value: [] });
  }
  p.domains.forEach((d, i) => {
    if (!KEY_DOMAINS.includes(d)) {
      problems.push({ path: `${id}.domains[${i}]`, message: `unknown key domain; allowed: ${KEY_DOMAINS.join(", ")}`, value: d });
    } else if (p.domains.indexOf(d) !== i) {
      problems.push({ path: `${id}.domains[${i}]`, message: `duplicate of domains[${p.domains.indexOf(d)}]; list each domain once`, value: d });
    }
  });
  return problems;
}

/**
 * Checks the encryption's props, every problem at once (a ValidationError for
 * `encryption '<id>'`). Returns the settings with the defaults applied: every domain, rotation
 * every {@link MAX_ROTATION_DAYS} days.
 */
export function checkEncryption(id: string, props: EncryptionInput, unresolved: (value: unknown) => boolean): EncryptionSettings {
  const settings: EncryptionSettings = { domains: props.domains ?? KEY_DOMAINS, rotationPeriodDays: props.rotationPeriodDays ?? MAX_ROTATION_DAYS };
  throwIfAny(encryptionProblems(id, { ...settings, keyRingName: props.keyRingName, labels: props.labels }, unresolved), `encryption '${id}'`);
  return settings;
}

/** The error for a key asked of a domain the encryption `id` has no key for. */
export function missingKeyError(id: string, domain: KeyDomain, configured: readonly KeyDomain[]): ValidationError {
  return new ValidationError(
    [{ path: `${id}.domains`, message: `has no key for '${domain}'; configured: ${configured.join(", ")}`, value: domain }],
    `encryption '${id}'`,
  );
}
