import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GoogleProvider } from "../provider/google/provider";
import { ProjectService } from "../provider/google/project-service";
import { TerraformOutput, TerraformStack, Testing } from "../lib/cdktn";
import { ValidationError } from "../lib/core/errors";
import { assertProblem as assertThrows } from "./helpers";
import { cidrsOverlap, parseCidr } from "../lib/catalog/cidr";
import { MlopsNetwork, MlopsNetworkProps } from "../lib/network/network";
import { ServicePerimeter } from "../lib/network/service-perimeter";
import { DEFAULT_RESTRICTED_SERVICES } from "../lib/config/spec";

const BASE: MlopsNetworkProps = { projectId: "p-123456", region: "us-central1", name: "ml" };

function build(props: Partial<MlopsNetworkProps> = {}) {
  const app = Testing.app();
  const stack = new TerraformStack(app, "t");
  new GoogleProvider(stack, "google", { project: "p-123456", region: "us-central1" });
  const net = new MlopsNetwork(stack, "net", { ...BASE, ...props });
  // Outputs show what the exposed attributes resolve to in Terraform.
  for (const attr of ["networkId", "networkSelfLink", "networkName", "subnetworkId", "subnetworkSelfLink"] as const) {
    new TerraformOutput(stack, attr, { value: net[attr] });
  }
  const json = JSON.parse(Testing.synth(stack, true));
  return { net, json };
}

/** The single resource of `type`, with its Terraform address `type.key`. */
function only(json: any, type: string): { address: string; r: any } {
  const entries = Object.entries<any>(json.resource?.[type] ?? {});
  assert.equal(entries.length, 1, `expected one ${type}, got ${entries.length}`);
  return { address: `${type}.${entries[0][0]}`, r: entries[0][1] };
}

function byName(json: any, type: string, name: string): any {
  const found = Object.values<any>(json.resource?.[type] ?? {}).filter((r) => r.name === name);
  assert.equal(found.length, 1, `expected one ${type} named ${name}`);
  return found[0];
}

function assertProblem(props: Partial<MlopsNetworkProps>, path: string, message: RegExp): void {
  assertThrows(() => build(props), path, message);
}

