import * as pulumi from "@pulumi/pulumi";
import * as accesscontextmanager from "@pulumi/gcp/accesscontextmanager";
import * as compute from "@pulumi/gcp/compute";
import * as organizations from "@pulumi/gcp/organizations";
import * as servicenetworking from "@pulumi/gcp/servicenetworking";
import { parseCidr } from "../catalog/cidr";
import { componentLabels } from "../core/common";
import { checkNetwork, checkPerimeter, IAP_TCP_FORWARDING_RANGE, NETWORK_SUFFIX, sharedVpcIds } from "../network/checks";
import { notPlain } from "./checks";
import { childName, CommonArgs, COMPONENT_TYPES } from "./common";

/** An existing Shared VPC network and subnetwork, owned by a host project. */
export interface SharedVpcRef {
  /** Host project that owns the network. */
  readonly hostProjectId: string;
  /**
   * Network name, or its id `projects/<host>/global/networks/<name>` (a self link is accepted
   * too). An Output is used as given, so it must resolve to the network's id.
   */
  readonly network: pulumi.Input<string>;
  /**
   * Subnetwork name in the component's region, or its id
   * `projects/<host>/regions/<region>/subnetworks/<name>` (a self link is accepted too). An
   * Output is used as given, so it must resolve to the subnetwork's id.
   */
  readonly subnetwork: pulumi.Input<string>;
}

export interface MlopsNetworkArgs extends Pick<CommonArgs, "projectId" | "region" | "dependsOn" | "labels"> {
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
   * Range reserved for private services access; must not overlap `subnetCidr`. Used and checked
   * only when `enablePrivateServiceAccess` is true.
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
   * created and the component only exposes the given network's and subnetwork's ids. The host
   * project's admins own its firewall rules, NAT and private services access, so the creation
   * args are ignored and `enablePrivateServiceAccess` must not be true.
   * @default - a new network is created in `projectId`
   */
  readonly sharedVpc?: SharedVpcRef;
}

/** What other components may use from a network. */
export interface IMlopsNetwork {
  /** `projects/<project>/global/networks/<name>` */
  readonly networkId: pulumi.Output<string>;
  readonly networkSelfLink: pulumi.Output<string>;
  readonly networkName: pulumi.Output<string>;
  /** `projects/<project>/regions/<region>/subnetworks/<name>` */
  readonly subnetworkId: pulumi.Output<string>;
  readonly subnetworkSelfLink: pulumi.Output<string>;
  /** The peering with Google's services; resources that need it depend on it. Undefined when not created here. */
  readonly privateServiceAccess: pulumi.Resource | undefined;
}

/** The provider resources of a network created by {@link MlopsNetwork} (escape hatches). */
export interface MlopsNetworkResources {
  readonly network: compute.Network;
  readonly subnetwork: compute.Subnetwork;
  readonly router: compute.Router;
  readonly nat: compute.RouterNat;
  readonly denyAllIngress: compute.Firewall;
  readonly allowIapSsh: compute.Firewall;
  /** Present when private services access is enabled. */
  readonly privateServiceRange?: compute.GlobalAddress;
  /** Present when private services access is enabled. */
  readonly privateServiceConnection?: servicenetworking.Connection;
}

/**
 * A private VPC for the MLOps environment: one regional subnetwork with Private Google Access
 * and flow logs, Cloud NAT for egress (instances get no external IPs), an explicit logged
 * deny-all ingress rule, SSH only through IAP, and optionally private services access for
 * Vertex AI private endpoints. With `sharedVpc`, it creates nothing and points at the host
 * project's network instead.
 */
export class MlopsNetwork extends pulumi.ComponentResource implements IMlopsNetwork {
  readonly networkId: pulumi.Output<string>;
  readonly networkSelfLink: pulumi.Output<string>;
  readonly networkName: pulumi.Output<string>;
  readonly subnetworkId: pulumi.Output<string>;
  readonly subnetworkSelfLink: pulumi.Output<string>;
  readonly privateServiceAccess: pulumi.Resource | undefined;
  /** The provider resources (escape hatches); undefined in Shared VPC mode. */
  readonly resources: MlopsNetworkResources | undefined;

