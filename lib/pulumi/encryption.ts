import * as pulumi from "@pulumi/pulumi";
import * as bigquery from "@pulumi/gcp/bigquery";
import * as kms from "@pulumi/gcp/kms";
import * as organizations from "@pulumi/gcp/organizations";
import * as storage from "@pulumi/gcp/storage";
import { componentLabels } from "../core/common";
import { checkEncryption, KEY_AGENTS, KEY_USER_ROLE, KeyDomain, missingKeyError, ServiceAgentRef } from "../encryption/checks";
import { notPlain } from "./checks";
import { childName, CommonArgs, COMPONENT_TYPES, KEEP_FOREVER } from "./common";

export interface EncryptionArgs extends Omit<CommonArgs, "protection"> {
  /**
   * Name of the key ring, created in `region` (keys must be in the same region as the
   * resources they protect). Key rings cannot be deleted, so a name cannot be reused.
   */
  readonly keyRingName: pulumi.Input<string>;
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
  /** `projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<domain>`, for `kmsKeyName` fields. */
  readonly keyId: pulumi.Output<string>;
  /** Resources that use the key must depend on these, or their creation races the grant. */
  readonly grants: pulumi.Resource[];
  /** The provider resource (escape hatch). */
  readonly resource: kms.CryptoKey;
}

/**
 * Customer-managed encryption keys: one key ring in the environment's region and one
 * software-protected symmetric key per domain, rotated at least every 90 days. Each key is
 * granted to exactly its domain's service agents, on the key itself (never on the key ring or
 * the project). Keys and the key ring are protected in every tier, and kept in the project
 * should they ever leave the program (`retainOnDelete`): destroying a key destroys the data it
 * encrypts.
 */
export class Encryption extends pulumi.ComponentResource {
  /** The provider resource (escape hatch). */
  readonly keyRing: kms.KeyRing;
  /** `projects/<p>/locations/<region>/keyRings/<name>` */
  readonly keyRingId: pulumi.Output<string>;
  /** The domains that have a key, in the order given. */
  readonly domains: readonly KeyDomain[];
  private readonly keys = new Map<KeyDomain, DomainKey>();
  private readonly baseName: string;

  constructor(name: string, args: EncryptionArgs, opts?: pulumi.ComponentResourceOptions) {
    const { domains, rotationPeriodDays: days } = checkEncryption(name, args, notPlain);
    super(COMPONENT_TYPES.encryption, name, {}, opts);
    this.baseName = name;
    this.domains = [...domains];
    const dependsOn = [...(args.dependsOn ?? [])];
    this.keyRing = new kms.KeyRing(childName(name, "key-ring"), { project: args.projectId, name: args.keyRingName, location: args.region }, { parent: this, dependsOn, ...KEEP_FOREVER });
    this.keyRingId = this.keyRing.id;

    let projectNumber: pulumi.Output<string> | undefined;
    const agentMember = (agent: ServiceAgentRef): pulumi.Output<string> => {
      if ("numbered" in agent) {
        projectNumber ??= organizations.getProjectOutput({ projectId: args.projectId }, { parent: this }).number;
        return pulumi.interpolate`serviceAccount:service-${projectNumber}@${agent.numbered}`;
      }
      // Reading these agents also creates them when the project has none yet.
      return agent.lookup === "storage"
        ? storage.getProjectServiceAccountOutput({ project: args.projectId }, { parent: this }).member
        : bigquery.getDefaultServiceAccountOutput({ project: args.projectId }, { parent: this }).member;
    };

    for (const domain of domains) {
      const key = new kms.CryptoKey(
        childName(name, `${domain}-key`),
        {
          name: domain,
          keyRing: this.keyRing.id,
          purpose: "ENCRYPT_DECRYPT",
          rotationPeriod: `${days * 86400}s`,
          versionTemplate: { algorithm: "GOOGLE_SYMMETRIC_ENCRYPTION", protectionLevel: "SOFTWARE" },
          labels: componentLabels(args.labels, "encryption"),
          deletionPolicy: "PREVENT",
        },
        { parent: this, ...KEEP_FOREVER },
      );
      const grants = KEY_AGENTS[domain].map(
        (agent) =>
          new kms.CryptoKeyIAMMember(
            childName(name, `${domain}-${agent.key}-agent`),
            { cryptoKeyId: key.id, role: KEY_USER_ROLE, member: agentMember(agent) },
            { parent: this, dependsOn },
          ),
      );
      this.keys.set(domain, { keyId: key.id, grants, resource: key });
    }
    this.registerOutputs({ keyRingId: this.keyRingId });
  }

  /** The key of a configured domain; throws a ValidationError naming the configured domains otherwise. */
  key(domain: KeyDomain): DomainKey {
    const found = this.keyFor(domain);
    if (found) return found;
    throw missingKeyError(this.baseName, domain, this.domains);
  }

  /** The key of a domain, or undefined when the domain is not configured. */
  keyFor(domain: KeyDomain): DomainKey | undefined {
    const k = this.keys.get(domain);
    return k && { ...k, grants: [...k.grants] };
  }
}
