/**
 * Parity of the Pulumi program with the Terraform synthesis. For every default environment
 * (stacks/), the example (examples/minimal), the everything-enabled fixture and three variants,
 * the program run under mocks registers exactly the resources of the Terraform JSON (a separate
 * synthesis, through `buildApp` as `npm run synth` does), each as the @pulumi/gcp type of its
 * Terraform type, with:
 * - the same attributes, read back into Terraform's names and shapes (references compared by
 *   what they point at: `${google_kms_crypto_key.X.id}` is the stand-in the mocks give the id of
 *   the Pulumi resource `<env>-X`; a reference to a literal attribute is that literal);
 * - `protect` exactly where `lifecycle.prevent_destroy` is, `retainOnDelete` on keys and key rings,
 *   `ignoreChanges` for `lifecycle.ignore_changes`;
 * - exactly the dependencies of the Terraform resource: its `depends_on`, the resources its
 *   attributes refer to, and what the data sources it reads wait for;
 * - secrets where the provider schema marks an attribute sensitive;
 * - the same stack outputs, by name and value.
 * The policy pack then judges the registered resources with no finding.
 */
import assert from "node:assert/strict";
import * as path from "node:path";
import { describe, test } from "node:test";
import { isDeepStrictEqual } from "node:util";
import * as storage from "@pulumi/gcp/storage";
import { buildApp } from "../lib/app";
import { Testing } from "../lib/cdktn";
import { EnvironmentConfigInput, EnvironmentConfigSchema } from "../lib/config/schema";
import { resolveEnvironment } from "../lib/config/spec";
import { MlopsStack } from "../lib/stack";
import { evaluate } from "../lib/policy/pack";
import { ENVIRONMENT_TYPE, MlopsEnvironment } from "../lib/pulumi/environment";
import { blockOf, DATA_SOURCES, OTHER_RESOURCE_TYPES, RESOURCE_TYPES, RETAINED_TYPES, terraformNames } from "../lib/pulumi/mapping";
import { runStack } from "../lib/pulumi/program";
import { MockedRun, runWithMocks, terraformResources, valueOf } from "../lib/pulumi/testing";
import { GEMMA } from "./fixtures/serving";
import { baseConfig } from "./helpers";
import program = require("../pulumi/index");