  constructor(name: string, args: MlopsNetworkArgs, opts?: pulumi.ComponentResourceOptions) {
    const settings = checkNetwork(name, args, notPlain);
    const { subnetCidr, enablePrivateServiceAccess: enablePsa, flowLogSampling: sampling, iapSshTargetTags: tags } = settings;
    const psaCidr = settings.privateServiceAccessCidr;
    super(COMPONENT_TYPES.network, name, {}, opts);

    if (args.sharedVpc) {
      const ref = resolveSharedVpc(args.sharedVpc, args.region);
      this.networkName = ref.networkName;
      this.networkId = ref.networkId;
      this.networkSelfLink = ref.networkSelfLink;
      this.subnetworkId = ref.subnetworkId;
      this.subnetworkSelfLink = ref.subnetworkSelfLink;
      this.privateServiceAccess = undefined;
      this.resources = undefined;
      this.registerOutputs({ networkId: this.networkId, subnetworkId: this.subnetworkId });
      return;
    }

    const project = args.projectId;
    const region = args.region;
    const child = (key: string) => childName(name, key);
    const network = new compute.Network(
      child("network"),
      { project, name: `${args.name}${NETWORK_SUFFIX.network}`, autoCreateSubnetworks: false, routingMode: "REGIONAL", deleteDefaultRoutesOnCreate: false },
      { parent: this, dependsOn: [...(args.dependsOn ?? [])] },
    );
    const subnetwork = new compute.Subnetwork(
      child("subnetwork"),
      {
        project,
        region,
        name: `${args.name}${NETWORK_SUFFIX.subnetwork}`,
        network: network.id,
        ipCidrRange: subnetCidr,
        privateIpGoogleAccess: true,
        logConfig: { aggregationInterval: "INTERVAL_5_SEC", flowSampling: sampling, metadata: "INCLUDE_ALL_METADATA" },
      },
      { parent: this },
    );
    const router = new compute.Router(child("router"), { project, region, name: `${args.name}${NETWORK_SUFFIX.router}`, network: network.id }, { parent: this });
    const nat = new compute.RouterNat(
      child("nat"),
      {
        project,
        region,
        name: `${args.name}${NETWORK_SUFFIX.nat}`,
        router: router.name,
        natIpAllocateOption: "AUTO_ONLY",
        sourceSubnetworkIpRangesToNat: "LIST_OF_SUBNETWORKS",
        subnetworks: [{ name: subnetwork.id, sourceIpRangesToNats: ["ALL_IP_RANGES"] }],
        logConfig: { enable: true, filter: "ERRORS_ONLY" },
      },
      { parent: this },
    );
    // Ingress is denied by the implied rule already; this explicit rule makes the denial logged and visible.
    const denyAllIngress = new compute.Firewall(
      child("deny-all-ingress"),
      {
        project,
        name: `${args.name}${NETWORK_SUFFIX.denyAllIngress}`,
        network: network.id,
        description: "Deny all ingress not allowed by a higher-priority rule (logged).",
        direction: "INGRESS",
        priority: 65534,
        denies: [{ protocol: "all" }],
        sourceRanges: ["0.0.0.0/0"],
        logConfig: { metadata: "INCLUDE_ALL_METADATA" },
      },
      { parent: this },
    );
    const allowIapSsh = new compute.Firewall(
      child("allow-iap-ssh"),
      {
        project,
        name: `${args.name}${NETWORK_SUFFIX.allowIapSsh}`,
        network: network.id,
        description: "Allow SSH only from Identity-Aware Proxy TCP forwarding.",
        direction: "INGRESS",
        priority: 1000,
        allows: [{ protocol: "tcp", ports: ["22"] }],
        sourceRanges: [IAP_TCP_FORWARDING_RANGE],
        targetTags: tags.length > 0 ? [...tags] : undefined,
        logConfig: { metadata: "INCLUDE_ALL_METADATA" },
      },
      { parent: this },
    );

    let privateServiceRange: compute.GlobalAddress | undefined;
    let privateServiceConnection: servicenetworking.Connection | undefined;
    if (enablePsa) {
      const range = parseCidr(psaCidr);
      if (!range.ok) throw new Error(`unreachable: ${psaCidr} was validated`);
      privateServiceRange = new compute.GlobalAddress(
        child("private-service-range"),
        {
          project,
          name: `${args.name}${NETWORK_SUFFIX.privateServiceRange}`,
          purpose: "VPC_PEERING",
          addressType: "INTERNAL",
          address: range.cidr.address,
          prefixLength: range.cidr.prefixLength,
          network: network.id,
          labels: componentLabels(args.labels, "network"),
        },
        { parent: this },
      );
      privateServiceConnection = new servicenetworking.Connection(
        child("private-service-connection"),
        { network: network.id, service: "servicenetworking.googleapis.com", reservedPeeringRanges: [privateServiceRange.name] },
        { parent: this },
      );
    }

    this.resources = { network, subnetwork, router, nat, denyAllIngress, allowIapSsh, privateServiceRange, privateServiceConnection };
    this.networkId = network.id;
    this.networkSelfLink = network.selfLink;
    this.networkName = network.name;
    this.subnetworkId = subnetwork.id;
    this.subnetworkSelfLink = subnetwork.selfLink;
    this.privateServiceAccess = privateServiceConnection;
    this.registerOutputs({ networkId: this.networkId, subnetworkId: this.subnetworkId });
  }
}

