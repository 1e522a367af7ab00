/**
 * The fixed facts of the network (name suffixes, Google's IAP range, defaults, Shared VPC id
 * formats) and the checks of the network's and the service perimeter's props, for the
 * `MlopsNetwork`/`ServicePerimeter` constructs. Free of cdktn and provider imports: the constructs
 * say which values are not known yet (`unresolved`: a token) and those are taken as given.
 */
import { CIDR_ALLOWED, cidrsOverlap, Ipv4Cidr, parseCidr, prohibitedRangeProblem } from "../catalog/cidr";
import { GCE_NAME, PROJECT_ID } from "../catalog/naming";
import { vpcScServiceProblem } from "../catalog/services";
import { Problem, throwIfAny } from "../core/errors";

/** True for a value not known yet (a token). */
type Unresolved = (value: unknown) => boolean;

/** Google's source range for IAP TCP forwarding (SSH through Identity-Aware Proxy). */
export const IAP_TCP_FORWARDING_RANGE = "35.235.240.0/20";

/** Suffixes appended to a network's name prefix; the longest decides how long the prefix may be. */
export const NETWORK_SUFFIX = {
  network: "-vpc",
  subnetwork: "-subnet",
  router: "-router",
  nat: "-nat",
  denyAllIngress: "-deny-all-ingress",
  allowIapSsh: "-allow-iap-ssh",
  privateServiceRange: "-psa-range",
} as const;

/** Longest name prefix: every derived name stays within Compute Engine's 63 characters. */
export const MAX_NETWORK_NAME_LENGTH = 63 - Math.max(...Object.values(NETWORK_SUFFIX).map((s) => s.length));

/** What a network gets when its props leave a setting out. */
export const NETWORK_DEFAULTS = {
  subnetCidr: "10.10.0.0/20",
  privateServiceAccessCidr: "10.20.0.0/16",
  enablePrivateServiceAccess: false,
  flowLogSampling: 0.5,
  iapSshTargetTags: [] as readonly string[],
} as const;

/** Prefix of Compute Engine self links. */
export const COMPUTE_API = "https://www.googleapis.com/compute/v1/";
/** A network's id or self link: groups are the project and the network name. */
export const NETWORK_PATH = /^(?:https:\/\/www\.googleapis\.com\/compute\/v1\/)?projects\/([^/]+)\/global\/networks\/([^/]+)$/;
/** A subnetwork's id or self link: groups are the project, the region and the subnetwork name. */
export const SUBNETWORK_PATH = /^(?:https:\/\/www\.googleapis\.com\/compute\/v1\/)?projects\/([^/]+)\/regions\/([^/]+)\/subnetworks\/([^/]+)$/;

/** A Shared VPC reference as given: names, ids or self links, or values not known yet. */
export interface SharedVpcInput {
  readonly hostProjectId: unknown;
  readonly network: unknown;
  readonly subnetwork: unknown;
}

/** What the checks read from a network's props (both engines' props have these fields). */
export interface NetworkInput {
  readonly name: unknown;
  readonly region: unknown;
  readonly subnetCidr?: string;
  readonly privateServiceAccessCidr?: string;
  readonly enablePrivateServiceAccess?: boolean;
  readonly flowLogSampling?: number;
  readonly iapSshTargetTags?: readonly string[];
  readonly sharedVpc?: SharedVpcInput;
}

/** A network's settings once the defaults fill what the props leave out. */
export interface NetworkSettings {
  readonly subnetCidr: string;
  readonly privateServiceAccessCidr: string;
  readonly enablePrivateServiceAccess: boolean;
  readonly flowLogSampling: number;
  readonly iapSshTargetTags: readonly string[];
}