const ROOT = path.join(__dirname, "..");
const META = new Set(["//", "depends_on", "lifecycle"]);
const REF = /\$\$\{|%%\{|\$\{([^}]+)\}/g;

/** One resource, as both sides are reduced to. */
interface Entry {
  readonly attributes: Record<string, unknown>;
  readonly protect: boolean;
  readonly retainOnDelete: boolean;
  readonly ignoreChanges: readonly string[];
  /** Terraform addresses of what it waits for. */
  readonly waitsFor: ReadonlySet<string>;
  /** Top-level attributes sent as secrets. */
  readonly secrets: ReadonlySet<string>;
}

interface View {
  /** By Terraform address (`<type>.<logical id>`). */
  readonly resources: Map<string, Entry>;
  readonly outputs: Record<string, unknown>;
}

/** Whether a (possibly nested) attribute holds something the schema marks sensitive. */
function sensitiveIn(block: ReturnType<typeof blockOf>, name: string): boolean {
  if (block.attributes?.[name]) return block.attributes[name].sensitive === true;
  const nested = block.block_types?.[name]?.block;
  return !!nested && [...Object.keys(nested.attributes ?? {}), ...Object.keys(nested.block_types ?? {})].some((n) => sensitiveIn(nested, n));
}

/** The Terraform JSON reduced to entries; `prefix` is the Pulumi component's name. */
function terraformView(json: any, prefix: string): View {
  const body = (type: string, lid: string) => json.resource?.[type]?.[lid];
  const resolveRef = (ref: string): unknown => {
    const parts = ref.split(".");
    if (parts[0] === "data") return `data.${parts[1]}.${parts[3]}`;
    const [type, lid, attr] = parts;
    const literal = attr === "id" ? undefined : body(type, lid)?.[attr];
    return literal !== undefined ? resolve(literal) : `\${${type}.${prefix}-${lid}.${attr}}`;
  };
  function resolve(v: unknown): any {
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    if (typeof v !== "string") return v;
    const whole = /^\$\{([^}]+)\}$/.exec(v);
    if (whole) return resolveRef(whole[1]);
    return v.replace(REF, (m: string, ref?: string) => (m === "$${" ? "${" : m === "%%{" ? "%{" : String(resolveRef(ref!))));
  }
  const refsIn = (v: unknown) => [...JSON.stringify(v).replace(/\$\$\{/g, "").matchAll(REF)].map((m) => m[1]).filter((r) => r);
  const resources = new Map<string, Entry>();
  for (const [type, byLid] of Object.entries<any>(json.resource ?? {})) {
    const block = blockOf(type);
    for (const [lid, r] of Object.entries<any>(byLid)) {
      const attributes = Object.fromEntries(Object.entries(r).filter(([k]) => !META.has(k)));
      const waitsFor = new Set<string>(r.depends_on ?? []);
      for (const ref of refsIn(attributes)) {
        const [first, t, l] = ref.split(".");
        if (first !== "data") waitsFor.add(`${first}.${t}`);
        else for (const d of json.data[t][l].depends_on ?? []) waitsFor.add(d);
      }
      resources.set(`${type}.${lid}`, {
        attributes: resolve(attributes),
        protect: r.lifecycle?.prevent_destroy === true,
        retainOnDelete: RETAINED_TYPES.has(type),
        ignoreChanges: r.lifecycle?.ignore_changes ?? [],
        waitsFor,
        secrets: new Set(Object.keys(attributes).filter((k) => sensitiveIn(block, k))),
      });
    }
  }
  const outputs = Object.fromEntries(Object.entries<any>(json.output ?? {}).map(([name, o]) => [name, resolve(o.value)]));
  return { resources, outputs };
}

/** A mocked run reduced to entries; anything that is not a @pulumi/gcp resource under the component fails. */
async function pulumiView(run: MockedRun<Record<string, unknown>>, prefix: string, failures: string[]): Promise<View> {
  const byUrn = new Map(run.resources.map((r) => [r.urn, r]));
  const addressOf = (r: { name: string; terraform?: { type: string } }) => `${r.terraform!.type}.${r.name.slice(prefix.length + 1)}`;
  const component = run.resources.find((r) => r.type === ENVIRONMENT_TYPE && r.name === prefix);
  const provider = run.resources.find((r) => r.type === "pulumi:providers:gcp" && r.parent === component?.urn);
  if (!component || !provider) failures.push(`no ${ENVIRONMENT_TYPE} '${prefix}' with its gcp provider`);
  const resources = new Map<string, Entry>();
  for (const r of run.resources) {
    if (r === component || r === provider) continue;
    if (!r.terraform) {
      failures.push(`${r.type} ${r.name}: registered, and not a @pulumi/gcp resource of a mapped type`);
      continue;
    }
    // Another package's type (time_sleep) uses that package's default provider.
    const ownProvider = !(r.terraform.type in OTHER_RESOURCE_TYPES);
    if (r.parent !== component?.urn || (ownProvider && r.provider.split("::").slice(0, -1).join("::") !== provider?.urn)) failures.push(`${r.name}: not a child of the component using its provider`);
    const names = terraformNames(blockOf(r.terraform.type));
    resources.set(addressOf(r), {
      attributes: r.terraform.attributes,
      protect: r.protect,
      retainOnDelete: r.retainOnDelete,
      ignoreChanges: r.ignoreChanges.map((p) => names.get(p) ?? `(not a Pulumi name: ${p})`),
      waitsFor: new Set(r.dependencies.map((u) => byUrn.get(u)).filter((d) => d?.terraform).map((d) => addressOf(d!))),
      secrets: new Set(r.secrets.map((s) => names.get(s)!)),
    });
  }
  const outputs: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(run.value)) outputs[name] = await valueOf(value as never);
  return { resources, outputs };
}

