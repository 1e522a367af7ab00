/**
 * Checks of the props given to a capability directly from TypeScript (the YAML is checked by the
 * config schema before either engine runs). Pure functions of plain values, engine-neutral: each
 * returns every problem it finds, with the field path, the value and what is allowed, and skips
 * values that are not known yet (`unresolved`: a Pulumi Output or promise, a cdktf token).
 *
 * The messages are those of the cdktf constructs, word for word; test/pulumi-parity.test.ts feeds
 * the same bad props to both engines and compares the problems.
 */
import { CIDR_ALLOWED, cidrsOverlap, Ipv4Cidr, parseCidr } from "../catalog/cidr";
import { BUCKET_NAME, DATASET_ID, GCE_NAME, KMS_NAME, PROJECT_ID, REPOSITORY_ID, SERVICE_ACCOUNT_ID } from "../catalog/naming";
import { workbenchMachineProblems } from "../config/team";
import { labelProblems } from "../core/common";
import { Problem } from "../core/errors";
import { KEY_DOMAINS, KeyDomain, MAX_NETWORK_NAME_LENGTH, MAX_ROTATION_DAYS, NETWORK_SUFFIX } from "./catalog";

/** True for a value that is not known while the program runs. */
export type Unresolved = (value: unknown) => boolean;

/** Pulumi's rule: only plain values are checked; Outputs and promises are taken as given. */
export const notPlain: Unresolved = (v) => v !== null && typeof v === "object" && ("apply" in (v as object) || typeof (v as { then?: unknown }).then === "function");

type Labels = Readonly<Record<string, string>> | undefined;

export function bucketProblems(id: string, p: { bucketName: string; noncurrentVersionRetentionDays: number; softDeleteRetentionDays: number; labels: Labels }): Problem[] {
  const problems: Problem[] = [...labelProblems(p.labels, id)];
  if (!BUCKET_NAME.test(p.bucketName)) {
    problems.push({ path: `${id}.bucketName`, message: `not a valid ${BUCKET_NAME.subject}; allowed: ${BUCKET_NAME.allowed}`, value: p.bucketName });
  }
  const n = p.noncurrentVersionRetentionDays;
  if (!Number.isInteger(n) || n < 1) problems.push({ path: `${id}.noncurrentVersionRetentionDays`, message: "must be a whole number of days, at least 1", value: n });
  const s = p.softDeleteRetentionDays;
  if (!Number.isInteger(s) || s < 7 || s > 90) problems.push({ path: `${id}.softDeleteRetentionDays`, message: "must be a whole number of days from 7 to 90", value: s });
  return problems;
}

export function datasetProblems(id: string, p: { datasetId: string; tableExpirationDays?: number; timeTravelHours: number; labels: Labels }): Problem[] {
  const problems: Problem[] = [...labelProblems(p.labels, id)];
  if (!DATASET_ID.test(p.datasetId)) {
    problems.push({ path: `${id}.datasetId`, message: `not a valid ${DATASET_ID.subject}; allowed: ${DATASET_ID.allowed}`, value: p.datasetId });
  }
  const e = p.tableExpirationDays;
  if (e !== undefined && (!Number.isInteger(e) || e < 1)) problems.push({ path: `${id}.tableExpirationDays`, message: "must be a whole number of days, at least 1", value: e });
  const t = p.timeTravelHours;
  if (!Number.isInteger(t) || t < 48 || t > 168 || t % 24 !== 0) problems.push({ path: `${id}.timeTravelHours`, message: "must be 48, 72, 96, 120, 144 or 168", value: t });
  return problems;
}

export function repositoryProblems(
  id: string,
  p: { repositoryId: string; format: string; untaggedRetentionDays: number; keepRecentVersions: number; immutableTags?: boolean; labels: Labels },
): Problem[] {
  const problems: Problem[] = [...labelProblems(p.labels, id)];
  if (!REPOSITORY_ID.test(p.repositoryId)) {
    problems.push({ path: `${id}.repositoryId`, message: `not a valid ${REPOSITORY_ID.subject}; allowed: ${REPOSITORY_ID.allowed}`, value: p.repositoryId });
  }
  const u = p.untaggedRetentionDays;
  if (!Number.isInteger(u) || u < 1) problems.push({ path: `${id}.untaggedRetentionDays`, message: "must be a whole number of days, at least 1", value: u });
  const k = p.keepRecentVersions;
  if (!Number.isInteger(k) || k < 1) problems.push({ path: `${id}.keepRecentVersions`, message: "must be a whole number, at least 1", value: k });
  if (p.immutableTags && p.format !== "DOCKER") {
    problems.push({ path: `${id}.immutableTags`, message: "only DOCKER repositories have tags that can be made immutable", value: true });
  }
  return problems;
}

export function serviceAccountProblems(id: string, accountId: string): Problem[] {
  return SERVICE_ACCOUNT_ID.test(accountId)
    ? []
    : [{ path: `${id}.accountId`, message: `not a valid ${SERVICE_ACCOUNT_ID.subject}; allowed: ${SERVICE_ACCOUNT_ID.allowed}`, value: accountId }];
}

