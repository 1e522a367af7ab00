import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { stringify } from "yaml";
import { parseEnvironment } from "../lib/config/load";
import { formatProblem } from "../lib/core/errors";
import { addressOf, baseConfig, resource, resources, synthEnvironment } from "./helpers";

const TEAM = [
  { email: "ada@example.com" },
  { email: "grace.hopper@example.com", workbench: { machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, dataDiskSizeGb: 500, idleTimeoutMinutes: 30 } },
  { email: "alan@example.com", workbench: { containerImage: "notebooks/pytorch:2.4" } },
];
const prod = synthEnvironment({ tier: "prod", team: TEAM }).json;
const dev = synthEnvironment({ tier: "dev", team: TEAM }).json;
const instance = (json: any, email: string) => resource(json, "google_workbench_instance", `Environment/Workbench/${email}`);

function problems(overrides: object): string[] {
  return parseEnvironment(stringify(baseConfig(overrides)), "env.yaml").problems.map(formatProblem);
}

describe("Workbench: one private, hardened instance per team member", () => {
  test("one instance per member, owned by that member alone, named after them", () => {
    const all = resources(prod, "google_workbench_instance");
    assert.equal(Object.keys(all).length, 3);
    const ada = instance(prod, "ada@example.com");
    assert.equal(ada.name, "test-wb-ada");
    assert.deepEqual(ada.instance_owners, ["ada@example.com"]);
    assert.equal(ada.location, "europe-west4-b");
    assert.equal(instance(prod, "grace.hopper@example.com").name, "test-wb-grace-hopper");
  });

  test("runs as the workbench service account, never the default compute account", () => {
    for (const r of Object.values(resources(prod, "google_workbench_instance"))) {
      assert.deepEqual(r.gce_setup.service_accounts, [{ email: "test-workbench@acme-ml-test.iam.gserviceaccount.com" }]);
    }
  });

  test("no public IP, on the environment's subnet, Shielded VM, root disabled", () => {
    const subnet = resource(prod, "google_compute_subnetwork", "Environment/Network/Subnetwork");
    for (const r of Object.values(resources(prod, "google_workbench_instance"))) {
      assert.equal(r.gce_setup.disable_public_ip, true);
      assert.equal(r.gce_setup.enable_ip_forwarding, false);
      assert.equal(r.gce_setup.network_interfaces[0].subnet, `\${${addressOf("google_compute_subnetwork", subnet)}.id}`);
      assert.equal(r.gce_setup.network_interfaces[0].access_configs, undefined);
      assert.deepEqual(r.gce_setup.shielded_instance_config, { enable_secure_boot: true, enable_vtpm: true, enable_integrity_monitoring: true });
      assert.equal(r.gce_setup.metadata["notebook-disable-root"], "true");
      assert.equal(r.disable_proxy_access, false);
    }
  });

  test("idle shutdown from the tier (dev 60 min, prod 180 min), overridable per member", () => {
    assert.equal(instance(dev, "ada@example.com").gce_setup.metadata["idle-timeout-seconds"], "3600");
    assert.equal(instance(prod, "ada@example.com").gce_setup.metadata["idle-timeout-seconds"], "10800");
    assert.equal(instance(prod, "grace.hopper@example.com").gce_setup.metadata["idle-timeout-seconds"], "1800");
  });

  test("downloads disabled in prod only", () => {
    assert.equal(instance(prod, "ada@example.com").gce_setup.metadata["notebook-disable-downloads"], "true");
    assert.equal(instance(dev, "ada@example.com").gce_setup.metadata["notebook-disable-downloads"], "false");
  });

  test("per-member machine type, GPU, data disk and container image", () => {
    const grace = instance(prod, "grace.hopper@example.com").gce_setup;
    assert.equal(grace.machine_type, "n1-standard-8");
    assert.deepEqual(grace.accelerator_configs, [{ type: "NVIDIA_TESLA_T4", core_count: "1" }]);
    assert.equal(grace.data_disks.disk_size_gb, "500");
    const ada = instance(prod, "ada@example.com").gce_setup;
    assert.equal(ada.machine_type, "e2-standard-4");
    assert.equal(ada.accelerator_configs, undefined);
    assert.equal(ada.data_disks.disk_size_gb, "100");
    assert.deepEqual(instance(prod, "alan@example.com").gce_setup.container_image, {
      repository: "europe-west4-docker.pkg.dev/acme-ml-test/test-containers/notebooks/pytorch",
      tag: "2.4",
    });
  });

  test("CMEK on boot and data disks in prod (waiting for the key grants); Google-managed keys in dev", () => {
    const ada = instance(prod, "ada@example.com");
    for (const disk of [ada.gce_setup.boot_disk, ada.gce_setup.data_disks]) {
      assert.equal(disk.disk_encryption, "CMEK");
      assert.match(disk.kms_key, /google_kms_crypto_key\.Environment_Encryption_workbench-disks-key/);
    }
    assert.ok(ada.depends_on.some((d: string) => d.startsWith("google_kms_crypto_key_iam_member.Environment_Encryption_workbench-disks")));
    assert.equal(instance(dev, "ada@example.com").gce_setup.boot_disk.disk_encryption, "GMEK");
    assert.equal(instance(dev, "ada@example.com").gce_setup.boot_disk.kms_key, undefined);
  });

  test("prod instances carry prevent_destroy (notebooks live on their disks); dev ones do not", () => {
    assert.deepEqual(instance(prod, "ada@example.com").lifecycle, { prevent_destroy: true });
    assert.equal(instance(dev, "ada@example.com").lifecycle, undefined);
  });

  test("each member administers only their own instance and may act as the workbench account", () => {
    const iam = Object.values(resources(prod, "google_workbench_instance_iam_member"));
    assert.deepEqual(
      iam.map((m) => `${m.member} ${m.role} ${m.name}`).sort(),
      [
        `user:ada@example.com roles/notebooks.admin \${${addressOf("google_workbench_instance", instance(prod, "ada@example.com"))}.name}`,
        `user:alan@example.com roles/notebooks.admin \${${addressOf("google_workbench_instance", instance(prod, "alan@example.com"))}.name}`,
        `user:grace.hopper@example.com roles/notebooks.admin \${${addressOf("google_workbench_instance", instance(prod, "grace.hopper@example.com"))}.name}`,
      ],
    );
    const actAs = Object.values(resources(prod, "google_service_account_iam_member")).filter((m) => m.member.startsWith("user:"));
    assert.deepEqual(actAs.map((m) => m.member).sort(), ["user:ada@example.com", "user:alan@example.com", "user:grace.hopper@example.com"]);
    for (const m of actAs) assert.equal(m.role, "roles/iam.serviceAccountUser");
    assert.equal(
      Object.values(resources(prod, "google_project_iam_member")).filter((m) => m.member.startsWith("user:")).length,
      0,
      "no project-wide role for team members",
    );
  });

  test("outputs: each member's instance name and proxy URI", () => {
    assert.deepEqual(prod.output.workbench_test_wb_ada.value, {
      name: `\${${addressOf("google_workbench_instance", instance(prod, "ada@example.com"))}.name}`,
      proxyUri: `\${${addressOf("google_workbench_instance", instance(prod, "ada@example.com"))}.proxy_uri}`,
    });
  });

  test("adding or removing a member changes no other instance's address", () => {
    const addresses = (json: any) => Object.values(resources(json, "google_workbench_instance")).map((r) => addressOf("google_workbench_instance", r)).sort();
    const before = addresses(prod);
    const added = addresses(synthEnvironment({ tier: "prod", team: [{ email: "new@example.com" }, ...TEAM] }).json);
    assert.equal(added.length, 4);
    for (const a of before) assert.ok(added.includes(a), a);
    const removed = addresses(synthEnvironment({ tier: "prod", team: TEAM.slice(1) }).json);
    assert.deepEqual(removed, before.filter((a) => !a.includes("adaexamplecom")));
  });
});