/** Every difference between the Terraform JSON and the mocked run. */
async function differences(json: any, run: MockedRun<Record<string, unknown>>, prefix: string): Promise<string[]> {
  const failures: string[] = [];
  const tf = terraformView(json, prefix);
  const pu = await pulumiView(run, prefix, failures);
  for (const [address, t] of tf.resources) {
    const p = pu.resources.get(address);
    if (!p) {
      failures.push(`${address}: in the Terraform JSON, not registered (${RESOURCE_TYPES[address.split(".")[0]]})`);
      continue;
    }
    for (const attr of new Set([...Object.keys(t.attributes), ...Object.keys(p.attributes)])) {
      if (!isDeepStrictEqual(t.attributes[attr], p.attributes[attr])) failures.push(`${address}: ${attr} differs: Terraform ${JSON.stringify(t.attributes[attr])}, Pulumi ${JSON.stringify(p.attributes[attr])}`);
    }
    for (const key of ["protect", "retainOnDelete", "ignoreChanges", "waitsFor", "secrets"] as const) {
      const [a, b] = [t[key], p[key]].map((v) => (v instanceof Set ? [...v].sort() : v));
      if (!isDeepStrictEqual(a, b)) failures.push(`${address}: ${key} differs: Terraform ${JSON.stringify(a)}, Pulumi ${JSON.stringify(b)}`);
    }
  }
  for (const address of pu.resources.keys()) if (!tf.resources.has(address)) failures.push(`${address}: registered, not in the Terraform JSON`);
  if (!isDeepStrictEqual(Object.keys(pu.outputs).sort(), Object.keys(tf.outputs).sort())) failures.push(`outputs differ: Terraform ${Object.keys(tf.outputs)}, Pulumi ${Object.keys(pu.outputs)}`);
  for (const [name, value] of Object.entries(tf.outputs)) {
    if (name in pu.outputs && !isDeepStrictEqual(value, pu.outputs[name])) failures.push(`output ${name} differs: Terraform ${JSON.stringify(value)}, Pulumi ${JSON.stringify(pu.outputs[name])}`);
  }
  const provider = run.resources.find((r) => r.type === "pulumi:providers:gcp");
  // Provider inputs are camelCase, and Pulumi passes a provider's non-string inputs as JSON text.
  const providerInputs = Object.fromEntries(
    Object.entries(provider?.inputs ?? {}).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), typeof v === "string" && /^(true|false|\d+)$/.test(v) ? JSON.parse(v) : v]),
  );
  if (!isDeepStrictEqual(providerInputs, json.provider.google[0])) failures.push(`provider differs: Terraform ${JSON.stringify(json.provider.google[0])}, Pulumi ${JSON.stringify(provider?.inputs)}`);
  return failures;
}

