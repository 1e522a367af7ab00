import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { addressOf, allResources, resource, resources, synthEnvironment } from "./helpers";

const dev = synthEnvironment({ tier: "dev" }).json;
const preprod = synthEnvironment({ tier: "preprod" }).json;
const prod = synthEnvironment({ tier: "prod" }).json;
const TIERS = { dev, preprod, prod };

/** CMEK-capable resources of the foundation and the attribute holding their key. */
const CMEK_ATTRIBUTE: Record<string, (r: any) => unknown> = {
  google_storage_bucket: (r) => r.encryption?.default_kms_key_name,
  google_bigquery_dataset: (r) => r.default_encryption_configuration?.kms_key_name,
  google_artifact_registry_repository: (r) => r.kms_key_name,
};

/** The KMS key (by domain name) a reference like `${google_kms_crypto_key.X.id}` points at. */
function keyDomainOf(json: any, ref: unknown): string {
  const m = /^\$\{google_kms_crypto_key\.([^.]+)\.id\}$/.exec(String(ref));
  assert.ok(m, `not a key reference: ${String(ref)}`);
  return json.resource.google_kms_crypto_key[m[1]].name;
}

describe("network", () => {
  for (const [tier, json] of Object.entries(TIERS)) {
    test(`${tier}: no allow rule from 0.0.0.0/0, SSH only from IAP, RDP never`, () => {
      for (const fw of Object.values(resources(json, "google_compute_firewall"))) {
        if (!fw.allow) continue;
        assert.ok(!fw.source_ranges?.includes("0.0.0.0/0"), fw.name);
        for (const a of fw.allow) assert.ok(!(a.ports ?? []).includes("3389"), fw.name);
      }
      const ssh = resource(json, "google_compute_firewall", "Environment/Network/AllowIapSsh");
      assert.deepEqual(ssh.source_ranges, ["35.235.240.0/20"]);
      assert.deepEqual(ssh.allow, [{ protocol: "tcp", ports: ["22"] }]);
      const deny = resource(json, "google_compute_firewall", "Environment/Network/DenyAllIngress");
      assert.deepEqual(deny.deny, [{ protocol: "all" }]);
    });

    test(`${tier}: the subnet has Private Google Access and flow logs; egress through Cloud NAT`, () => {
      const subnet = resource(json, "google_compute_subnetwork", "Environment/Network/Subnetwork");
      assert.equal(subnet.private_ip_google_access, true);
      assert.equal(subnet.region, "europe-west4");
      assert.equal(subnet.ip_cidr_range, "10.10.0.0/20");
      assert.equal(subnet.log_config.flow_sampling, tier === "dev" ? 0.25 : 0.5);
      const nat = resource(json, "google_compute_router_nat", "Environment/Network/Nat");
      assert.equal(nat.nat_ip_allocate_option, "AUTO_ONLY");
      assert.equal(nat.source_subnetwork_ip_ranges_to_nat, "LIST_OF_SUBNETWORKS");
    });
  }

  test("no resource anywhere gets a public IP", () => {
    for (const json of Object.values(TIERS)) {
      for (const [type, path, r] of allResources(json)) {
        assert.doesNotMatch(JSON.stringify(r), /access_config|"nat_ip"/, `${type} ${path}`);
      }
    }
  });

  test("private services access (for private Vertex AI endpoints and the online store) in preprod and prod, not dev", () => {
    assert.equal(dev.resource.google_service_networking_connection, undefined);
    for (const json of [preprod, prod]) {
      const range = resource(json, "google_compute_global_address", "Environment/Network/PrivateServiceRange");
      assert.equal(range.purpose, "VPC_PEERING");
      assert.equal(`${range.address}/${range.prefix_length}`, "10.20.0.0/16");
      const conn = resource(json, "google_service_networking_connection", "Environment/Network/PrivateServiceConnection");
      assert.equal(conn.service, "servicenetworking.googleapis.com");
    }
  });

  test("a shared VPC creates no network and no private services access", () => {
    const json = synthEnvironment({ tier: "prod", network: { sharedVpc: { hostProjectId: "acme-net-host", network: "shared", subnetwork: "ml-europe" } } }).json;
    for (const type of ["google_compute_network", "google_compute_subnetwork", "google_compute_router_nat", "google_compute_firewall", "google_service_networking_connection"]) {
      assert.equal(json.resource[type], undefined, type);
    }
    assert.equal(json.output.subnetwork.value, "projects/acme-net-host/regions/europe-west4/subnetworks/ml-europe");
  });
});