describe("Workbench input validation", () => {
  test("malformed and duplicate emails", () => {
    assert.match(problems({ team: [{ email: "ada" }] })[0], /team\[0\]\.email: not a valid email address/);
    assert.match(problems({ team: [{ email: "a@x.com" }, { email: "A@x.com" }] }).join("\n"), /team\[1\]\.email: duplicate email 'A@x\.com'/);
  });

  test("two members whose instance names collide must set one explicitly", () => {
    assert.deepEqual(problems({ team: [{ email: "ada@a.com" }, { email: "ada@b.com" }] }), [
      "env.yaml:7:12: team[1].email: gives the instance name 'test-wb-ada', already used by team[0]; set team[1].workbench.instanceName (got \"ada@b.com\")",
    ]);
    assert.deepEqual(problems({ team: [{ email: "ada@a.com" }, { email: "ada@b.com", workbench: { instanceName: "test-wb-ada-b" } }] }), []);
  });

  test("unknown machine types, GPUs the machine cannot take, GPU counts not allowed, GPUs Workbench does not offer", () => {
    const member = (workbench: object) => ({ team: [{ email: "ada@example.com", workbench }] });
    assert.match(problems(member({ machineType: "n1-standard-3" }))[0], /team\[0\]\.workbench\.machineType: unknown machine type 'n1-standard-3'/);
    assert.match(problems(member({ machineType: "e2-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 } }))[0], /workbench\.accelerator\.type: NVIDIA_TESLA_T4 cannot be attached to e2-standard-4/);
    assert.match(problems(member({ machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 3 } }))[0], /workbench\.accelerator\.count: n1-standard-8 takes 1, 2, 4 × NVIDIA_TESLA_T4, not 3/);
    assert.match(problems(member({ machineType: "g4-standard-48", accelerator: { type: "NVIDIA_RTX_PRO_6000", count: 1 } }))[0], /NVIDIA_RTX_PRO_6000 is not offered on Vertex AI Workbench/);
    assert.match(problems(member({ accelerator: { type: "NVIDIA_TESLA_T4", count: 1 } }))[0], /workbench\.machineType: required with an accelerator/);
  });

  test("idle timeouts out of range, zone outside the region, malformed container images", () => {
    assert.match(problems({ team: [{ email: "ada@example.com", workbench: { idleTimeoutMinutes: 5 } }] })[0], /idleTimeoutMinutes: must be at least 10 \(minutes\) \(got 5\)/);
    assert.match(problems({ workbench: { idleTimeoutMinutes: 2000 } })[0], /workbench\.idleTimeoutMinutes: must be at most 1440 \(minutes\) \(got 2000\)/);
    assert.match(problems({ workbench: { zone: "us-central1-a" } })[0], /workbench\.zone: must be a zone of the environment's region europe-west4, e\.g\. europe-west4-b/);
    assert.match(problems({ team: [{ email: "ada@example.com", workbench: { containerImage: "https://x/y" } }] })[0], /containerImage: allowed: an image path/);
  });
});