const apps = new Map<string, ReturnType<typeof buildApp>>();
/** The Terraform JSON of one environment of a folder, synthesized as `npm run synth` does (each folder built once). */
function synthesized(configDir: string, name: string): any {
  if (!apps.has(configDir)) apps.set(configDir, buildApp({ configDir }));
  const stack = apps.get(configDir)!.stacks.find((s) => s.node.id === name)!;
  Testing.synth(stack, true); // with validations: the policy pack passes
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

/** [file, Pulumi stack, environment name]: stack names pick the file, as `pulumi stack select` does. */
const ENVIRONMENTS: readonly [string, string, string][] = [
  ["stacks/dev.yaml", "dev", "dev"],
  ["stacks/preprod.yaml", "preprod", "preprod"],
  ["stacks/prod.yaml", "prod", "prod"],
  ["examples/minimal/sandbox.yaml", "sandbox", "sandbox"],
  ["test/fixtures/everything-prod.yaml", "everything-prod", "everything"],
];

const runs = new Map<string, Promise<MockedRun<Record<string, unknown>>>>();
/** The program's run of a stack: pulumi/index.ts itself for stacks/, runStack on the folder otherwise. */
function programRun(file: string, stack: string): Promise<MockedRun<Record<string, unknown>>> {
  if (!runs.has(file)) {
    const dir = path.join(ROOT, path.dirname(file));
    runs.set(file, runWithMocks(() => (file.startsWith("stacks/") ? program() : runStack(stack, dir)), { stack }));
  }
  return runs.get(file)!;
}

describe("parity: the Pulumi program registers exactly the Terraform JSON", () => {
  for (const [file, stack, name] of ENVIRONMENTS) {
    test(`${file}: same resources, attributes, guards, dependencies, secrets and outputs`, async () => {
      const json = synthesized(path.join(ROOT, path.dirname(file)), name);
      const run = await programRun(file, stack);
      assert.deepEqual(await differences(json, run, name), []);
      // What the comparison rests on.
      const count = Object.values<any>(json.resource).reduce((n, byLid) => n + Object.keys(byLid).length, 0);
      assert.equal(run.resources.filter((r) => r.terraform).length, count);
      assert.ok(count > 50, `${count} resources`);
    });
  }

});

/** Variants of the test environment (test/helpers.ts) the environment files do not cover. */
const VARIANTS: Record<string, Partial<EnvironmentConfigInput>> = {
  "perimeter in dry-run, shared VPC": {
    tier: "prod",
    vpcServiceControls: { enabled: true, accessPolicy: "123456789" },
    network: { sharedVpc: { hostProjectId: "acme-net-host", network: "shared", subnetwork: "ml-europe" } },
  },
  "enforced perimeter, custom ranges and restricted services": {
    tier: "preprod",
    vpcServiceControls: { enabled: true, accessPolicy: "123456789", mode: "enforced", restrictedServices: ["aiplatform.googleapis.com"] },
    network: { subnetCidr: "10.30.0.0/20", privateServiceAccessCidr: "10.40.0.0/16", flowLogSampling: 1 },
  },
  "dev with CMEK, GPUs and custom containers": {
    tier: "dev",
    encryption: { cmek: true, rotationDays: 30, keyRingName: "dev-ring-2" },
    labels: { "cost-center": "ml" },
    naming: { bucketPrefix: "acme-eu-test" },
    team: [
      { email: "ada@example.com" },
      { email: "grace.hopper@example.com", workbench: { machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, dataDiskSizeGb: 500 } },
      { email: "alan@example.com", workbench: { containerImage: "notebooks/pytorch:2.4", instanceName: "test-alan" } },
    ],
  },
  "dev with a Model Garden deployment (Google-managed keys)": { tier: "dev", region: "us-central1", models: [...(baseConfig().models ?? []), GEMMA] },
};
const specOf = (label: string) => resolveEnvironment(EnvironmentConfigSchema.parse(baseConfig(VARIANTS[label])));
const variantRuns = new Map<string, Promise<MockedRun<Record<string, unknown>>>>();
function variantRun(label: string): Promise<MockedRun<Record<string, unknown>>> {
  if (!variantRuns.has(label)) variantRuns.set(label, runWithMocks(() => new MlopsEnvironment("test", { spec: specOf(label) }).outputs as Record<string, unknown>));
  return variantRuns.get(label)!;
}

describe("parity on variants the environment files do not cover", () => {
  for (const label of Object.keys(VARIANTS)) {
    test(label, async () => {
      const stack = new MlopsStack(Testing.app(), { spec: specOf(label) });
      Testing.synth(stack, true);
      assert.deepEqual(await differences(JSON.parse(JSON.stringify(stack.toTerraform())), await variantRun(label), "test"), []);
    });
  }
});

describe("what the comparisons cover", () => {
  test("every mapped type, guards, retained keys, ignored changes, secrets, every data source", async () => {
    const all = await Promise.all([...ENVIRONMENTS.map(([file, stack]) => programRun(file, stack)), ...Object.keys(VARIANTS).map(variantRun)]);
    const seen = new Set(all.flatMap((run) => run.resources.filter((r) => r.terraform).map((r) => r.terraform!.type)));
    assert.deepEqual(Object.keys(RESOURCE_TYPES).filter((t) => !seen.has(t)), []);
    const everything = all[4].resources;
    assert.ok(everything.some((r) => r.protect) && everything.some((r) => r.retainOnDelete));
    assert.ok(everything.some((r) => r.ignoreChanges.includes("trafficSplit")));
    assert.ok(everything.some((r) => r.secrets.includes("sensitiveLabels")), "channel credentials are secrets");
    const read = new Set(all.flatMap((run) => run.invokes.map((i) => i.token)));
    assert.deepEqual([...read].sort(), Object.values(DATA_SOURCES).sort());
  });
});

describe("the comparison itself", () => {
  test("a changed attribute, guard, dependency, resource or output is reported", async () => {
    const json = synthesized(path.join(ROOT, "stacks"), "prod");
    const [lid, bucket] = Object.entries<any>(json.resource.google_storage_bucket).find(([, b]) => b.name === "acme-mlops-prod-data")!;
    bucket.public_access_prevention = "inherited";
    delete bucket.lifecycle;
    bucket.depends_on = [];
    const [grant] = Object.values<any>(json.resource.google_storage_bucket_iam_member);
    grant.role = "roles/storage.admin";
    json.resource.google_pubsub_topic = { Extra_1: { name: "extra" } };
    json.output.bucket_data.value = "gs://elsewhere";
    const failures = (await differences(json, await programRun("stacks/prod.yaml", "prod"), "prod")).join("\n");
    assert.match(failures, new RegExp(`google_storage_bucket.${lid}: public_access_prevention differs: Terraform "inherited", Pulumi "enforced"`));
    assert.match(failures, new RegExp(`google_storage_bucket.${lid}: protect differs: Terraform false, Pulumi true`));
    assert.match(failures, new RegExp(`google_storage_bucket.${lid}: waitsFor differs`));
    assert.match(failures, /google_storage_bucket_iam_member\..*: role differs: Terraform "roles\/storage.admin"/);
    assert.match(failures, /google_pubsub_topic.Extra_1: in the Terraform JSON, not registered/);
    assert.match(failures, /output bucket_data differs: Terraform "gs:\/\/elsewhere", Pulumi "gs:\/\/acme-mlops-prod-data"/);
  });
});

describe("the policy pack judges the registered resources", () => {
  test("every environment: no finding", async () => {
    for (const [file, stack, name] of ENVIRONMENTS) {
      const tier = name === "dev" || name === "sandbox" ? "dev" : name === "preprod" ? "preprod" : "prod";
      const report = evaluate(terraformResources(await programRun(file, stack)), { tier, stack: name });
      assert.deepEqual(report.findings.map((f) => `${f.ruleId} ${f.address}: ${f.message}`), [], file);
      assert.ok(report.rules.some((r) => r.id === "MLOPS-GCS-001"), "the pack ran");
    }
  });

  test("a resource added beside the component (an escape hatch) is judged too, with the rule's ID", async () => {
    const run = await runWithMocks(() => {
      new storage.Bucket("scratch", { name: "acme-ml-test-scratch", location: "EUROPE-WEST4", publicAccessPrevention: "inherited", uniformBucketLevelAccess: true, versioning: { enabled: true } });
    });
    const report = evaluate(terraformResources(run), { tier: "prod" });
    assert.deepEqual(report.findings.filter((f) => f.ruleId === "MLOPS-GCS-001").map((f) => f.address), ["google_storage_bucket.scratch"]);
  });
});
