import { DataGoogleBigqueryDefaultServiceAccount } from "../../provider/google/data-google-bigquery-default-service-account";
import { DataGoogleProject } from "../../provider/google/data-google-project";
import { DataGoogleStorageProjectServiceAccount } from "../../provider/google/data-google-storage-project-service-account";
import { KmsCryptoKey } from "../../provider/google/kms-crypto-key";
import { KmsCryptoKeyIamMember } from "../../provider/google/kms-crypto-key-iam-member";
import { KmsKeyRing } from "../../provider/google/kms-key-ring";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import { CommonProps, componentLabels } from "../core/common";
import { checkEncryption, KEY_AGENTS, KEY_USER_ROLE, KeyDomain, missingKeyError, ServiceAgentRef } from "./checks";

export { KEY_DOMAINS, KEY_USER_ROLE, MAX_ROTATION_DAYS } from "./checks";
export type { KeyDomain } from "./checks";

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
    const { domains, rotationPeriodDays: days } = checkEncryption(id, props, (v) => Token.isUnresolved(v));
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
    // Cloud Storage's and BigQuery's agents are read through their data sources, which also create them.
    const agentMember = (agent: ServiceAgentRef): string => {
      if ("numbered" in agent) return `serviceAccount:service-${projectNumber()}@${agent.numbered}`;
      return agent.lookup === "storage"
        ? new DataGoogleStorageProjectServiceAccount(this, "StorageAgent", { project: props.projectId }).member
        : new DataGoogleBigqueryDefaultServiceAccount(this, "BigqueryAgent", { project: props.projectId }).member;
    };

    for (const domain of domains) {
      const key = new KmsCryptoKey(this, `${domain}-key`, {
        name: domain,
        keyRing: this.keyRing.id,
        purpose: "ENCRYPT_DECRYPT",
        rotationPeriod: `${days * 86400}s`,
        versionTemplate: { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protectionLevel: "SOFTWARE" },
        labels: componentLabels(props.labels, "encryption"),
        lifecycle: { preventDestroy: true },
        deletionPolicy: "PREVENT",
      });
      const grants = KEY_AGENTS[domain].map(
        (agent) =>
          new KmsCryptoKeyIamMember(this, `${domain}-${agent.key}-agent`, {
            cryptoKeyId: key.id,
            role: KEY_USER_ROLE,
            member: agentMember(agent),
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
    throw missingKeyError(this.node.id, domain, this.domains);
  }

  /** The key of a domain, or undefined when the domain is not configured. */
  keyFor(domain: KeyDomain): DomainKey | undefined {
    const k = this.keys.get(domain);
    return k && { ...k, grants: [...k.grants] };
  }
}