describe("MlopsNetwork (created)", () => {
  const { net, json } = build();
  const network = only(json, "google_compute_network");
  const netRef = `\${${network.address}.id}`;

  test("custom-mode VPC with regional routing that keeps the default route", () => {
    assert.deepEqual(network.r, {
      name: "ml-vpc",
      project: "p-123456",
      auto_create_subnetworks: false,
      routing_mode: "REGIONAL",
      delete_default_routes_on_create: false,
    });
  });

  test("subnetwork: default range, Private Google Access, flow logs every 5 s at 0.5 with all metadata", () => {
    assert.deepEqual(only(json, "google_compute_subnetwork").r, {
      name: "ml-subnet",
      project: "p-123456",
      region: "us-central1",
      network: netRef,
      ip_cidr_range: "10.10.0.0/20",
      private_ip_google_access: true,
      log_config: { aggregation_interval: "INTERVAL_5_SEC", flow_sampling: 0.5, metadata: "INCLUDE_ALL_METADATA" },
    });
  });

  test("Cloud NAT: automatic IPs, only the subnetwork's ranges, errors logged", () => {
    const router = only(json, "google_compute_router");
    const subnet = only(json, "google_compute_subnetwork");
    assert.deepEqual(router.r, { name: "ml-router", project: "p-123456", region: "us-central1", network: netRef });
    assert.deepEqual(only(json, "google_compute_router_nat").r, {
      name: "ml-nat",
      project: "p-123456",
      region: "us-central1",
      router: `\${${router.address}.name}`,
      nat_ip_allocate_option: "AUTO_ONLY",
      source_subnetwork_ip_ranges_to_nat: "LIST_OF_SUBNETWORKS",
      subnetwork: [{ name: `\${${subnet.address}.id}`, source_ip_ranges_to_nat: ["ALL_IP_RANGES"] }],
      log_config: { enable: true, filter: "ERRORS_ONLY" },
    });
  });

  test("SSH only from IAP's range, to every instance when no tags are given", () => {
    const iap = byName(json, "google_compute_firewall", "ml-allow-iap-ssh");
    assert.deepEqual(iap.source_ranges, ["35.235.240.0/20"]);
    assert.deepEqual(iap.allow, [{ protocol: "tcp", ports: ["22"] }]);
    assert.equal(iap.direction, "INGRESS");
    assert.equal(iap.priority, 1000);
    assert.equal(iap.network, netRef);
    assert.equal(iap.target_tags, undefined);
    assert.deepEqual(iap.log_config, { metadata: "INCLUDE_ALL_METADATA" });
  });

  test("explicit, logged deny-all ingress at priority 65534", () => {
    const deny = byName(json, "google_compute_firewall", "ml-deny-all-ingress");
    assert.deepEqual(deny.deny, [{ protocol: "all" }]);
    assert.equal(deny.allow, undefined);
    assert.deepEqual(deny.source_ranges, ["0.0.0.0/0"]);
    assert.equal(deny.direction, "INGRESS");
    assert.equal(deny.priority, 65534);
    assert.deepEqual(deny.log_config, { metadata: "INCLUDE_ALL_METADATA" });
  });

  test("exactly two firewall rules; no allow rule is open to 0.0.0.0/0; every rule is logged", () => {
    const rules = Object.values<any>(json.resource.google_compute_firewall);
    assert.equal(rules.length, 2);
    for (const r of rules) {
      assert.deepEqual(r.log_config, { metadata: "INCLUDE_ALL_METADATA" }, r.name);
      if (r.allow) assert.ok(!(r.source_ranges ?? []).includes("0.0.0.0/0"), `${r.name} allows 0.0.0.0/0`);
    }
  });

  test("no private services access unless enabled", () => {
    assert.equal(json.resource.google_compute_global_address, undefined);
    assert.equal(json.resource.google_service_networking_connection, undefined);
    assert.equal(net.privateServiceAccess, undefined);
    assert.equal(net.resources?.privateServiceRange, undefined);
  });

  test("exposes ids and self links as references to the created resources", () => {
    const subnet = only(json, "google_compute_subnetwork");
    assert.deepEqual(json.output, {
      networkId: { value: netRef },
      networkSelfLink: { value: `\${${network.address}.self_link}` },
      networkName: { value: `\${${network.address}.name}` },
      subnetworkId: { value: `\${${subnet.address}.id}` },
      subnetworkSelfLink: { value: `\${${subnet.address}.self_link}` },
    });
    assert.ok(net.resources);
    assert.deepEqual(
      Object.entries(net.resources).map(([k, r]) => [k, r?.terraformResourceType]),
      [
        ["network", "google_compute_network"],
        ["subnetwork", "google_compute_subnetwork"],
        ["router", "google_compute_router"],
        ["nat", "google_compute_router_nat"],
        ["denyAllIngress", "google_compute_firewall"],
        ["allowIapSsh", "google_compute_firewall"],
        ["privateServiceRange", undefined],
        ["privateServiceConnection", undefined],
      ],
    );
  });
});

describe("MlopsNetwork options", () => {
  test("flowLogSampling, subnetCidr and IAP target tags are applied", () => {
    const { json } = build({ flowLogSampling: 0.25, subnetCidr: "192.168.16.0/24", iapSshTargetTags: ["workbench"] });
    const subnet = only(json, "google_compute_subnetwork").r;
    assert.equal(subnet.ip_cidr_range, "192.168.16.0/24");
    assert.deepEqual(subnet.log_config, { aggregation_interval: "INTERVAL_5_SEC", flow_sampling: 0.25, metadata: "INCLUDE_ALL_METADATA" });
    assert.deepEqual(byName(json, "google_compute_firewall", "ml-allow-iap-ssh").target_tags, ["workbench"]);
  });

  test("private services access: a VPC_PEERING range peered with servicenetworking", () => {
    const { net, json } = build({ enablePrivateServiceAccess: true });
    const network = only(json, "google_compute_network");
    const range = only(json, "google_compute_global_address");
    assert.deepEqual(range.r, {
      name: "ml-psa-range",
      project: "p-123456",
      purpose: "VPC_PEERING",
      address_type: "INTERNAL",
      address: "10.20.0.0",
      prefix_length: 16,
      network: `\${${network.address}.id}`,
      labels: { component: "network" },
    });
    const conn = only(json, "google_service_networking_connection");
    assert.deepEqual(conn.r, {
      network: `\${${network.address}.id}`,
      service: "servicenetworking.googleapis.com",
      reserved_peering_ranges: [`\${${range.address}.name}`],
    });
    assert.ok(net.privateServiceAccess);
    assert.equal(net.privateServiceAccess, net.resources?.privateServiceConnection);
  });

  test("a custom private services range is split into address and prefix length", () => {
    const { json } = build({ enablePrivateServiceAccess: true, privateServiceAccessCidr: "10.30.0.0/20" });
    const range = only(json, "google_compute_global_address").r;
    assert.equal(range.address, "10.30.0.0");
    assert.equal(range.prefix_length, 20);
  });

  test("dependsOn is applied to the network", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "t");
    new GoogleProvider(stack, "google", { project: "p-123456", region: "us-central1" });
    const api = new ProjectService(stack, "compute", { project: "p-123456", service: "compute.googleapis.com" });
    new MlopsNetwork(stack, "net", { ...BASE, dependsOn: [api] });
    const json = JSON.parse(Testing.synth(stack, true));
    assert.deepEqual(only(json, "google_compute_network").r.depends_on, [only(json, "google_project_service").address]);
  });
});