/** A network's settings: the props, with {@link NETWORK_DEFAULTS} for what they leave out. */
export function networkSettings(props: NetworkInput): NetworkSettings {
  return {
    subnetCidr: props.subnetCidr ?? NETWORK_DEFAULTS.subnetCidr,
    privateServiceAccessCidr: props.privateServiceAccessCidr ?? NETWORK_DEFAULTS.privateServiceAccessCidr,
    enablePrivateServiceAccess: props.enablePrivateServiceAccess ?? NETWORK_DEFAULTS.enablePrivateServiceAccess,
    flowLogSampling: props.flowLogSampling ?? NETWORK_DEFAULTS.flowLogSampling,
    iapSshTargetTags: props.iapSshTargetTags ?? NETWORK_DEFAULTS.iapSshTargetTags,
  };
}

/**
 * Every problem of a network's props (defaults applied): the name prefix, then either the Shared
 * VPC reference or the ranges, flow log sampling and IAP target tags.
 */
export function networkProblems(
  id: string,
  p: {
    readonly name: unknown;
    readonly region: unknown;
    readonly subnetCidr: unknown;
    readonly privateServiceAccessCidr: unknown;
    readonly enablePrivateServiceAccess: boolean;
    readonly flowLogSampling: unknown;
    readonly iapSshTargetTags: readonly unknown[];
    readonly sharedVpc?: SharedVpcInput;
  },
  unresolved: Unresolved,
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
  const sampling = p.flowLogSampling;
  if (typeof sampling !== "number" || !Number.isFinite(sampling) || sampling < 0 || sampling > 1) {
    problems.push({ path: `${id}.flowLogSampling`, message: "must be a number from 0 to 1", value: sampling });
  }
  p.iapSshTargetTags.forEach((tag, i) => {
    if (!unresolved(tag) && !(typeof tag === "string" && GCE_NAME.test(tag))) {
      problems.push({ path: `${id}.iapSshTargetTags[${i}]`, message: `not a valid network tag; allowed: ${GCE_NAME.allowed}`, value: tag });
    }
  });
  return problems;
}

/**
 * Checks a network's props, every problem at once (a ValidationError for `network '<id>'`).
 * Returns the settings with the defaults applied.
 */
export function checkNetwork(id: string, props: NetworkInput, unresolved: Unresolved): NetworkSettings {
  const settings = networkSettings(props);
  throwIfAny(networkProblems(id, { ...settings, name: props.name, region: props.region, sharedVpc: props.sharedVpc }, unresolved), `network '${id}'`);
  return settings;
}

/** Parses a CIDR prop, recording a problem when it is malformed; unresolved values are skipped. */
function cidrProblem(text: unknown, path: string, problems: Problem[], unresolved: Unresolved): Ipv4Cidr | undefined {
  if (unresolved(text)) return undefined;
  const r = parseCidr(String(text));
  if (!r.ok) {
    problems.push({ path, message: `${r.reason}; allowed: ${CIDR_ALLOWED}`, value: text });
    return undefined;
  }
  const prohibited = prohibitedRangeProblem(r.cidr);
  if (prohibited) problems.push({ path, message: prohibited, value: text });
  return r.cidr;
}

function sharedVpcProblems(ref: SharedVpcInput, region: unknown, where: string, unresolved: Unresolved): Problem[] {
  const problems: Problem[] = [];
  const host = ref.hostProjectId;
  const blank = (v: unknown) => !unresolved(v) && (typeof v !== "string" || v.trim() === "");
  for (const field of ["hostProjectId", "network", "subnetwork"] as const) {
    if (blank(ref[field])) problems.push({ path: `${where}.${field}`, message: "is required when sharedVpc is set", value: ref[field] });
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
      if (!unresolved(region) && m[2] !== region) {
        problems.push({ path: `${where}.subnetwork`, message: `is in region '${m[2]}'; it must be in the environment's region '${String(region)}'`, value: ref.subnetwork });
      }
      if (!GCE_NAME.test(m[3])) problems.push({ path: `${where}.subnetwork`, message: `the subnetwork name is not valid; allowed: ${GCE_NAME.allowed}`, value: ref.subnetwork });
    } else if (!GCE_NAME.test(ref.subnetwork)) {
      problems.push({ path: `${where}.subnetwork`, message: `must be a subnetwork name (${GCE_NAME.allowed}) or 'projects/<host>/regions/<region>/subnetworks/<name>'`, value: ref.subnetwork });
    }
  }
  return problems;
}