describe("customer-managed encryption", () => {
  for (const [tier, json] of [["preprod", preprod], ["prod", prod]] as const) {
    test(`${tier}: every CMEK-capable resource references its domain's key and waits for the key's grants`, () => {
      const domainOf: Record<string, string> = {
        google_storage_bucket: "storage",
        google_bigquery_dataset: "bigquery",
        google_artifact_registry_repository: "artifact-registry",
      };
      let checked = 0;
      for (const [type, keyOf] of Object.entries(CMEK_ATTRIBUTE)) {
        for (const [path, r] of Object.entries(resources(json, type))) {
          checked++;
          assert.equal(keyDomainOf(json, keyOf(r)), domainOf[type], `${type} ${path}`);
          const grants = Object.values(resources(json, "google_kms_crypto_key_iam_member")).filter((g) => g.crypto_key_id === keyOf(r));
          assert.ok(grants.length > 0);
          for (const g of grants) assert.ok(r.depends_on.includes(addressOf("google_kms_crypto_key_iam_member", g)), `${type} ${path} waits for ${g.member}`);
        }
      }
      assert.equal(checked, 9);
    });
  }

  test("dev uses Google-managed keys unless it asks for CMEK", () => {
    assert.equal(dev.resource.google_kms_crypto_key, undefined);
    assert.equal(resource(dev, "google_storage_bucket", "Environment/DataLake/data").encryption, undefined);
    const devCmek = synthEnvironment({ tier: "dev", encryption: { cmek: true } }).json;
    assert.match(String(resource(devCmek, "google_storage_bucket", "Environment/DataLake/data").encryption.default_kms_key_name), /google_kms_crypto_key/);
  });

  test("keys: one per domain, 90-day rotation, prevent_destroy in every tier (destroying a key destroys the data)", () => {
    const devCmek = synthEnvironment({ tier: "dev", encryption: { cmek: true, rotationDays: 30 } }).json;
    for (const [json, rotation] of [[prod, "7776000s"], [devCmek, "2592000s"]] as const) {
      const keys = Object.values(resources(json, "google_kms_crypto_key"));
      assert.deepEqual(keys.map((k) => k.name).sort(), ["artifact-registry", "bigquery", "orchestration", "storage", "vertex-ai", "workbench-disks"]);
      for (const k of keys) {
        assert.equal(k.rotation_period, rotation);
        assert.deepEqual(k.lifecycle, { prevent_destroy: true });
      }
      const ring = resource(json, "google_kms_key_ring", "Environment/Encryption/KeyRing");
      assert.deepEqual(ring.lifecycle, { prevent_destroy: true });
      assert.equal(ring.location, "europe-west4");
      assert.equal(ring.name, "test-mlops");
    }
  });

  test("service agents hold encrypt/decrypt on exactly the keys they use, never on the ring or project", () => {
    const grants = Object.values(resources(prod, "google_kms_crypto_key_iam_member"));
    const byDomain: Record<string, string[]> = {};
    for (const g of grants) {
      assert.equal(g.role, "roles/cloudkms.cryptoKeyEncrypterDecrypter");
      (byDomain[keyDomainOf(prod, g.crypto_key_id)] ??= []).push(g.member);
    }
    assert.equal(byDomain.storage.length, 1);
    assert.match(byDomain.storage[0], /google_storage_project_service_account/);
    assert.match(byDomain.bigquery[0], /google_bigquery_default_service_account/);
    assert.match(byDomain["vertex-ai"][0], /@gcp-sa-aiplatform\.iam\.gserviceaccount\.com$/);
    assert.match(byDomain["artifact-registry"][0], /@gcp-sa-artifactregistry\.iam\.gserviceaccount\.com$/);
    assert.deepEqual(byDomain["workbench-disks"].map((m) => m.split("@")[1]).sort(), ["compute-system.iam.gserviceaccount.com", "gcp-sa-notebooks.iam.gserviceaccount.com"]);
    assert.equal(prod.resource.google_kms_key_ring_iam_member, undefined);
    for (const r of Object.values(resources(prod, "google_project_iam_member"))) assert.doesNotMatch(r.role, /cloudkms/);
  });
});

