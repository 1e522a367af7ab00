import { ComputeFirewall } from "@cdktf/provider-google/lib/compute-firewall";
import { ComputeGlobalAddress } from "@cdktf/provider-google/lib/compute-global-address";
import { ComputeNetwork } from "@cdktf/provider-google/lib/compute-network";
import { ComputeRouter } from "@cdktf/provider-google/lib/compute-router";
import { ComputeRouterNat } from "@cdktf/provider-google/lib/compute-router-nat";
import { ComputeSubnetwork } from "@cdktf/provider-google/lib/compute-subnetwork";
import { ServiceNetworkingConnection } from "@cdktf/provider-google/lib/service-networking-connection";
import type { ITerraformDependable } from "../cdktf";
import { Construct, Token } from "../cdktf";
import { CIDR_ALLOWED, cidrsOverlap, Ipv4Cidr, parseCidr } from "../catalog/cidr";
import { GCE_NAME, PROJECT_ID } from "../catalog/naming";
import { CommonProps, componentLabels } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";

// ---------------------------------------------------------------------------------------------
// MlopsNetwork
// ---------------------------------------------------------------------------------------------

/** Google's source range for IAP TCP forwarding (SSH through Identity-Aware Proxy). */
export const IAP_TCP_FORWARDING_RANGE = "35.235.240.0/20";

/** Suffixes appended to `name`; the longest decides how long `name` may be. */
const SUFFIX = {
  network: "-vpc",
  subnetwork: "-subnet",
  router: "-router",
  nat: "-nat",
  denyAllIngress: "-deny-all-ingress",
  allowIapSsh: "-allow-iap-ssh",
  privateServiceRange: "-psa-range",
} as const;
const MAX_NAME_LENGTH = 63 - Math.max(...Object.values(SUFFIX).map((s) => s.length));

/** An existing Shared VPC network and subnetwork, owned by a host project. */
export interface SharedVpcRef {
  /** Host project that owns the network. */
  readonly hostProjectId: string;
  /**
   * Network name, or its id `projects/<host>/global/networks/<name>` (a self link is accepted
   * too). A token is used as given, so it must resolve to the network's id.
   */
  readonly network: string;
  /**
   * Subnetwork name in the construct's region, or its id
   * `projects/<host>/regions/<region>/subnetworks/<name>` (a self link is accepted too). A token
   * is used as given, so it must resolve to the subnetwork's id.
   */
  readonly subnetwork: string;
}

export interface MlopsNetworkProps extends Pick<CommonProps, "projectId" | "region" | "dependsOn" | "labels"> {
  /**
   * Prefix of every resource name (`<name>-vpc`, `<name>-subnet`, `<name>-nat`, ...): a
   * Compute Engine name short enough that the longest derived name stays within 63 characters.
   */
  readonly name: string;
  /**
   * Primary IPv4 range of the subnetwork.
   * @default "10.10.0.0/20"
   */
  readonly subnetCidr?: string;
  /**
   * Reserve `privateServiceAccessCidr` and peer the network with Google's service producer
   * network (servicenetworking.googleapis.com), which Vertex AI private endpoints and other
   * producer services need. Needs the Service Networking API enabled (pass it in `dependsOn`).
   * @default false
   */
  readonly enablePrivateServiceAccess?: boolean;
  /**
   * Range reserved for private services access (a global address with purpose VPC_PEERING);
   * must not overlap `subnetCidr`, and must be a literal (it is split into an address and a
   * prefix length). Used and checked only when `enablePrivateServiceAccess` is true.
   * @default "10.20.0.0/16"
   */
  readonly privateServiceAccessCidr?: string;
  /**
   * Fraction of flows sampled by VPC flow logs, 0 to 1.
   * @default 0.5
   */
  readonly flowLogSampling?: number;
  /**
   * Network tags of the instances that may be reached over SSH through IAP.
   * @default - none: the IAP SSH rule applies to every instance in the network
   */
  readonly iapSshTargetTags?: readonly string[];
  /**
   * Use an existing Shared VPC instead of creating a network: nothing network-related is
   * created and the construct only exposes the given network's and subnetwork's ids. The
   * host project's admins own its firewall rules, NAT and private services access, so the
   * creation props (`subnetCidr`, `flowLogSampling`, ...) are ignored and
   * `enablePrivateServiceAccess` must not be true.
   * @default - a new network is created in `projectId`
   */
  readonly sharedVpc?: SharedVpcRef;
}