describe("MlopsNetwork with a Shared VPC", () => {
  test("creates no network resources and exposes the host project's ids (names given)", () => {
    const { net, json } = build({ sharedVpc: { hostProjectId: "host-prj-1", network: "shared", subnetwork: "ml-sub" } });
    for (const type of Object.keys(json.resource ?? {})) {
      assert.ok(!type.startsWith("google_compute_") && type !== "google_service_networking_connection", `created ${type}`);
    }
    assert.equal(json.resource?.google_compute_network, undefined);
    assert.equal(net.networkName, "shared");
    assert.equal(net.networkId, "projects/host-prj-1/global/networks/shared");
    assert.equal(net.networkSelfLink, "https://www.googleapis.com/compute/v1/projects/host-prj-1/global/networks/shared");
    assert.equal(net.subnetworkId, "projects/host-prj-1/regions/us-central1/subnetworks/ml-sub");
    assert.equal(net.subnetworkSelfLink, "https://www.googleapis.com/compute/v1/projects/host-prj-1/regions/us-central1/subnetworks/ml-sub");
    assert.equal(net.privateServiceAccess, undefined);
    assert.equal(net.resources, undefined);
  });

  test("accepts ids and self links", () => {
    const { net } = build({
      sharedVpc: {
        hostProjectId: "host-prj-1",
        network: "https://www.googleapis.com/compute/v1/projects/host-prj-1/global/networks/shared",
        subnetwork: "projects/host-prj-1/regions/us-central1/subnetworks/ml-sub",
      },
    });
    assert.equal(net.networkId, "projects/host-prj-1/global/networks/shared");
    assert.equal(net.subnetworkSelfLink, "https://www.googleapis.com/compute/v1/projects/host-prj-1/regions/us-central1/subnetworks/ml-sub");
  });
});

describe("parseCidr and cidrsOverlap", () => {
  test("parses aligned IPv4 ranges", () => {
    assert.deepEqual(parseCidr("10.10.0.0/20"), {
      ok: true,
      cidr: { text: "10.10.0.0/20", address: "10.10.0.0", prefixLength: 20, first: 168427520, last: 168431615 },
    });
    const r = parseCidr("255.255.255.248/29");
    assert.ok(r.ok);
    assert.equal(r.cidr.last, 2 ** 32 - 1);
  });

  test("rejects malformed, out-of-range and unaligned ranges with a reason", () => {
    for (const bad of ["10.10.0.0", "10.10.0/20", "256.0.0.0/8", "10.010.0.0/16", "a.b.c.d/8", " 10.0.0.0/8", "10.0.0.0/30", "10.0.0.0/7"]) {
      assert.equal(parseCidr(bad).ok, false, bad);
    }
    assert.deepEqual(parseCidr("10.10.1.0/20"), {
      ok: false,
      reason: "address is not aligned to the /20 prefix (host bits set); did you mean 10.10.0.0/20?",
    });
    assert.deepEqual(parseCidr("10.0.0.0/30"), { ok: false, reason: "prefix length /30 is outside /8../29" });
  });

  test("overlap", () => {
    assert.equal(cidrsOverlap("10.0.0.0/8", "10.20.0.0/16"), true);
    assert.equal(cidrsOverlap("10.20.0.0/16", "10.0.0.0/8"), true);
    assert.equal(cidrsOverlap("10.10.0.0/20", "10.10.15.0/24"), true);
    assert.equal(cidrsOverlap("10.10.0.0/20", "10.10.16.0/20"), false);
    assert.equal(cidrsOverlap("10.10.0.0/20", "10.20.0.0/16"), false);
    assert.equal(cidrsOverlap("not-a-range", "10.0.0.0/8"), false);
  });
});