describe("identity and audit", () => {
  test("no binding anywhere grants owner, editor or viewer, or reaches allUsers/allAuthenticatedUsers", () => {
    for (const json of Object.values(TIERS)) {
      for (const [type, path, r] of allResources(json)) {
        if (!/_iam_(member|binding|policy)$/.test(type)) continue;
        assert.ok(!["roles/owner", "roles/editor", "roles/viewer"].includes(r.role), `${type} ${path}`);
        assert.ok(![r.member, ...(r.members ?? [])].some((m) => m === "allUsers" || m === "allAuthenticatedUsers"), `${type} ${path}`);
      }
    }
  });

  test("Data Access audit logs for Vertex AI, BigQuery and Cloud Storage in preprod and prod", () => {
    assert.equal(dev.resource.google_project_iam_audit_config, undefined);
    for (const json of [preprod, prod]) {
      const configs = Object.values(resources(json, "google_project_iam_audit_config"));
      assert.deepEqual(configs.map((c) => c.service).sort(), ["aiplatform.googleapis.com", "bigquery.googleapis.com", "storage.googleapis.com"]);
      for (const c of configs) {
        assert.deepEqual(c.audit_log_config.map((l: any) => l.log_type), ["ADMIN_READ", "DATA_READ", "DATA_WRITE"]);
      }
    }
  });
});

describe("audit scope (auditLogs.dataAccess)", () => {
  const services = (json: any) => Object.values(resources(json, "google_project_iam_audit_config")).map((c) => c.service).sort();

  test("all-services: one allServices config (CIS GCP 2.1), with every log type and no exempted member", () => {
    const json = synthEnvironment({ tier: "prod", auditLogs: { dataAccess: "all-services" } }).json;
    assert.deepEqual(services(json), ["allServices"]);
    const [c] = Object.values(resources(json, "google_project_iam_audit_config"));
    assert.deepEqual(c.audit_log_config, [{ log_type: "ADMIN_READ" }, { log_type: "DATA_READ" }, { log_type: "DATA_WRITE" }]);
  });

  test("dev may opt in; preprod and prod may opt out only with a policy suppression (for logs configured at the organization)", () => {
    assert.deepEqual(services(synthEnvironment({ auditLogs: { dataAccess: "ml-services" } }).json), ["aiplatform.googleapis.com", "bigquery.googleapis.com", "storage.googleapis.com"]);
    assert.throws(() => synthEnvironment({ tier: "prod", auditLogs: { dataAccess: "off" } }), /MLOPS-LOG-001/);
    const json = synthEnvironment({
      tier: "prod",
      auditLogs: { dataAccess: "off" },
      policy: { suppressions: [{ rule: "MLOPS-LOG-001", reason: "Data Access audit logs for allServices are configured on the organization" }] },
    }).json;
    assert.equal(json.resource.google_project_iam_audit_config, undefined);
  });

  test("an unknown scope names the allowed ones", () => {
    assert.throws(() => synthEnvironment({ auditLogs: { dataAccess: "everything" as never } }), /not an audit scope; allowed: off, ml-services, all-services/);
  });
});

describe("VPC Service Controls", () => {
  test("off by default", () => {
    assert.equal(prod.resource.google_access_context_manager_service_perimeter, undefined);
  });

  test("when enabled: a dry-run perimeter around the project restricting the ML services", () => {
    const json = synthEnvironment({ tier: "prod", vpcServiceControls: { enabled: true, accessPolicy: "123456789" } }).json;
    const p = resource(json, "google_access_context_manager_service_perimeter", "Environment/Perimeter");
    assert.equal(p.parent, "accessPolicies/123456789");
    assert.equal(p.name, "accessPolicies/123456789/servicePerimeters/test_mlops");
    assert.equal(p.use_explicit_dry_run_spec, true);
    assert.equal(p.status, undefined);
    assert.deepEqual(p.spec.restricted_services, ["aiplatform.googleapis.com", "artifactregistry.googleapis.com", "bigquery.googleapis.com", "notebooks.googleapis.com", "storage.googleapis.com"]);
    assert.match(p.spec.resources[0], /^projects\/\$\{data\.google_project\..+\.number\}$/);
    assert.deepEqual(p.spec.vpc_accessible_services, { enable_restriction: true, allowed_services: ["RESTRICTED-SERVICES"] });
    const enforced = synthEnvironment({ tier: "prod", vpcServiceControls: { enabled: true, accessPolicy: "123456789", mode: "enforced" } }).json;
    const e = resource(enforced, "google_access_context_manager_service_perimeter", "Environment/Perimeter");
    assert.equal(e.use_explicit_dry_run_spec, false);
    assert.deepEqual(e.status.restricted_services.length, 5);
  });
});