/** What other constructs may use from a network. */
export interface IMlopsNetwork {
  /** `projects/<project>/global/networks/<name>` */
  readonly networkId: string;
  /** `https://www.googleapis.com/compute/v1/projects/<project>/global/networks/<name>` */
  readonly networkSelfLink: string;
  readonly networkName: string;
  /** `projects/<project>/regions/<region>/subnetworks/<name>` */
  readonly subnetworkId: string;
  readonly subnetworkSelfLink: string;
  /** The peering with Google's services; resources that need it depend on it. Undefined when not created here. */
  readonly privateServiceAccess: ITerraformDependable | undefined;
}

/** The provider resources of a network created by {@link MlopsNetwork} (escape hatches). */
export interface MlopsNetworkResources {
  readonly network: ComputeNetwork;
  readonly subnetwork: ComputeSubnetwork;
  readonly router: ComputeRouter;
  readonly nat: ComputeRouterNat;
  readonly denyAllIngress: ComputeFirewall;
  readonly allowIapSsh: ComputeFirewall;
  /** Present when private services access is enabled. */
  readonly privateServiceRange?: ComputeGlobalAddress;
  /** Present when private services access is enabled. */
  readonly privateServiceConnection?: ServiceNetworkingConnection;
}

const COMPUTE_API = "https://www.googleapis.com/compute/v1/";
const NETWORK_PATH = /^(?:https:\/\/www\.googleapis\.com\/compute\/v1\/)?projects\/([^/]+)\/global\/networks\/([^/]+)$/;
const SUBNETWORK_PATH = /^(?:https:\/\/www\.googleapis\.com\/compute\/v1\/)?projects\/([^/]+)\/regions\/([^/]+)\/subnetworks\/([^/]+)$/;

/**
 * A private VPC for the MLOps environment: one regional subnetwork with Private Google Access
 * and flow logs, Cloud NAT for egress (instances get no external IPs), an explicit logged
 * deny-all ingress rule, SSH only through IAP, and optionally private services access for
 * Vertex AI private endpoints. With `sharedVpc`, it creates nothing and points at the host
 * project's network instead.
 */
export class MlopsNetwork extends Construct implements IMlopsNetwork {
  readonly networkId: string;
  readonly networkSelfLink: string;
  readonly networkName: string;
  readonly subnetworkId: string;
  readonly subnetworkSelfLink: string;
  readonly privateServiceAccess: ITerraformDependable | undefined;
  /** The provider resources (escape hatches); undefined in Shared VPC mode. */
  readonly resources: MlopsNetworkResources | undefined;