describe("MlopsNetwork validation", () => {
  test("malformed subnet CIDR", () => {
    assertProblem({ subnetCidr: "10.10.0.300/20" }, "net.subnetCidr", /^not an IPv4 range 'a\.b\.c\.d\/n'/);
    assertProblem({ subnetCidr: "10.10.1.0/20" }, "net.subnetCidr", /not aligned to the \/20 prefix.*did you mean 10\.10\.0\.0\/20/);
    assertProblem({ subnetCidr: "10.10.0.0/30" }, "net.subnetCidr", /prefix length \/30 is outside \/8\.\.\/29; allowed: an IPv4 range/);
  });

  test("malformed private services CIDR (when enabled)", () => {
    assertProblem({ enablePrivateServiceAccess: true, privateServiceAccessCidr: "10.20.0.0/16/" }, "net.privateServiceAccessCidr", /^not an IPv4 range/);
    assertProblem({ enablePrivateServiceAccess: true, privateServiceAccessCidr: "10.20.0.0/33" }, "net.privateServiceAccessCidr", /^prefix length \/33 is outside/);
    // Not used, so not checked, when private services access is off.
    assert.doesNotThrow(() => build({ privateServiceAccessCidr: "10.20.0.0/33" }));
  });

  test("ranges Google refuses for subnets: link-local, loopback, multicast, Private Google Access addresses", () => {
    assertProblem({ subnetCidr: "169.254.0.0/20" }, "net.subnetCidr", /^overlaps 169\.254\.0\.0\/16 \(link-local addresses .*\), which Google does not accept in a VPC subnet; allowed: a private range/);
    assertProblem({ subnetCidr: "127.0.0.0/24" }, "net.subnetCidr", /^overlaps 127\.0\.0\.0\/8 \(loopback/);
    assertProblem({ enablePrivateServiceAccess: true, privateServiceAccessCidr: "224.10.0.0/16" }, "net.privateServiceAccessCidr", /^overlaps 224\.0\.0\.0\/4 \(multicast/);
    assertProblem({ subnetCidr: "199.36.153.0/24" }, "net.subnetCidr", /^overlaps 199\.36\.153\.4\/30 \(restricted\.googleapis\.com/);
    // Neighbours of a prohibited range are fine.
    assert.doesNotThrow(() => build({ subnetCidr: "169.253.240.0/20" }));
    assert.doesNotThrow(() => build({ subnetCidr: "100.64.0.0/20" }));
  });

  test("subnet and private services ranges overlap", () => {
    assertProblem(
      { enablePrivateServiceAccess: true, subnetCidr: "10.20.16.0/20" },
      "net.privateServiceAccessCidr",
      /^overlaps subnetCidr 10\.20\.16\.0\/20; the two ranges must be disjoint$/,
    );
  });

  test("flowLogSampling outside [0, 1]", () => {
    for (const v of [1.5, -0.1, Number.NaN]) {
      assertProblem({ flowLogSampling: v }, "net.flowLogSampling", /^must be a number from 0 to 1$/);
    }
    assert.doesNotThrow(() => build({ flowLogSampling: 0 }));
    assert.doesNotThrow(() => build({ flowLogSampling: 1 }));
  });

  test("invalid name prefix, including one too long for the derived names", () => {
    assertProblem({ name: "ML_net" }, "net.name", /^not a valid name prefix; allowed: 1-46 lowercase letters/);
    assertProblem({ name: "a".repeat(47) }, "net.name", /^not a valid name prefix/);
    assert.doesNotThrow(() => build({ name: "a".repeat(46) }));
  });

  test("invalid IAP target tag", () => {
    assertProblem({ iapSshTargetTags: ["ok", "Bad Tag"] }, "net.iapSshTargetTags[1]", /^not a valid network tag/);
  });

  test("incomplete sharedVpc: every missing field is reported", () => {
    const sharedVpc = { hostProjectId: "host-prj-1" } as unknown as MlopsNetworkProps["sharedVpc"];
    assert.throws(
      () => build({ sharedVpc }),
      (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.deepEqual(
          err.problems.map((p) => `${p.path}: ${p.message}`),
          ["net.sharedVpc.network: is required when sharedVpc is set", "net.sharedVpc.subnetwork: is required when sharedVpc is set"],
        );
        return true;
      },
    );
    assertProblem({ sharedVpc: { hostProjectId: "", network: "n", subnetwork: "s" } }, "net.sharedVpc.hostProjectId", /^is required when sharedVpc is set$/);
  });

  test("malformed sharedVpc fields", () => {
    assertProblem({ sharedVpc: { hostProjectId: "Host", network: "n", subnetwork: "s" } }, "net.sharedVpc.hostProjectId", /^not a valid project ID/);
    assertProblem({ sharedVpc: { hostProjectId: "host-prj-1", network: "Shared_Net", subnetwork: "s" } }, "net.sharedVpc.network", /^must be a network name/);
    assertProblem(
      { sharedVpc: { hostProjectId: "host-prj-1", network: "projects/other-prj/global/networks/n", subnetwork: "s" } },
      "net.sharedVpc.network",
      /^is in project 'other-prj', not the host project 'host-prj-1'$/,
    );
    assertProblem(
      { sharedVpc: { hostProjectId: "host-prj-1", network: "n", subnetwork: "projects/host-prj-1/regions/europe-west4/subnetworks/s" } },
      "net.sharedVpc.subnetwork",
      /^is in region 'europe-west4'; it must be in the environment's region 'us-central1'$/,
    );
    assertProblem({ sharedVpc: { hostProjectId: "host-prj-1", network: "n", subnetwork: "projects/x" } }, "net.sharedVpc.subnetwork", /^must be a subnetwork name/);
  });

  test("private services access cannot be requested with a Shared VPC", () => {
    assertProblem(
      { enablePrivateServiceAccess: true, sharedVpc: { hostProjectId: "host-prj-1", network: "n", subnetwork: "s" } },
      "net.enablePrivateServiceAccess",
      /^cannot be true with sharedVpc/,
    );
  });

  test("all problems are reported together, each with the value given", () => {
    assert.throws(
      () => build({ name: "Bad", subnetCidr: "10.0.0.1/8", flowLogSampling: 2 }),
      (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.deepEqual(err.problems.map((p) => [p.path, p.value]), [
          ["net.name", "Bad"],
          ["net.subnetCidr", "10.0.0.1/8"],
          ["net.flowLogSampling", 2],
        ]);
        assert.match(err.message, /^3 problems in the network 'net':/);
        assert.match(err.message, /net\.subnetCidr: address is not aligned .* \(got "10\.0\.0\.1\/8"\)/);
        return true;
      },
    );
  });
});

describe("ServicePerimeter validation", () => {
  const props = { projectId: "p-123456", accessPolicy: "123456789", perimeterName: "ml_perimeter", restrictedServices: ["aiplatform.googleapis.com"] };
  const build = (restrictedServices: string[]) => {
    const stack = new TerraformStack(Testing.app(), "t");
    new GoogleProvider(stack, "google", { project: "p-123456", region: "us-central1" });
    new ServicePerimeter(stack, "perimeter", { ...props, restrictedServices });
    return Testing.synth(stack, true);
  };

  test("every restricted service must be one VPC Service Controls supports (lib/catalog/services.ts)", () => {
    assertThrows(() => build(["bigquery.googleapis.com", "aiplatfrom.googleapis.com"]), "perimeter.restrictedServices[1]", /^not a service VPC Service Controls supports; did you mean 'aiplatform\.googleapis\.com'\? allowed:/);
    assertThrows(() => build(["billingbudgets.googleapis.com"]), "perimeter.restrictedServices[0]", /^not a service VPC Service Controls supports; allowed:/);
    assert.doesNotThrow(() => build([...DEFAULT_RESTRICTED_SERVICES]));
  });
});