/** The names, ids and self links of a Shared VPC network and subnetwork. */
export interface SharedVpcIds<V> {
  readonly networkName: V | string;
  readonly networkId: V | string;
  readonly networkSelfLink: V | string;
  readonly subnetworkId: V | string;
  readonly subnetworkSelfLink: V | string;
}

/**
 * Ids and self links of a validated Shared VPC reference: names become
 * `projects/<host>/global/networks/<name>` and `projects/<host>/regions/<region>/subnetworks/<name>`.
 * An unresolved network or subnetwork is passed through as given, as its name, id and self link.
 */
export function sharedVpcIds<V>(ref: { readonly hostProjectId: string; readonly network: V; readonly subnetwork: V }, region: string, unresolved: Unresolved): SharedVpcIds<V> {
  const net = unresolved(ref.network) ? undefined : NETWORK_PATH.exec(ref.network as unknown as string);
  const networkName = net ? net[2] : ref.network;
  const networkId = unresolved(ref.network) ? ref.network : `projects/${ref.hostProjectId}/global/networks/${String(networkName)}`;
  const sub = unresolved(ref.subnetwork) ? undefined : SUBNETWORK_PATH.exec(ref.subnetwork as unknown as string);
  const subnetworkId = unresolved(ref.subnetwork)
    ? ref.subnetwork
    : `projects/${ref.hostProjectId}/regions/${sub ? sub[2] : region}/subnetworks/${sub ? sub[3] : String(ref.subnetwork)}`;
  return {
    networkName,
    networkId,
    networkSelfLink: unresolved(ref.network) ? ref.network : `${COMPUTE_API}${String(networkId)}`,
    subnetworkId,
    subnetworkSelfLink: unresolved(ref.subnetwork) ? ref.subnetwork : `${COMPUTE_API}${String(subnetworkId)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Service perimeter
// ---------------------------------------------------------------------------------------------

/** How a perimeter starts when its props do not say: recording, not blocking. */
export const PERIMETER_DEFAULTS = { mode: "dry-run" } as const;

/** What the checks read from a service perimeter's props (both engines' props have these fields). */
export interface PerimeterInput {
  readonly accessPolicy: string;
  readonly perimeterName: string;
  readonly restrictedServices: readonly string[];
  readonly mode?: "dry-run" | "enforced";
}

/** Every problem of a service perimeter's props: access policy, perimeter name, restricted services. */
export function perimeterProblems(id: string, p: PerimeterInput): Problem[] {
  return [
    ...(/^[0-9]{1,20}$/.test(p.accessPolicy) ? [] : [{ path: `${id}.accessPolicy`, message: "must be the numeric ID of an access policy", value: p.accessPolicy }]),
    ...(/^[A-Za-z][A-Za-z0-9_]{0,49}$/.test(p.perimeterName)
      ? []
      : [{ path: `${id}.perimeterName`, message: "allowed: 1-50 letters, digits or '_', starting with a letter", value: p.perimeterName }]),
    ...(p.restrictedServices.length > 0 ? [] : [{ path: `${id}.restrictedServices`, message: "must list at least one service", value: [] }]),
    ...p.restrictedServices.flatMap((service, i) => {
      const problem = vpcScServiceProblem(service);
      return problem ? [{ path: `${id}.restrictedServices[${i}]`, message: problem, value: service }] : [];
    }),
  ];
}

/**
 * Checks a service perimeter's props, every problem at once (a ValidationError for
 * `service perimeter '<id>'`). Returns whether the perimeter only records (dry run).
 */
export function checkPerimeter(id: string, props: PerimeterInput): { readonly dryRun: boolean } {
  throwIfAny(perimeterProblems(id, props), `service perimeter '${id}'`);
  return { dryRun: (props.mode ?? PERIMETER_DEFAULTS.mode) === "dry-run" };
}