  constructor(scope: Construct, id: string, props: MlopsNetworkProps) {
    super(scope, id);
    const subnetCidr = props.subnetCidr ?? "10.10.0.0/20";
    const psaCidr = props.privateServiceAccessCidr ?? "10.20.0.0/16";
    const enablePsa = props.enablePrivateServiceAccess ?? false;
    const sampling = props.flowLogSampling ?? 0.5;
    const tags = props.iapSshTargetTags ?? [];

    const problems: Problem[] = [];
    if (!Token.isUnresolved(props.name) && (!GCE_NAME.test(props.name) || props.name.length > MAX_NAME_LENGTH)) {
      problems.push({
        path: `${id}.name`,
        message: `not a valid name prefix; allowed: 1-${MAX_NAME_LENGTH} lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (suffixes up to '${SUFFIX.denyAllIngress}' are appended)`,
        value: props.name,
      });
    }
    if (props.sharedVpc) {
      problems.push(...sharedVpcProblems(props.sharedVpc, props.region, `${id}.sharedVpc`));
      if (enablePsa) {
        problems.push({
          path: `${id}.enablePrivateServiceAccess`,
          message: "cannot be true with sharedVpc: private services access is configured on the host project's network by its admins",
          value: true,
        });
      }
    } else {
      const subnet = cidrProblem(subnetCidr, `${id}.subnetCidr`, problems);
      let psa: Ipv4Cidr | undefined;
      if (enablePsa && Token.isUnresolved(psaCidr)) {
        problems.push({ path: `${id}.privateServiceAccessCidr`, message: "must be a literal range, not a token: it is split into an address and a prefix length", value: psaCidr });
      } else if (enablePsa) {
        psa = cidrProblem(psaCidr, `${id}.privateServiceAccessCidr`, problems);
      }
      if (subnet && psa && cidrsOverlap(subnet, psa)) {
        problems.push({
          path: `${id}.privateServiceAccessCidr`,
          message: `overlaps subnetCidr ${subnetCidr}; the two ranges must be disjoint`,
          value: psaCidr,
        });
      }
      if (typeof sampling !== "number" || !Number.isFinite(sampling) || sampling < 0 || sampling > 1) {
        problems.push({ path: `${id}.flowLogSampling`, message: "must be a number from 0 to 1", value: sampling });
      }
      tags.forEach((tag, i) => {
        if (!Token.isUnresolved(tag) && !GCE_NAME.test(tag)) {
          problems.push({ path: `${id}.iapSshTargetTags[${i}]`, message: `not a valid network tag; allowed: ${GCE_NAME.allowed}`, value: tag });
        }
      });
    }
    throwIfAny(problems, `network '${id}'`);

    if (props.sharedVpc) {
      const ref = resolveSharedVpc(props.sharedVpc, props.region);
      this.networkName = ref.networkName;
      this.networkId = ref.networkId;
      this.networkSelfLink = ref.networkSelfLink;
      this.subnetworkId = ref.subnetworkId;
      this.subnetworkSelfLink = ref.subnetworkSelfLink;
      this.privateServiceAccess = undefined;
      this.resources = undefined;
      return;
    }

    const project = props.projectId;
    const region = props.region;
    const network = new ComputeNetwork(this, "Network", {
      project,
      name: `${props.name}${SUFFIX.network}`,
      autoCreateSubnetworks: false,
      routingMode: "REGIONAL",
      deleteDefaultRoutesOnCreate: false,
      dependsOn: props.dependsOn,
    });
    const subnetwork = new ComputeSubnetwork(this, "Subnetwork", {
      project,
      region,
      name: `${props.name}${SUFFIX.subnetwork}`,
      network: network.id,
      ipCidrRange: subnetCidr,
      privateIpGoogleAccess: true,
      logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: sampling, metadata: "INCLUDE_ALL_METADATA" },
    });
    const router = new ComputeRouter(this, "Router", {
      project,
      region,
      name: `${props.name}${SUFFIX.router}`,
      network: network.id,
    });
    const nat = new ComputeRouterNat(this, "Nat", {
      project,
      region,
      name: `${props.name}${SUFFIX.nat}`,
      router: router.name,
      natIpAllocateOption: "AUTO_ONLY",
      sourceSubnetworkIpRangesToNat: "LIST_OF_SUBNETWORKS",
      subnetwork: [{ name: subnetwork.id, sourceIpRangesToNat: ["ALL_IP_RANGES"] }],
      logConfig: { enable: true, filter: "ERRORS_ONLY" },
    });
    // Ingress is denied by the implied rule already; this explicit rule makes the denial logged and visible.
    const denyAllIngress = new ComputeFirewall(this, "DenyAllIngress", {
      project,
      name: `${props.name}${SUFFIX.denyAllIngress}`,
      network: network.id,
      description: "Deny all ingress not allowed by a higher-priority rule (logged).",
      direction: "INGRESS",
      priority: 65534,
      deny: [{ protocol: "all" }],
      sourceRanges: ["0.0.0.0/0"],
      logConfig: { metadata: "INCLUDE_ALL_METADATA" },
    });
    const allowIapSsh = new ComputeFirewall(this, "AllowIapSsh", {
      project,
      name: `${props.name}${SUFFIX.allowIapSsh}`,
      network: network.id,
      description: "Allow SSH only from Identity-Aware Proxy TCP forwarding.",
      direction: "INGRESS",
      priority: 1000,
      allow: [{ protocol: "tcp", ports: ["22"] }],
      sourceRanges: [IAP_TCP_FORWARDING_RANGE],
      targetTags: tags.length > 0 ? [...tags] : undefined,
      logConfig: { metadata: "INCLUDE_ALL_METADATA" },
    });

    let privateServiceRange: ComputeGlobalAddress | undefined;
    let privateServiceConnection: ServiceNetworkingConnection | undefined;
    if (enablePsa) {
      const range = parseCidr(psaCidr);
      if (!range.ok) throw new Error(`unreachable: ${psaCidr} was validated`);
      privateServiceRange = new ComputeGlobalAddress(this, "PrivateServiceRange", {
        project,
        name: `${props.name}${SUFFIX.privateServiceRange}`,
        purpose: "VPC_PEERING",
        addressType: "INTERNAL",
        address: range.cidr.address,
        prefixLength: range.cidr.prefixLength,
        network: network.id,
        labels: componentLabels(props.labels, "network"),
      });
      privateServiceConnection = new ServiceNetworkingConnection(this, "PrivateServiceConnection", {
        network: network.id,
        service: "servicenetworking.googleapis.com",
        reservedPeeringRanges: [privateServiceRange.name],
      });
    }

    this.resources = { network, subnetwork, router, nat, denyAllIngress, allowIapSsh, privateServiceRange, privateServiceConnection };
    this.networkId = network.id;
    this.networkSelfLink = network.selfLink;
    this.networkName = network.name;
    this.subnetworkId = subnetwork.id;
    this.subnetworkSelfLink = subnetwork.selfLink;
    this.privateServiceAccess = privateServiceConnection;
  }
}