export function perimeterProblems(id: string, p: { accessPolicy: string; perimeterName: string; restrictedServices: readonly string[] }): Problem[] {
  return [
    ...(/^[0-9]{1,20}$/.test(p.accessPolicy) ? [] : [{ path: `${id}.accessPolicy`, message: "must be the numeric ID of an access policy", value: p.accessPolicy }]),
    ...(/^[A-Za-z][A-Za-z0-9_]{0,49}$/.test(p.perimeterName) ? [] : [{ path: `${id}.perimeterName`, message: "allowed: 1-50 letters, digits or '_', starting with a letter", value: p.perimeterName }]),
    ...(p.restrictedServices.length > 0 ? [] : [{ path: `${id}.restrictedServices`, message: "must list at least one service", value: [] }]),
  ];
}

export function encryptionProblems(
  id: string,
  p: { keyRingName: unknown; rotationPeriodDays: unknown; domains: readonly KeyDomain[]; labels: Labels },
  unresolved: Unresolved = notPlain,
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

/** A network's Shared VPC reference as given (names, ids or self links; unresolved values are taken as given). */
export interface SharedVpcInput {
  readonly hostProjectId: unknown;
  readonly network: unknown;
  readonly subnetwork: unknown;
}

export const NETWORK_PATH = /^(?:https:\/\/www\.googleapis\.com\/compute\/v1\/)?projects\/([^/]+)\/global\/networks\/([^/]+)$/;
export const SUBNETWORK_PATH = /^(?:https:\/\/www\.googleapis\.com\/compute\/v1\/)?projects\/([^/]+)\/regions\/([^/]+)\/subnetworks\/([^/]+)$/;

export function networkProblems(
  id: string,
  p: {
    name: unknown;
    region: unknown;
    subnetCidr: unknown;
    privateServiceAccessCidr: unknown;
    enablePrivateServiceAccess: boolean;
    flowLogSampling: unknown;
    iapSshTargetTags: readonly unknown[];
    sharedVpc?: SharedVpcInput;
  },
  unresolved: Unresolved = notPlain,
): Problem[] {
  const problems: Problem[] = [];
  if (!unresolved(p.name) && !(typeof p.name === "string" && GCE_NAME.test(p.name) && p.name.length <= MAX_NETWORK_NAME_LENGTH)) {
    problems.push({
      path: `${id}.name`,
      message: `not a valid name prefix; allowed: 1-${MAX_NETWORK_NAME_LENGTH} lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (suffixes up to '${NETWORK_SUFFIX.denyAllIngress}' are appended)`,
      value: p.name,
    });
  }
  if (p.sharedVpc) {
    problems.push(...sharedVpcProblems(p.sharedVpc, p.region, `${id}.sharedVpc`, unresolved));
    if (p.enablePrivateServiceAccess) {
      problems.push({
        path: `${id}.enablePrivateServiceAccess`,
        message: "cannot be true with sharedVpc: private services access is configured on the host project's network by its admins",
        value: true,
      });
    }
    return problems;
  }
  const subnet = cidrProblem(p.subnetCidr, `${id}.subnetCidr`, problems, unresolved);
  let psa: Ipv4Cidr | undefined;
  if (p.enablePrivateServiceAccess && unresolved(p.privateServiceAccessCidr)) {
    problems.push({ path: `${id}.privateServiceAccessCidr`, message: "must be a literal range, not a token: it is split into an address and a prefix length", value: p.privateServiceAccessCidr });
  } else if (p.enablePrivateServiceAccess) {
    psa = cidrProblem(p.privateServiceAccessCidr, `${id}.privateServiceAccessCidr`, problems, unresolved);
  }
  if (subnet && psa && cidrsOverlap(subnet, psa)) {
    problems.push({ path: `${id}.privateServiceAccessCidr`, message: `overlaps subnetCidr ${String(p.subnetCidr)}; the two ranges must be disjoint`, value: p.privateServiceAccessCidr });
  }
  const s = p.flowLogSampling;
  if (typeof s !== "number" || !Number.isFinite(s) || s < 0 || s > 1) {
    problems.push({ path: `${id}.flowLogSampling`, message: "must be a number from 0 to 1", value: s });
  }
  p.iapSshTargetTags.forEach((tag, i) => {
    if (!unresolved(tag) && !(typeof tag === "string" && GCE_NAME.test(tag))) {
      problems.push({ path: `${id}.iapSshTargetTags[${i}]`, message: `not a valid network tag; allowed: ${GCE_NAME.allowed}`, value: tag });
    }
  });
  return problems;
}

function cidrProblem(text: unknown, path: string, problems: Problem[], unresolved: Unresolved): Ipv4Cidr | undefined {
  if (unresolved(text)) return undefined;
  const r = parseCidr(String(text));
  if (r.ok) return r.cidr;
  problems.push({ path, message: `${r.reason}; allowed: ${CIDR_ALLOWED}`, value: text });
  return undefined;
}

function isBlank(v: unknown, unresolved: Unresolved): boolean {
  return !unresolved(v) && (typeof v !== "string" || v.trim() === "");
}

function sharedVpcProblems(ref: SharedVpcInput, region: unknown, where: string, unresolved: Unresolved): Problem[] {
  const problems: Problem[] = [];
  const host = ref.hostProjectId;
  for (const field of ["hostProjectId", "network", "subnetwork"] as const) {
    if (isBlank(ref[field], unresolved)) problems.push({ path: `${where}.${field}`, message: "is required when sharedVpc is set", value: ref[field] });
  }
  const literal = (v: unknown): v is string => typeof v === "string" && !unresolved(v) && v.trim() !== "";
  if (literal(host) && !PROJECT_ID.test(host)) {
    problems.push({ path: `${where}.hostProjectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: host });
  }
  const knownHost = literal(host) ? host : undefined;
  if (literal(ref.network)) {
    const m = NETWORK_PATH.exec(ref.network);
    if (m) {
      if (knownHost && m[1] !== knownHost) problems.push({ path: `${where}.network`, message: `is in project '${m[1]}', not the host project '${knownHost}'`, value: ref.network });
      if (!GCE_NAME.test(m[2])) problems.push({ path: `${where}.network`, message: `the network name is not valid; allowed: ${GCE_NAME.allowed}`, value: ref.network });
    } else if (!GCE_NAME.test(ref.network)) {
      problems.push({ path: `${where}.network`, message: `must be a network name (${GCE_NAME.allowed}) or 'projects/<host>/global/networks/<name>'`, value: ref.network });
    }
  }
  if (literal(ref.subnetwork)) {
    const m = SUBNETWORK_PATH.exec(ref.subnetwork);
    if (m) {
      if (knownHost && m[1] !== knownHost) problems.push({ path: `${where}.subnetwork`, message: `is in project '${m[1]}', not the host project '${knownHost}'`, value: ref.subnetwork });
      if (!unresolved(region) && m[2] !== region) problems.push({ path: `${where}.subnetwork`, message: `is in region '${m[2]}'; it must be in the environment's region '${String(region)}'`, value: ref.subnetwork });
      if (!GCE_NAME.test(m[3])) problems.push({ path: `${where}.subnetwork`, message: `the subnetwork name is not valid; allowed: ${GCE_NAME.allowed}`, value: ref.subnetwork });
    } else if (!GCE_NAME.test(ref.subnetwork)) {
      problems.push({ path: `${where}.subnetwork`, message: `must be a subnetwork name (${GCE_NAME.allowed}) or 'projects/<host>/regions/<region>/subnetworks/<name>'`, value: ref.subnetwork });
    }
  }
  return problems;
}

/** One Workbench instance as the fleet takes it (the engine-neutral WorkbenchInstanceSpec). */
interface WorkbenchInstanceInput {
  readonly owner: string;
  readonly instanceName: string;
  readonly machineType: string;
  readonly accelerator?: { readonly type: string; readonly count: number };
  readonly idleTimeoutMinutes: number;
  readonly containerImage?: string;
}

export function workbenchFleetProblems(id: string, p: { zone: string; instances: readonly WorkbenchInstanceInput[]; hasContainerRepository: boolean }): Problem[] {
  const problems: Problem[] = [];
  if (!/^[a-z]+-[a-z]+[0-9]+-[a-z]$/.test(p.zone)) problems.push({ path: `${id}.zone`, message: "must be a zone such as us-central1-b", value: p.zone });
  const names = new Map<string, string>();
  p.instances.forEach((m, i) => {
    const at = `${id}.instances[${i}]`;
    if (!GCE_NAME.test(m.instanceName)) problems.push({ path: `${at}.instanceName`, message: `not a valid ${GCE_NAME.subject}; allowed: ${GCE_NAME.allowed}`, value: m.instanceName });
    if (names.has(m.instanceName)) problems.push({ path: `${at}.instanceName`, message: `already used by ${names.get(m.instanceName)}`, value: m.instanceName });
    names.set(m.instanceName, m.owner);
    for (const [field, message] of workbenchMachineProblems(m.machineType, m.accelerator)) {
      problems.push({ path: `${at}.${field}`, message, value: field === "machineType" ? m.machineType : m.accelerator });
    }
    if (!Number.isInteger(m.idleTimeoutMinutes) || m.idleTimeoutMinutes < 10 || m.idleTimeoutMinutes > 1440) {
      problems.push({ path: `${at}.idleTimeoutMinutes`, message: "must be a whole number of minutes from 10 to 1440", value: m.idleTimeoutMinutes });
    }
    if (m.containerImage && !p.hasContainerRepository) problems.push({ path: `${at}.containerImage`, message: "needs containerRepositoryUrl on the fleet", value: m.containerImage });
  });
  return problems;
}

/** The project services' rule for API names (cdktf ProjectServices.enable). */
export const SERVICE_NAME = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.googleapis\.com$/;
