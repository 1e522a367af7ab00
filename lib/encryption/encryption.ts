import { DataGoogleBigqueryDefaultServiceAccount } from "@cdktf/provider-google/lib/data-google-bigquery-default-service-account";
import { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
import { DataGoogleStorageProjectServiceAccount } from "@cdktf/provider-google/lib/data-google-storage-project-service-account";
import { KmsCryptoKey } from "@cdktf/provider-google/lib/kms-crypto-key";
import { KmsCryptoKeyIamMember } from "@cdktf/provider-google/lib/kms-crypto-key-iam-member";
import { KmsKeyRing } from "@cdktf/provider-google/lib/kms-key-ring";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import { KMS_NAME } from "../catalog/naming";
import { CommonProps, componentLabels, labelProblems } from "../core/common";
import { Problem, throwIfAny, ValidationError } from "../core/errors";

/** What a customer-managed key protects. Each domain gets its own key, used only by its own service agents. */
export type KeyDomain = "storage" | "bigquery" | "vertex-ai" | "artifact-registry" | "workbench-disks" | "orchestration";

export const KEY_DOMAINS: readonly KeyDomain[] = ["storage", "bigquery", "vertex-ai", "artifact-registry", "workbench-disks", "orchestration"];

/** Role the service agents get on their domain's key. */
export const KEY_USER_ROLE = "roles/cloudkms.cryptoKeyEncrypterDecrypter";

/** Longest automatic rotation allowed: 90 days (CKV_GCP_43, trivy GCP-0065, CIS 1.10). The provider's minimum is 1 day. */
export const MAX_ROTATION_DAYS = 90;

/** A Google-managed service agent: a short key (for construct ids) and how to find its IAM member. */
interface ServiceAgent {
  readonly key: string;
  readonly member: (scope: Construct, project: string, projectNumber: () => string) => string;
}

/** A service agent whose address follows `service-<project number>@<domain>`. */
const numbered = (key: string, domain: string): ServiceAgent => ({
  key,
  member: (_scope, _project, n) => `serviceAccount:service-${n()}@${domain}`,
});

/**
 * The service agents that encrypt and decrypt each domain's data.
 * Cloud Storage's and BigQuery's agents are read through their data sources, which also create
 * the agent when the project has none yet. The others follow Google's documented
 * `service-<project number>@gcp-sa-<service>.iam.gserviceaccount.com` pattern; they exist once
 * their API is enabled (the environment enables it before granting).
 */
const AGENTS: Readonly<Record<KeyDomain, readonly ServiceAgent[]>> = {
  storage: [{ key: "storage", member: (scope, project) => new DataGoogleStorageProjectServiceAccount(scope, "StorageAgent", { project }).member }],
  bigquery: [{ key: "bigquery", member: (scope, project) => new DataGoogleBigqueryDefaultServiceAccount(scope, "BigqueryAgent", { project }).member }],
  "vertex-ai": [numbered("aiplatform", "gcp-sa-aiplatform.iam.gserviceaccount.com")],
  "artifact-registry": [numbered("artifactregistry", "gcp-sa-artifactregistry.iam.gserviceaccount.com")],
  // Workbench boot and data disks are Compute Engine disks created through the Notebooks service.
  "workbench-disks": [numbered("compute", "compute-system.iam.gserviceaccount.com"), numbered("notebooks", "gcp-sa-notebooks.iam.gserviceaccount.com")],
  // Pipeline triggers: Pub/Sub topics (alerts) and Workflows workflows (their source and executions).
  orchestration: [numbered("pubsub", "gcp-sa-pubsub.iam.gserviceaccount.com"), numbered("workflows", "gcp-sa-workflows.iam.gserviceaccount.com")],
};

export interface EncryptionProps extends Omit<CommonProps, "protection"> {
  /**
   * Name of the key ring, created in `region` (keys must be in the same region as the
   * resources they protect). Key rings cannot be deleted, so a name cannot be reused.
   */
  readonly keyRingName: string;
  /**
   * The domains that get a key, each with a grant to its service agents only.
   * @default - every domain in KEY_DOMAINS
   */
  readonly domains?: readonly KeyDomain[];
  /**
   * Days between automatic key rotations, 1 to 90.
   * @default 90
   */
  readonly rotationPeriodDays?: number;
}

/** A domain's key and the grants that let its service agents use it. */
export interface DomainKey {
  /** `projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<domain>`, for `kms_key_name` fields. */
  readonly keyId: string;
  /** Resources that use the key must depend on these, or their creation races the grant. */
  readonly grants: ITerraformDependable[];
  /** The provider resource (escape hatch). */
  readonly resource: KmsCryptoKey;
}

/**
 * Customer-managed encryption keys: one key ring in the environment's region and one
 * software-protected symmetric key per domain, rotated at least every 90 days. Each key is
 * granted to exactly its domain's service agents, on the key itself (never on the key ring or
 * the project). Keys and the key ring are always protected from destruction, in every tier:
 * destroying a key destroys the data it encrypts.
 */
export class Encryption extends Construct {
  /** The provider resource (escape hatch). */
  readonly keyRing: KmsKeyRing;
  /** `projects/<p>/locations/<region>/keyRings/<name>` */
  readonly keyRingId: string;
  /** The domains that have a key, in the order given. */
  readonly domains: readonly KeyDomain[];
  private readonly keys = new Map<KeyDomain, DomainKey>();

  constructor(scope: Construct, id: string, props: EncryptionProps) {
    super(scope, id);
    const domains = props.domains ?? KEY_DOMAINS;
    const days = props.rotationPeriodDays ?? MAX_ROTATION_DAYS;
    const problems: Problem[] = [...labelProblems(props.labels, id)];
    if (!Token.isUnresolved(props.keyRingName) && !KMS_NAME.test(props.keyRingName)) {
      problems.push({ path: `${id}.keyRingName`, message: `not a valid ${KMS_NAME.subject}; allowed: ${KMS_NAME.allowed}`, value: props.keyRingName });
    }
    if (typeof days !== "number" || !Number.isInteger(days) || days < 1 || days > MAX_ROTATION_DAYS) {
      problems.push({ path: `${id}.rotationPeriodDays`, message: `must be a whole number of days from 1 to ${MAX_ROTATION_DAYS}`, value: days });
    }
    if (domains.length === 0) {
      problems.push({ path: `${id}.domains`, message: `must list at least one domain; allowed: ${KEY_DOMAINS.join(", ")}`, value: [] });
    }
    domains.forEach((d, i) => {
      if (!KEY_DOMAINS.includes(d)) {
        problems.push({ path: `${id}.domains[${i}]`, message: `unknown key domain; allowed: ${KEY_DOMAINS.join(", ")}`, value: d });
      } else if (domains.indexOf(d) !== i) {
        problems.push({ path: `${id}.domains[${i}]`, message: `duplicate of domains[${domains.indexOf(d)}]; list each domain once`, value: d });
      }
    });
    throwIfAny(problems, `encryption '${id}'`);

    this.domains = [...domains];
    this.keyRing = new KmsKeyRing(this, "KeyRing", {
      project: props.projectId,
      name: props.keyRingName,
      location: props.region,
      lifecycle: { preventDestroy: true },
      dependsOn: props.dependsOn,
    });
    this.keyRingId = this.keyRing.id;
    let project: DataGoogleProject | undefined;
    const projectNumber = () => (project ??= new DataGoogleProject(this, "Project", { projectId: props.projectId })).number;

    for (const domain of domains) {
      const key = new KmsCryptoKey(this, `${domain}-key`, {
        name: domain,
        keyRing: this.keyRing.id,
        purpose: "ENCRYPT_DECRYPT",
        rotationPeriod: `${days * 86400}s`,
        versionTemplate: { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protectionLevel: "SOFTWARE" },
        labels: componentLabels(props.labels, "encryption"),
        lifecycle: { preventDestroy: true },
      });
      const grants = AGENTS[domain].map(
        (agent) =>
          new KmsCryptoKeyIamMember(this, `${domain}-${agent.key}-agent`, {
            cryptoKeyId: key.id,
            role: KEY_USER_ROLE,
            member: agent.member(this, props.projectId, projectNumber),
            dependsOn: props.dependsOn,
          }),
      );
      this.keys.set(domain, { keyId: key.id, grants, resource: key });
    }
  }

  /** The key of a configured domain; throws a ValidationError naming the configured domains otherwise. */
  key(domain: KeyDomain): DomainKey {
    const found = this.keyFor(domain);
    if (found) return found;
    throw new ValidationError(
      [{ path: `${this.node.id}.domains`, message: `has no key for '${domain}'; configured: ${this.domains.join(", ")}`, value: domain }],
      `encryption '${this.node.id}'`,
    );
  }

  /** The key of a domain, or undefined when the domain is not configured. */
  keyFor(domain: KeyDomain): DomainKey | undefined {
    const k = this.keys.get(domain);
    return k && { ...k, grants: [...k.grants] };
  }
}