/** Parses a CIDR prop, recording a problem when it is malformed; tokens are skipped. */
function cidrProblem(text: string, path: string, problems: Problem[]): Ipv4Cidr | undefined {
  if (Token.isUnresolved(text)) return undefined;
  const r = parseCidr(text);
  if (r.ok) return r.cidr;
  problems.push({ path, message: `${r.reason}; allowed: ${CIDR_ALLOWED}`, value: text });
  return undefined;
}

function isBlank(v: unknown): boolean {
  return typeof v !== "string" || v.trim() === "";
}

function sharedVpcProblems(ref: SharedVpcRef, region: string, where: string): Problem[] {
  const problems: Problem[] = [];
  const host = ref.hostProjectId;
  for (const field of ["hostProjectId", "network", "subnetwork"] as const) {
    if (isBlank(ref[field])) problems.push({ path: `${where}.${field}`, message: "is required when sharedVpc is set", value: ref[field] });
  }
  if (!isBlank(host) && !Token.isUnresolved(host) && !PROJECT_ID.test(host)) {
    problems.push({ path: `${where}.hostProjectId`, message: `not a valid ${PROJECT_ID.subject}; allowed: ${PROJECT_ID.allowed}`, value: host });
  }
  if (!isBlank(ref.network) && !Token.isUnresolved(ref.network)) {
    const m = NETWORK_PATH.exec(ref.network);
    if (m) {
      if (!isBlank(host) && m[1] !== host) problems.push({ path: `${where}.network`, message: `is in project '${m[1]}', not the host project '${host}'`, value: ref.network });
      if (!GCE_NAME.test(m[2])) problems.push({ path: `${where}.network`, message: `the network name is not valid; allowed: ${GCE_NAME.allowed}`, value: ref.network });
    } else if (!GCE_NAME.test(ref.network)) {
      problems.push({
        path: `${where}.network`,
        message: `must be a network name (${GCE_NAME.allowed}) or 'projects/<host>/global/networks/<name>'`,
        value: ref.network,
      });
    }
  }
  if (!isBlank(ref.subnetwork) && !Token.isUnresolved(ref.subnetwork)) {
    const m = SUBNETWORK_PATH.exec(ref.subnetwork);
    if (m) {
      if (!isBlank(host) && m[1] !== host) problems.push({ path: `${where}.subnetwork`, message: `is in project '${m[1]}', not the host project '${host}'`, value: ref.subnetwork });
      if (!Token.isUnresolved(region) && m[2] !== region) problems.push({ path: `${where}.subnetwork`, message: `is in region '${m[2]}'; it must be in the environment's region '${region}'`, value: ref.subnetwork });
      if (!GCE_NAME.test(m[3])) problems.push({ path: `${where}.subnetwork`, message: `the subnetwork name is not valid; allowed: ${GCE_NAME.allowed}`, value: ref.subnetwork });
    } else if (!GCE_NAME.test(ref.subnetwork)) {
      problems.push({
        path: `${where}.subnetwork`,
        message: `must be a subnetwork name (${GCE_NAME.allowed}) or 'projects/<host>/regions/<region>/subnetworks/<name>'`,
        value: ref.subnetwork,
      });
    }
  }
  return problems;
}

/** Ids and self links of a validated Shared VPC reference. A token is passed through as both id and self link. */
function resolveSharedVpc(ref: SharedVpcRef, region: string) {
  const net = Token.isUnresolved(ref.network) ? undefined : NETWORK_PATH.exec(ref.network);
  const networkName = net ? net[2] : ref.network;
  const networkId = Token.isUnresolved(ref.network) ? ref.network : `projects/${ref.hostProjectId}/global/networks/${networkName}`;
  const sub = Token.isUnresolved(ref.subnetwork) ? undefined : SUBNETWORK_PATH.exec(ref.subnetwork);
  const subnetworkId = Token.isUnresolved(ref.subnetwork)
    ? ref.subnetwork
    : `projects/${ref.hostProjectId}/regions/${sub ? sub[2] : region}/subnetworks/${sub ? sub[3] : ref.subnetwork}`;
  return {
    networkName,
    networkId,
    networkSelfLink: Token.isUnresolved(ref.network) ? ref.network : `${COMPUTE_API}${networkId}`,
    subnetworkId,
    subnetworkSelfLink: Token.isUnresolved(ref.subnetwork) ? ref.subnetwork : `${COMPUTE_API}${subnetworkId}`,
  };
}