/** Ids and self links of a validated Shared VPC reference. An Output is passed through as its name, id and self link. */
function resolveSharedVpc(ref: SharedVpcRef, region: string) {
  const ids = sharedVpcIds<pulumi.Input<string>>(ref, region, notPlain);
  return {
    networkName: pulumi.output(ids.networkName),
    networkId: pulumi.output(ids.networkId),
    networkSelfLink: pulumi.output(ids.networkSelfLink),
    subnetworkId: pulumi.output(ids.subnetworkId),
    subnetworkSelfLink: pulumi.output(ids.subnetworkSelfLink),
  };
}

export interface ServicePerimeterArgs {
  readonly projectId: string;
  /** Numeric ID of the organization's access policy. */
  readonly accessPolicy: string;
  /** Perimeter name: letters, digits and '_' (1-50), starting with a letter. */
  readonly perimeterName: string;
  /** Services whose APIs only callers inside the perimeter can reach. */
  readonly restrictedServices: readonly string[];
  /**
   * `dry-run` records what the perimeter would block (in the audit logs) without blocking it;
   * `enforced` blocks. Start in dry-run: an enforced perimeter also blocks the deploying
   * identity unless an access level lets it in.
   * @default "dry-run"
   */
  readonly mode?: "dry-run" | "enforced";
  /** @default - none */
  readonly dependsOn?: readonly pulumi.Resource[];
}

/**
 * A VPC Service Controls perimeter around the environment's project, restricting the ML services
 * and limiting the VPC to the restricted services. Needs an organization access policy and the
 * Access Context Manager admin role for the deploying identity.
 */
export class ServicePerimeter extends pulumi.ComponentResource {
  /** The provider resource (escape hatch). */
  readonly resource: accesscontextmanager.ServicePerimeter;

  constructor(name: string, args: ServicePerimeterArgs, opts?: pulumi.ComponentResourceOptions) {
    const { dryRun } = checkPerimeter(name, args);
    super(COMPONENT_TYPES.perimeter, name, {}, opts);
    const project = organizations.getProjectOutput({ projectId: args.projectId }, { parent: this });
    const config = {
      resources: [pulumi.interpolate`projects/${project.number}`],
      restrictedServices: [...args.restrictedServices],
      vpcAccessibleServices: { enableRestriction: true, allowedServices: ["RESTRICTED-SERVICES"] },
    };
    this.resource = new accesscontextmanager.ServicePerimeter(
      name,
      {
        parent: `accessPolicies/${args.accessPolicy}`,
        name: `accessPolicies/${args.accessPolicy}/servicePerimeters/${args.perimeterName}`,
        title: args.perimeterName,
        description: `MLOps environment perimeter for ${args.projectId} (managed by gcp-mlops-constructs)`,
        perimeterType: "PERIMETER_TYPE_REGULAR",
        useExplicitDryRunSpec: dryRun,
        spec: dryRun ? config : undefined,
        status: dryRun ? undefined : config,
      },
      { parent: this, dependsOn: [...(args.dependsOn ?? [])] },
    );
    this.registerOutputs({});
  }
}
