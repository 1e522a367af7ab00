import { ComputeFirewall } from "../../provider/google/compute-firewall";
import { ComputeGlobalAddress } from "../../provider/google/compute-global-address";
import { ComputeNetwork } from "../../provider/google/compute-network";
import { ComputeRouter } from "../../provider/google/compute-router";
import { ComputeRouterNat } from "../../provider/google/compute-router-nat";
import { ComputeSubnetwork } from "../../provider/google/compute-subnetwork";
import { ServiceNetworkingConnection } from "../../provider/google/service-networking-connection";
import type { ITerraformDependable } from "../cdktn";
import { Construct, Token } from "../cdktn";
import { parseCidr } from "../catalog/cidr";
import { CommonProps, componentLabels } from "../core/common";
import { checkNetwork, IAP_TCP_FORWARDING_RANGE, NETWORK_SUFFIX, sharedVpcIds } from "./checks";

export { IAP_TCP_FORWARDING_RANGE } from "./checks";

/** Tokens are taken as given: their values are known only at apply time. */
const unresolved = (value: unknown): boolean => Token.isUnresolved(value);

// ---------------------------------------------------------------------------------------------
// MlopsNetwork
// ---------------------------------------------------------------------------------------------

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
    const settings = checkNetwork(id, props, unresolved);
    const { subnetCidr, enablePrivateServiceAccess: enablePsa, flowLogSampling: sampling, iapSshTargetTags: tags } = settings;
    const psaCidr = settings.privateServiceAccessCidr;

    if (props.sharedVpc) {
      const ref = sharedVpcIds(props.sharedVpc, props.region, unresolved);
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
      name: `${props.name}${NETWORK_SUFFIX.network}`,
      autoCreateSubnetworks: false,
      routingMode: "REGIONAL",
      deleteDefaultRoutesOnCreate: false,
      dependsOn: props.dependsOn,
    });
    const subnetwork = new ComputeSubnetwork(this, "Subnetwork", {
      project,
      region,
      name: `${props.name}${NETWORK_SUFFIX.subnetwork}`,
      network: network.id,
      ipCidrRange: subnetCidr,
      privateIpGoogleAccess: true,
      logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: sampling, metadata: "INCLUDE_ALL_METADATA" },
    });
    const router = new ComputeRouter(this, "Router", {
      project,
      region,
      name: `${props.name}${NETWORK_SUFFIX.router}`,
      network: network.id,
    });
    const nat = new ComputeRouterNat(this, "Nat", {
      project,
      region,
      name: `${props.name}${NETWORK_SUFFIX.nat}`,
      router: router.name,
      natIpAllocateOption: "AUTO_ONLY",
      sourceSubnetworkIpRangesToNat: "LIST_OF_SUBNETWORKS",
      subnetwork: [{ name: subnetwork.id, sourceIpRangesToNat: ["ALL_IP_RANGES"] }],
      logConfig: { enable: true, filter: "ERRORS_ONLY" },
    });
    // Ingress is denied by the implied rule already; this explicit rule makes the denial logged and visible.
    const denyAllIngress = new ComputeFirewall(this, "DenyAllIngress", {
      project,
      name: `${props.name}${NETWORK_SUFFIX.denyAllIngress}`,
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
      name: `${props.name}${NETWORK_SUFFIX.allowIapSsh}`,
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
        name: `${props.name}${NETWORK_SUFFIX.privateServiceRange}`,
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
