import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import { stringify } from "yaml";
import { crossEnvironmentProblems, loadEnvironmentDir, parseEnvironment } from "../lib/config/load";
import { formatProblem, ValidationError } from "../lib/core/errors";
import { baseConfig } from "./helpers";

/** Problems for a config given as an object (rendered to YAML) or as raw YAML text. */
function problems(input: object | string): string[] {
  const text = typeof input === "string" ? input : stringify(input);
  return parseEnvironment(text, "env.yaml").problems.map(formatProblem);
}

function only(input: object | string): string {
  const p = problems(input);
  assert.equal(p.length, 1, `expected one problem, got:\n${p.join("\n")}`);
  return p[0];
}

describe("environment validation", () => {
  test("a valid config has no problems", () => {
    assert.deepEqual(problems(baseConfig()), []);
  });

  test("project id: pattern, length and reserved words", () => {
    assert.match(only(baseConfig({ projectId: "Acme_ML" })), /^env\.yaml:2:12: projectId: not a valid project ID; allowed: 6-30 lowercase .* \(got "Acme_ML"\)$/);
    assert.match(only(baseConfig({ projectId: "abc" })), /projectId: too short: 3 characters, at least 6; allowed: 6-30 lowercase .*\(got "abc"\)/);
    assert.match(only(baseConfig({ projectId: "my-google-project" })), /not containing 'google'.*\(got "my-google-project"\)/);
  });

  test("missing required field names the field and the parent's line", () => {
    const cfg: Record<string, unknown> = { ...baseConfig() };
    delete cfg.projectId;
    assert.match(only(cfg), /^env\.yaml:1:1: projectId: required field is missing/);
  });

  test("unknown region lists the Vertex AI regions", () => {
    assert.match(only(baseConfig({ region: "us-central9" })), /region: not a region where Vertex AI is offered; allowed: .*us-central1.*\(got "us-central9"\)/);
  });

  test("unknown tier lists the tiers", () => {
    assert.match(only(baseConfig({ tier: "staging" as never })), /tier: not a tier; allowed: dev, preprod, prod \(got "staging"\)/);
  });

  test("misspelt keys are reported with a suggestion, at their own line", () => {
    const text = "name: dev\nprojectId: acme-ml-dev\nregion: us-central1\ntier: dev\nmodles: []\n";
    assert.match(only(text), /^env\.yaml:5:1: modles: unknown field; did you mean 'models'\? allowed fields: name, projectId, region, tier, labels, backend, naming, team, .*models/);
    const nested = stringify(baseConfig({ models: [{ name: "m", machineType: "n1-standard-4", minReplica: 1, maxReplicas: 1 } as never] }));
    const p = problems(nested);
    assert.ok(p.some((x) => /models\[0\]\.minReplica: unknown field; did you mean 'minReplicas'\?/.test(x)), p.join("\n"));
  });

  test("malformed email", () => {
    assert.match(only(baseConfig({ team: [{ email: "ada.example.com" }] })), /team\[0\]\.email: not a valid email address.*\(got "ada\.example\.com"\)/);
    assert.match(only(baseConfig({ notifications: { emails: ["oncall@"] } })), /notifications\.emails\[0\]: not a valid email address/);
  });

  test("duplicate team emails and model names", () => {
    assert.match(
      only(baseConfig({ team: [{ email: "ada@example.com" }, { email: "Ada@example.com" }] })),
      /team\[1\]\.email: duplicate email 'Ada@example\.com', already used by entry 0/,
    );
    const m = { name: "churn", machineType: "n1-standard-4", minReplicas: 1, maxReplicas: 1 };
    assert.match(only(baseConfig({ models: [m, m] })), /models\[1\]\.name: duplicate name 'churn'/);
  });

  test("names GCP would reject: environment name, bucket prefix, state bucket, label keys and values", () => {
    assert.match(only(baseConfig({ name: "Dev_1" })), /name: not a valid environment name/);
    assert.match(only(baseConfig({ name: "a-very-long-environment-name" })), /name: too long: 28 characters, at most 20; allowed: 1-20/);
    assert.match(only(baseConfig({ naming: { bucketPrefix: "-acme" } })), /naming\.bucketPrefix: not a valid bucket prefix; allowed: 2-41 lowercase/);
    assert.match(only(baseConfig({ naming: { bucketPrefix: "a".repeat(42) } })), /naming\.bucketPrefix: too long: 42 characters, at most 41; allowed: 2-41 lowercase/);
    assert.match(only(baseConfig({ backend: { bucket: "goog-state" } })), /backend\.bucket: not a valid bucket name.*not starting with 'goog'/);
    assert.match(only(baseConfig({ labels: { Team: "x" } })), /labels\.Team: label key 'Team' is not allowed/);
    assert.match(only(baseConfig({ labels: { team: "ML Platform" } })), /labels\.team: not a valid label value/);
    assert.match(only(baseConfig({ labels: { environment: "x" } })), /labels\.environment: label 'environment' is set by the library/);
  });

  test("models: machine type, accelerator compatibility and counts, replica bounds", () => {
    const model = (m: object) => baseConfig({ models: [{ name: "m", minReplicas: 1, maxReplicas: 2, ...m } as never] });
    assert.match(only(model({ machineType: "n1-standard-5" })), /models\[0\]\.machineType: unknown machine type 'n1-standard-5'; allowed: n1-standard-1, /);
    assert.match(
      only(model({ machineType: "n1-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 } })),
      /models\[0\]\.accelerator\.type: NVIDIA_L4 cannot be attached to n1-standard-8 \(N1 family\); NVIDIA_L4 runs on g2-standard-4/,
    );
    assert.match(
      only(model({ machineType: "e2-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 } })),
      /accelerator\.type: NVIDIA_TESLA_T4 cannot be attached to e2-standard-4 \(E2 family\); NVIDIA_TESLA_T4 runs on N1 machine types/,
    );
    assert.match(only(model({ machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 3 } })), /accelerator\.count: n1-standard-8 takes 1, 2, 4 × NVIDIA_TESLA_T4, not 3/);
    assert.match(only(model({ machineType: "g2-standard-24", accelerator: { type: "NVIDIA_L4", count: 1 } })), /accelerator\.count: g2-standard-24 has exactly 2 NVIDIA_L4, not 1/);
    assert.match(only(model({ machineType: "a2-highgpu-1g", accelerator: { type: "NVIDIA_H100_80GB", count: 1 } })), /a2-highgpu-1g comes with NVIDIA_TESLA_A100, not NVIDIA_H100_80GB; NVIDIA_H100_80GB runs on a3-highgpu-1g/);
    assert.match(only(model({ machineType: "n1-standard-4", accelerator: { type: "NVIDIA_TESLA_K80", count: 1 } })), /NVIDIA_TESLA_K80 has reached end of life/);
    assert.match(only(model({ machineType: "n1-standard-4", minReplicas: 3, maxReplicas: 2 })), /models\[0\]\.maxReplicas: must be at least minReplicas \(3\) \(got 2\)/);
    assert.match(only(model({ machineType: "n1-standard-4", minReplicas: 0 })), /models\[0\]\.minReplicas: must be at least 1 \(replicas\) \(got 0\)/);
    assert.match(only(model({ machineType: "n1-standard-4", maxReplicas: "three" })), /models\[0\]\.maxReplicas: must be a whole number \(replicas\), 1-1000 \(got "three"\)/);
  });

  test("network: malformed or overlapping ranges, incomplete shared VPC", () => {
    assert.match(only(baseConfig({ network: { subnetCidr: "10.10.0.0/33" } })), /network\.subnetCidr: prefix length \/33 is outside \/8\.\.\/29; allowed: an IPv4 range .*\(got "10\.10\.0\.0\/33"\)/);
    assert.match(only(baseConfig({ network: { subnetCidr: "10.10.0/20" } })), /network\.subnetCidr: not an IPv4 range 'a\.b\.c\.d\/n'.*\(got "10\.10\.0\/20"\)/);
    assert.match(only(baseConfig({ network: { subnetCidr: "10.10.1.0/20" } })), /network\.subnetCidr: address is not aligned to the \/20 prefix \(host bits set\); did you mean 10\.10\.0\.0\/20\?/);
    assert.match(
      only(baseConfig({ network: { subnetCidr: "10.0.0.0/8" } })),
      /network\.subnetCidr: 10\.20\.0\.0\/16 \(private services access\) overlaps 10\.0\.0\.0\/8 \(subnet\); the ranges must be disjoint/,
    );
    assert.match(only(baseConfig({ network: { privateServiceAccessCidr: "10.10.8.0/21" } })), /network\.privateServiceAccessCidr: 10\.10\.8\.0\/21 \(private services access\) overlaps 10\.10\.0\.0\/20/);
    assert.match(only(baseConfig({ network: { sharedVpc: { hostProjectId: "acme-net-host", network: "shared" } as never } })), /network\.sharedVpc\.subnetwork: required field is missing/);
    assert.match(
      only(baseConfig({ network: { privateServiceAccess: true, sharedVpc: { hostProjectId: "acme-net-host", network: "shared", subnetwork: "ml" } } })),
      /network\.privateServiceAccess: cannot be true with sharedVpc/,
    );
    assert.match(only(baseConfig({ network: { flowLogSampling: 2 } })), /network\.flowLogSampling: must be from 0 to 1 \(got 2\)/);
  });

  test("encryption: rotation at most 90 days, whole days; CMEK off only in dev; key ring names", () => {
    assert.match(only(baseConfig({ encryption: { rotationDays: 365 } })), /encryption\.rotationDays: must be at most 90 \(days between key rotations\) \(got 365\)/);
    assert.match(only(baseConfig({ encryption: { rotationDays: "90d" as never } })), /encryption\.rotationDays: must be a whole number \(days between key rotations\), 1-90 \(got "90d"\)/);
    assert.match(only(baseConfig({ tier: "prod", encryption: { cmek: false } })), /encryption\.cmek: customer-managed encryption can be turned off only in the dev tier, not in prod \(got false\)/);
    assert.deepEqual(problems(baseConfig({ tier: "dev", encryption: { cmek: false } })), []);
    assert.match(only(baseConfig({ encryption: { keyRingName: "ml ring" } })), /encryption\.keyRingName: not a valid Cloud KMS name/);
  });

  test("VPC Service Controls: an access policy is required when enabled", () => {
    assert.match(only(baseConfig({ vpcServiceControls: { enabled: true } })), /vpcServiceControls\.accessPolicy: required when vpcServiceControls\.enabled is true/);
    assert.match(only(baseConfig({ vpcServiceControls: { enabled: true, accessPolicy: "policy-1" } })), /vpcServiceControls\.accessPolicy: allowed: the numeric ID/);
    assert.match(only(baseConfig({ vpcServiceControls: { enabled: true, accessPolicy: "1", mode: "audit" as never } })), /vpcServiceControls\.mode: allowed: dry-run, enforced \(got "audit"\)/);
  });

  test("YAML syntax errors carry their line", () => {
    const p = problems("name: dev\nprojectId: [unclosed\nregion: us-central1\n");
    assert.ok(p.length >= 1);
    assert.match(p[0], /^env\.yaml:\d+:\d+: YAML syntax error: /);
    assert.match(only("name: dev\nname: prod\n"), /^env\.yaml:2:1: YAML syntax error: Map keys must be unique/);
  });

  test("every problem of a file is reported at once, in line order", () => {
    const p = problems(
      baseConfig({ projectId: "X", region: "mars-north1", tier: "qa" as never, team: [{ email: "bad" }], models: [{ name: "m", machineType: "n1-standard-4", minReplicas: 2, maxReplicas: 1 }] }),
    );
    assert.equal(p.length, 5, p.join("\n"));
    assert.deepEqual(
      p.map((x) => x.split(": ")[1]),
      ["projectId", "region", "tier", "team[0].email", "models[0].maxReplicas"],
    );
  });
});

describe("a folder of environments", () => {
  function dirWith(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-cfg-"));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }

  test("the fixture environments load (test/fixtures/stacks: copies of the examples)", () => {
    const loaded = loadEnvironmentDir(path.join(__dirname, "fixtures", "stacks"));
    assert.deepEqual(loaded.map((l) => l.config.name), ["dev", "preprod", "prod"]);
    assert.deepEqual(loaded.map((l) => l.config.tier), ["dev", "preprod", "prod"]);
  });

  test("two environments may not share a stack name, a state location or a bucket prefix", () => {
    const a = { file: "a.yaml", config: parseEnvironment(stringify(baseConfig()), "a.yaml").config! };
    const parsed = parseEnvironment(stringify(baseConfig()), "b.yaml");
    const b = { file: "b.yaml", config: parsed.config!, locate: parsed.locate };
    const p = crossEnvironmentProblems([a, b]).map(formatProblem);
    assert.deepEqual(p, [
      `b.yaml:1:7: name: stack name 'test' is already used by a.yaml; each environment needs its own (got "test")`,
      `b.yaml:1:7: name: state location 'gs://acme-ml-test-tfstate/mlops/test/default.tfstate' is already used by a.yaml; each environment needs its own: two environments sharing one state overwrite each other's, and the next apply of one plans to destroy the other's resources (got "test")`,
      `b.yaml:2:12: projectId: bucket prefix 'acme-ml-test' is already used by a.yaml; each environment needs its own (bucket names are global) (got "acme-ml-test")`,
    ]);
  });

  test("two environments with customer-managed keys may not create one key ring in one project and region (file:line)", () => {
    const ring = { keyRingName: "shared-ring" };
    const env = (name: string, overrides: object) => stringify(baseConfig({ name, naming: { bucketPrefix: `acme-ml-${name}` }, encryption: ring, ...overrides }));
    const files = {
      "a.yaml": env("a", { tier: "preprod" }),
      "b.yaml": env("b", { tier: "prod" }),
      // Another region may hold a key ring of the same name.
      "c.yaml": env("c", { tier: "prod", region: "us-central1" }),
      // Google-managed keys create no key ring.
      "d.yaml": env("d", {}),
    };
    const dir = dirWith(files);
    const lines = files["b.yaml"].split("\n");
    const line = lines.findIndex((l) => l.includes("keyRingName:")) + 1;
    const column = lines[line - 1].indexOf("shared-ring") + 1;
    assert.throws(
      () => loadEnvironmentDir(dir),
      (err: unknown) => {
        assert.ok(err instanceof ValidationError);
        assert.deepEqual(
          err.problems.map((p) => formatProblem({ ...p, file: path.basename(p.file ?? "") })),
          [
            `b.yaml:${line}:${column}: encryption.keyRingName: key ring 'projects/acme-ml-test/locations/europe-west4/keyRings/shared-ring' is already used by ${path.join(dir, "a.yaml")}; each environment needs its own: two environments cannot create one key ring; allowed: a distinct encryption.keyRingName (1-63 letters, digits, '_' or '-') (got "shared-ring")`,
          ],
        );
        return true;
      },
    );
  });

  test("in one project, no environment is named like another plus '-': they would share endpoint IDs and fleet alerts", () => {
    const env = (name: string, projectId: string) => {
      const r = parseEnvironment(stringify(baseConfig({ name, projectId, naming: { bucketPrefix: `acme-${name}` } })), `${name}.yaml`);
      assert.deepEqual(r.problems, []);
      return { file: `${name}.yaml`, config: r.config!, locate: r.locate };
    };
    const p = crossEnvironmentProblems([env("prod", "acme-ml-shared"), env("prod-eu", "acme-ml-shared")]).map(formatProblem);
    assert.equal(p.length, 1);
    assert.match(p[0], /^prod-eu\.yaml:1:7: name: starts with 'prod-', the name of the environment in prod\.yaml in the same project acme-ml-shared: endpoint IDs are <environment>-<model>/);
    // Other projects: no clash.
    assert.deepEqual(crossEnvironmentProblems([env("prod", "acme-ml-one"), env("prod-eu", "acme-ml-two")]), []);
  });

  test("no environment's state is a serving stack's state", () => {
    const env = (name: string, extra: object) => {
      const r = parseEnvironment(stringify(baseConfig({ name, projectId: `acme-ml-${name}`, naming: { bucketPrefix: `acme-${name}` }, ...extra })), `${name}.yaml`);
      assert.deepEqual(r.problems, []);
      return { file: `${name}.yaml`, config: r.config!, locate: r.locate };
    };
    const p = crossEnvironmentProblems([
      env("fleet", { serving: { shards: 2 }, backend: { bucket: "acme-state", prefix: "mlops/fleet" } }),
      env("other", { backend: { bucket: "acme-state", prefix: "mlops/fleet-serving-1" } }),
    ]).map(formatProblem);
    assert.equal(p.length, 1, p.join("\n"));
    assert.match(p[0], /^other\.yaml:\d+:\d+: backend\.prefix: state location 'gs:\/\/acme-state\/mlops\/fleet-serving-1\/default\.tfstate' is the state of serving stack fleet-serving-1 of the environment in fleet\.yaml/);
  });

  test("no environment takes the name of another's serving stack", () => {
    const env = (name: string, projectId: string, extra: object = {}) => {
      const r = parseEnvironment(stringify(baseConfig({ name, projectId, naming: { bucketPrefix: `acme-${name}` }, ...extra })), `${name}.yaml`);
      assert.deepEqual(r.problems, []);
      return { file: `${name}.yaml`, config: r.config!, locate: r.locate };
    };
    const p = crossEnvironmentProblems([env("ml", "acme-ml-one", { serving: { shards: 2 } }), env("ml-serving-1", "acme-ml-two")]).map(formatProblem);
    assert.deepEqual(p, [`ml-serving-1.yaml:1:7: name: stack name 'ml-serving-1' is a serving stack of the environment in ml.yaml (serving.shards); choose another name (got "ml-serving-1")`]);
  });

  test("state locations are compared as the state object the backend writes, not as text", () => {
    const env = (name: string, prefix: string) => {
      const r = parseEnvironment(stringify(baseConfig({ name, projectId: `acme-ml-${name}`, backend: { bucket: "acme-state", prefix } })), `${name}.yaml`);
      assert.deepEqual(r.problems, []);
      return { file: `${name}.yaml`, config: r.config!, locate: r.locate };
    };
    // The schema refuses these spellings; a config built in TypeScript can still carry them.
    const prod = env("prod", "mlops/prod");
    for (const prefix of ["mlops/prod/", "/mlops/prod", "mlops//prod", "mlops/dev/../prod", "./mlops/prod"]) {
      const dev = { ...env("dev", "mlops/dev"), config: { ...env("dev", "mlops/dev").config, backend: { bucket: "acme-state", prefix } } };
      const p = crossEnvironmentProblems([prod, dev]).map(formatProblem);
      assert.equal(p.length, 1, `${prefix}: ${p.join("\n")}`);
      assert.match(p[0], /^dev\.yaml:\d+:\d+: backend\.prefix: state location 'gs:\/\/acme-state\/mlops\/prod\/default\.tfstate' is already used by prod\.yaml; /);
    }
    assert.deepEqual(crossEnvironmentProblems([prod, env("dev", "mlops/prod2")]), []);
  });

  test("a state prefix the backend would rewrite is refused, saying which state it would be", () => {
    const cases: [string, RegExp][] = [
      ["mlops/prod/", /must not end with '\/': the backend would store the state under 'mlops\/prod', so 'mlops\/prod\/' and 'mlops\/prod' are one state location/],
      ["mlops/dev/../prod", /must not contain a '\.' or '\.\.' segment: the backend would store the state under 'mlops\/prod'/],
      ["mlops/./dev", /must not contain a '\.' or '\.\.' segment: the backend would store the state under 'mlops\/dev'/],
      ["/mlops/dev", /must not start with '\/'/],
      ["mlops//dev", /must not contain an empty segment \('\/\/'\)/],
      ["", /must not be empty/],
    ];
    for (const [prefix, message] of cases) {
      const p = only(baseConfig({ backend: { prefix } }));
      assert.match(p, /^env\.yaml:\d+:\d+: backend\.prefix: /, prefix);
      assert.match(p, message, prefix);
      assert.ok(p.endsWith(`(got ${JSON.stringify(prefix)})`), p);
    }
  });

  test("a folder named like an environment file is reported by name, with the other files' problems", () => {
    const dir = dirWith({ "a.yaml": stringify(baseConfig({ name: "a", projectId: "BAD" })) });
    fs.mkdirSync(path.join(dir, "x.yaml"));
    assert.throws(
      () => loadEnvironmentDir(dir),
      (err: unknown) => {
        assert.ok(err instanceof ValidationError, String(err));
        const shown = err.problems.map(formatProblem);
        assert.ok(shown.some((p) => p.endsWith("x.yaml: is a folder, not an environment file; rename it or move it out of the config folder (every *.yaml and *.yml in it is read as an environment)")), shown.join("\n"));
        assert.ok(shown.some((p) => /a\.yaml:2:12: projectId: /.test(p)), shown.join("\n"));
        assert.doesNotMatch(err.message, /EISDIR/);
        return true;
      },
    );
  });

  test("npm run synth on an invalid folder exits 1, names every problem of every file, writes nothing, prints no stack trace", () => {
    const dir = dirWith({
      "a.yaml": stringify(baseConfig({ name: "a", projectId: "BAD" })),
      "b.yaml": stringify(baseConfig({ name: "b", projectId: "acme-ml-b", region: "nowhere1" })),
    });
    const out = path.join(dir, "out");
    const launcher = path.join(__dirname, "..", "scripts", "synth.cjs");
    const r = spawnSync(process.execPath, [launcher], {
      cwd: path.join(__dirname, ".."),
      env: { ...process.env, MLOPS_CONFIG_DIR: dir, CDKTF_OUTDIR: out },
      encoding: "utf8",
    });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /2 problems in the 2 environment files/);
    assert.match(r.stderr, /a\.yaml:2:12: projectId: too short: 3 characters, at least 6/);
    assert.match(r.stderr, /b\.yaml:3:9: region: not a region where Vertex AI is offered/);
    assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
    assert.equal(r.stdout, "");
    assert.equal(fs.existsSync(out), false, "nothing synthesized");
  });
});
