/**
 * The Pulumi program and component under `pulumi.runtime.setMocks`: stack selection and error
 * handling, the component's typed resources and grants, the adapter's refusals, and Pulumi's names
 * and shapes checked against the declarations of @pulumi/gcp 9.35.0. That the registered resources
 * are exactly the Terraform JSON is test/pulumi-parity.test.ts.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import * as pulumi from "@pulumi/pulumi";
import * as serviceaccount from "@pulumi/gcp/serviceaccount";
import * as storage from "@pulumi/gcp/storage";
import * as ts from "typescript";
import { parse } from "yaml";
import { EnvironmentConfigInput, EnvironmentConfigSchema } from "../lib/config/schema";
import { resolveEnvironment } from "../lib/config/spec";
import { principal } from "../lib/core/common";
import { ValidationError } from "../lib/core/errors";
import { MlopsBucket } from "../lib/storage/bucket";
import { registerTerraform, UnsupportedTerraformError } from "../lib/pulumi/adapter";
import { ENVIRONMENT_TYPE, MlopsEnvironment, MlopsEnvironmentArgs } from "../lib/pulumi/environment";
import { blockOf, DATA_SOURCES, isSingle, moduleMember, pulumiName, RESOURCE_TYPES, SchemaBlock } from "../lib/pulumi/mapping";
import { environmentFileFor, pulumiConfigDir, runStack } from "../lib/pulumi/program";
import { runWithMocks, valueOf } from "../lib/pulumi/testing";
import { baseConfig } from "./helpers";
import { pulumiExample } from "../examples/pulumi-environment";
import program = require("../pulumi/index");

const ROOT = path.join(__dirname, "..");
const spec = (overrides: Partial<EnvironmentConfigInput> = {}) => resolveEnvironment(EnvironmentConfigSchema.parse(baseConfig(overrides)));
const environment = (args: Partial<MlopsEnvironmentArgs> = {}) => runWithMocks(() => new MlopsEnvironment("test", { spec: spec({ tier: "prod" }), ...args }));

describe("the program (pulumi/index.ts)", () => {
  test("stack dev reads stacks/dev.yaml and exports the Terraform stack's outputs; one component at the top", async () => {
    const run = await runWithMocks(() => program(), { stack: "dev" });
    assert.equal(await valueOf(run.value.bucket_data), "gs://acme-mlops-dev-data");
    assert.equal(await valueOf(run.value.dataset_raw), "acme-mlops-dev.dev_raw");
    assert.equal(await valueOf(run.value.registry_containers), "us-central1-docker.pkg.dev/acme-mlops-dev/dev-containers");
    assert.deepEqual(await valueOf(run.value.workbench_dev_wb_ada), { name: "dev-wb-ada", proxyUri: "${google_workbench_instance.dev-Environment_Workbench_adaexamplecom_EA66A9A7.proxy_uri}" });
    assert.deepEqual(run.resources.filter((r) => r.parent === "").map((r) => `${r.type} ${r.name}`), [`${ENVIRONMENT_TYPE} dev`]);
    const provider = run.resources.find((r) => r.type === "pulumi:providers:gcp")!;
    assert.deepEqual([provider.name, provider.inputs], ["dev-google", { project: "acme-mlops-dev", region: "us-central1" }]);
  });

  test("the stack's `environment` config picks another file than the stack's name", async () => {
    const run = await runWithMocks(() => program(), { stack: "staging", config: { "gcp-mlops-constructs:environment": "preprod" } });
    assert.equal(await valueOf(run.value.bucket_data), "gs://acme-mlops-preprod-data");
  });

  test("a stack without an environment file stops with the stacks that have one", () => {
    assert.throws(
      () => runStack("staging"),
      (err: unknown) => {
        assert.ok(err instanceof pulumi.RunError, String(err));
        assert.match(err.message, /no environment file for stack 'staging': expected .*stacks\/staging\.yaml; stacks with a file: dev, preprod, prod/);
        return true;
      },
    );
  });

  test("an invalid environment file stops with every problem, file and line, as npm run synth prints them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-pulumi-"));
    fs.writeFileSync(path.join(dir, "dev.yaml"), "name: dev\nprojectId: Acme_ML\nregion: us-central1\ntier: dev\nmodles: []\n");
    assert.throws(
      () => runStack("dev", dir),
      (err: unknown) => {
        assert.ok(err instanceof pulumi.RunError);
        assert.match(err.message, /^error: 2 problems in .*dev\.yaml:/);
        assert.match(err.message, /dev\.yaml:2:12: projectId: not a valid project ID/);
        assert.match(err.message, /dev\.yaml:5:1: modles: unknown field; did you mean 'models'\?/);
        return true;
      },
    );
  });

  test("Pulumi.yaml: project gcp-mlops-constructs, nodejs loading index.ts through tsx", () => {
    const project = parse(fs.readFileSync(path.join(ROOT, "pulumi", "Pulumi.yaml"), "utf8"));
    assert.deepEqual(project.runtime, { name: "nodejs", options: { typescript: false, nodeargs: "--import=tsx", packagemanager: "npm" } });
    assert.equal(project.name, "gcp-mlops-constructs");
    assert.ok(fs.existsSync(path.join(ROOT, "pulumi", project.main)));
  });

  test("config folder: MLOPS_CONFIG_DIR relative to the repository root, else stacks/; .yml accepted", () => {
    assert.equal(pulumiConfigDir({}), path.join(ROOT, "stacks"));
    assert.equal(pulumiConfigDir({ MLOPS_CONFIG_DIR: "examples/minimal" }), path.join(ROOT, "examples", "minimal"));
    assert.equal(pulumiConfigDir({ MLOPS_CONFIG_DIR: "/abs/envs" }), "/abs/envs");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-pulumi-"));
    fs.writeFileSync(path.join(dir, "qa.yml"), "");
    assert.equal(environmentFileFor("qa", dir), path.join(dir, "qa.yml"));
  });

  test("nothing is written: no cdktf.out, no policy report", async () => {
    const cwd = process.cwd();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-pulumi-"));
    process.chdir(dir);
    try {
      await runWithMocks(() => runStack("dev", path.join(ROOT, "stacks")), { stack: "dev" });
    } finally {
      process.chdir(cwd);
    }
    assert.deepEqual(fs.readdirSync(dir), []);
  });
});

describe("the component", () => {
  test("typed resources: buckets, datasets, service accounts, repositories, endpoints", async () => {
    const env = (await environment()).value;
    assert.ok(env.buckets.data instanceof storage.Bucket);
    assert.equal(await valueOf(env.buckets.data.name), "acme-ml-test-data");
    assert.equal(await valueOf(env.datasets.raw.datasetId), "test_raw");
    assert.ok(env.serviceAccounts.pipelines instanceof serviceaccount.Account);
    assert.match(await valueOf(env.serviceAccounts.pipelines.email), /^\$\{google_service_account\.test-Environment_Identity_pipelines_[0-9A-F]{8}\.email\}$/);
    assert.equal(await valueOf(env.repositories.containers.repositoryId), "test-containers");
    assert.deepEqual(Object.keys(env.endpoints), ["churn"]);
    assert.equal(await valueOf((env.endpoints.churn as { displayName: pulumi.Output<string> }).displayName), "test-churn");
  });

  test("URNs are `<environment>-<Terraform logical id>` under the component: adding a team member changes no other", async () => {
    const urns = async (team: EnvironmentConfigInput["team"]) =>
      (await runWithMocks(() => new MlopsEnvironment("test", { spec: spec({ tier: "prod", team }) }))).resources.filter((r) => r.custom).map((r) => r.urn);
    const before = await urns([{ email: "ada@example.com" }]);
    const after = await urns([{ email: "new@example.com" }, { email: "ada@example.com" }]);
    assert.deepEqual(before.filter((u) => !after.includes(u)), []);
    assert.ok(after.length > before.length);
    assert.ok(before.includes("urn:pulumi:test::gcp-mlops-constructs::mlops:index:MlopsEnvironment$gcp:storage/bucket:Bucket::test-Environment_DataLake_data_5CBA3A42"), before.join("\n"));
  });

  test("extend: the constructs' grants and resources, registered and judged like the rest", async () => {
    const run = await environment({
      extend: (env) => {
        env.registry.containers.grantWrite(principal("group", "ml-ci@example.com"));
        // In prod the policy pack requires the environment's key (MLOPS-CMEK-001), as for its own buckets.
        const key = env.cmekKey("storage")!;
        new MlopsBucket(env, "Labelling", { projectId: "acme-ml-test", region: "europe-west4", bucketName: "acme-ml-test-labelling", purpose: "labelling", kmsKeyName: key.keyId, dependsOn: key.grants });
      },
    });
    const writer = run.resources.find((r) => r.terraform?.type === "google_artifact_registry_repository_iam_member" && r.inputs.role === "roles/artifactregistry.writer")!;
    assert.equal(writer.inputs.member, "group:ml-ci@example.com");
    assert.match(writer.inputs.repository, /^\$\{google_artifact_registry_repository\.test-Environment_Registry_containers_[0-9A-F]{8}\.name\}$/);
    const labelling = run.resources.find((r) => r.inputs.name === "acme-ml-test-labelling")!;
    assert.deepEqual([labelling.type, labelling.protect], ["gcp:storage/bucket:Bucket", true]);
  });

  test("extend: in prod, a grant the policy pack rejects stops the program with the rule's ID", () => {
    assert.throws(
      () => new MlopsEnvironment("test", { spec: spec({ tier: "prod" }), extend: (env) => env.dataLake.buckets.data.grantRead({ member: "allUsers", grantKey: "public" }) }),
      (err: unknown) => err instanceof ValidationError && /policy of environment 'test'/.test(err.message) && /MLOPS-IAM-\d+/.test(err.message),
    );
  });

  test("grant: a principal only the program knows (an Output), once per principal and role", async () => {
    const run = await runWithMocks(() => {
      const env = new MlopsEnvironment("test", { spec: spec() });
      const ci = new serviceaccount.Account("ci", { accountId: "ci-builder" });
      const grantee = { member: pulumi.interpolate`serviceAccount:${ci.email}`, grantKey: "ci" };
      const first = env.grant(env.repositories.containers, "roles/artifactregistry.writer", grantee);
      assert.equal(env.grant(env.repositories.containers, "roles/artifactregistry.writer", grantee), first);
      env.grant(env.buckets.artifacts, "roles/storage.objectViewer", grantee);
      assert.throws(() => env.grant(env.buckets.data, "roles/editor", grantee), /primitive role roles\/editor is never granted/);
      assert.throws(() => env.grant(ci, "roles/iam.serviceAccountUser", grantee), /target: not grantable/);
      return env;
    });
    const grants = run.resources.filter((r) => r.name.includes("-ci-")).sort((a, b) => a.type.localeCompare(b.type));
    assert.deepEqual(
      grants.map((g) => [g.type, g.inputs.role, g.inputs.member]),
      [
        ["gcp:artifactregistry/repositoryIamMember:RepositoryIamMember", "roles/artifactregistry.writer", "serviceAccount:${google_service_account.ci.email}"],
        ["gcp:storage/bucketIAMMember:BucketIAMMember", "roles/storage.objectViewer", "serviceAccount:${google_service_account.ci.email}"],
      ],
    );
    assert.match(grants[0].inputs.repository, /^\$\{google_artifact_registry_repository\.test-Environment_Registry_containers_[0-9A-F]{8}\.name\}$/);
    assert.equal(grants[1].inputs.bucket, "acme-ml-test-artifacts");
    for (const g of grants) assert.ok(g.parent.endsWith("MlopsEnvironment::test"), g.parent);
  });
});

describe("examples/pulumi-environment.ts (the README's example)", () => {
  test("the constructs' extension and the program's own account, granted on the registered bucket", async () => {
    const run = await runWithMocks(() => pulumiExample());
    const members = run.resources.filter((r) => /IamMember|IAMMember/.test(r.type)).map((r) => `${r.inputs.member} ${r.inputs.role}`);
    for (const m of [
      "group:labelling-vendor@example.com roles/storage.objectViewer",
      "group:ml-ci@example.com roles/artifactregistry.writer",
      "serviceAccount:${google_service_account.labeller.email} roles/storage.objectViewer",
    ]) {
      assert.ok(members.includes(m), m);
    }
    assert.ok(run.resources.some((r) => r.type === "gcp:storage/bucket:Bucket" && r.inputs.name === "acme-ml-sandbox-labelling"));
    assert.equal(await valueOf((run.value as Record<string, pulumi.Output<unknown>>).bucket_data), "gs://acme-ml-sandbox-data");
    const labeller = run.resources.find((r) => r.name === "labeller")!;
    assert.equal(labeller.provider.split("::").slice(0, -1).join("::"), run.resources.find((r) => r.type === "pulumi:providers:gcp")!.urn);
  });
});

describe("the adapter refuses what it cannot register faithfully", () => {
  test("serving stacks (serving.shards above 1): the Pulumi engine keeps serving in one stack", async () => {
    const models = ["a", "b", "c"].map((name) => ({ name, machineType: "n1-standard-4", minReplicas: 1, maxReplicas: 2 }));
    const spec = resolveEnvironment(EnvironmentConfigSchema.parse(baseConfig({ models, serving: { shards: 2 } } as Partial<EnvironmentConfigInput>)));
    await assert.rejects(
      runWithMocks(() => new MlopsEnvironment("test", { spec })),
      (e: unknown) => e instanceof ValidationError && /serving stacks are for the Terraform engine/.test(e.message),
    );
  });


  const doc = (resource: Record<string, unknown>, extra: Record<string, unknown> = {}): any => ({ provider: { google: [{ project: "p", region: "r" }] }, resource, ...extra });
  const refused = async (json: Record<string, unknown>, message: RegExp) => {
    await assert.rejects(
      runWithMocks(() => registerTerraform(json, { parent: new pulumi.ComponentResource("mlops:index:Test", "t"), prefix: "t" })),
      (err: unknown) => err instanceof UnsupportedTerraformError && message.test(err.message),
    );
  };
  const topic = { name: "t" };

  test("a resource type or data source without a mapping, naming it", async () => {
    await refused(doc({ google_bigtable_instance: { b: { name: "b" } } }), /the resource type google_bigtable_instance \(google_bigtable_instance\.b\): no @pulumi\/gcp type is mapped/);
    await refused(doc({}, { data: { google_client_config: { c: {} } } }), /the data source google_client_config/);
  });

  test("expressions other than references, template directives, meta-arguments, other lifecycle rules, blocks", async () => {
    await refused(doc({ google_pubsub_topic: { a: { name: '${upper("x")}' } } }), /the expression \$\{upper\("x"\)\} in google_pubsub_topic\.a\.name/);
    await refused(doc({ google_pubsub_topic: { a: { name: "%{ if true }x%{ endif }" } } }), /the template directive in google_pubsub_topic\.a\.name/);
    await refused(doc({ google_pubsub_topic: { a: { ...topic, count: 2 } } }), /the meta-argument 'count' of google_pubsub_topic\.a/);
    await refused(doc({ google_pubsub_topic: { a: { ...topic, lifecycle: { create_before_destroy: true } } } }), /lifecycle\.create_before_destroy of google_pubsub_topic\.a/);
    await refused(doc({}, { variable: { x: {} } }), /the top-level block 'variable'/);
    await refused(doc({ google_pubsub_topic: { a: { ...topic, colour: "red" } } }), /'colour' of google_pubsub_topic\.a: not an attribute of the provider schema/);
  });

  test("an attribute its @pulumi/gcp class does not take (Terraform's timeouts) is refused, not dropped", async () => {
    await refused(doc({ google_pubsub_topic: { a: { ...topic, timeouts: { create: "5m" } } } }), /google_pubsub_topic\.a: its @pulumi\/gcp class does not take timeouts/);
  });

  test("a moved block becomes an alias, so the resource keeps its state", async () => {
    const run = await runWithMocks(() =>
      registerTerraform(doc({ google_pubsub_topic: { b: topic } }, { moved: [{ from: "google_pubsub_topic.a", to: "google_pubsub_topic.b" }] }), { parent: new pulumi.ComponentResource("mlops:index:Test", "t"), prefix: "t" }),
    );
    const opts = (run.value.resources.get("google_pubsub_topic.b") as unknown as { __aliases: unknown[] }).__aliases;
    assert.equal(opts.length, 1);
    assert.match(String(await valueOf(opts[0] as pulumi.Input<string>)), /\$gcp:pubsub\/topic:Topic::t-a$/);
  });
});

describe("Pulumi's names and shapes are those @pulumi/gcp 9.35.0 declares", () => {
  const GCP = path.dirname(require.resolve("@pulumi/gcp/package.json"));
  type Declared = Map<string, string>;
  /** Interfaces (and classes) of a declaration file: name → property → type text. */
  const declarations = (file: string, text = fs.readFileSync(file, "utf8")): Map<string, Declared> => {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const out = new Map<string, Declared>();
    const visit = (node: ts.Node, ns: string): void => {
      if (ts.isModuleDeclaration(node) && node.body) return void ts.forEachChild(node.body, (c) => visit(c, `${ns}${node.name.text}.`));
      if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node)) && node.name) {
        const members = new Map<string, string>();
        for (const m of node.members) if ((ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) && m.type) members.set(m.name.getText(sf), m.type.getText(sf));
        out.set(`${ns}${node.name.text}`, members);
      }
      ts.forEachChild(node, (c) => visit(c, ns));
    };
    visit(sf, "");
    return out;
  };
  /**
   * A nested input type (`inputs.<namespace>.<name>`) as types/input.d.ts declares it. The file is
   * 6 MB (parsing it whole took over a second), so each top-level namespace is parsed on first use.
   */
  const INPUT = path.join(GCP, "types", "input.d.ts");
  let namespaceTexts: Map<string, string> | undefined;
  const inputNamespaces = new Map<string, Map<string, Declared>>();
  const inputType = (namespace: string, name: string): Declared | undefined => {
    namespaceTexts ??= new Map([...fs.readFileSync(INPUT, "utf8").matchAll(/^export declare namespace (\w+) \{\n[\s\S]*?\n\}$/gm)].map((m) => [m[1], m[0]]));
    if (!inputNamespaces.has(namespace)) inputNamespaces.set(namespace, declarations(INPUT, namespaceTexts.get(namespace) ?? ""));
    return inputNamespaces.get(namespace)!.get(`${namespace}.${name}`);
  };
  const fileOf = (mod: string, member: string) => {
    const dir = path.join(GCP, mod);
    return path.join(dir, fs.readdirSync(dir).find((f) => f.toLowerCase() === `${member.toLowerCase()}.d.ts`)!);
  };

  /** Every settable attribute and block of `block` against a declared interface, nested blocks too. */
  function check(block: SchemaBlock, declared: Declared, where: string, problems: string[]): void {
    for (const [name, a] of Object.entries(block.attributes ?? {})) {
      if (name === "id" || !(a.optional || a.required)) continue;
      if (!declared.has(pulumiName(block, name))) problems.push(`${where}.${name}: no ${pulumiName(block, name)}`);
    }
    for (const [name, b] of Object.entries(block.block_types ?? {})) {
      if (name === "timeouts") continue;
      const text = declared.get(pulumiName(block, name));
      const nested = /inputs\.([A-Za-z0-9]+)\.([A-Za-z0-9]+)/.exec(text ?? "");
      if (!text || !nested) {
        problems.push(`${where}.${name}: no ${pulumiName(block, name)} of a nested type (${text})`);
        continue;
      }
      if (/\[\]/.test(text) === isSingle(b)) problems.push(`${where}.${name}: Pulumi ${text}, schema ${b.nesting_mode} of at most ${b.max_items}`);
      const type = inputType(nested[1], nested[2]);
      if (!type) {
        problems.push(`${where}.${name}: ${text} is not declared in types/input.d.ts`);
        continue;
      }
      check(b.block, type, `${where}.${name}`, problems);
    }
  }

  test("every resource type and data source of the pinned schema (those the generated bindings have) is mapped", () => {
    const schema: any = Object.values(JSON.parse(fs.readFileSync(path.join(ROOT, "provider", "schema.json"), "utf8")).provider_schemas)[0];
    assert.deepEqual(Object.keys(RESOURCE_TYPES).sort(), Object.keys(schema.resource_schemas).sort());
    assert.deepEqual(Object.keys(DATA_SOURCES).sort(), Object.keys(schema.data_source_schemas).sort());
  });

  test("every resource type: its class, every input (nested blocks too) and every output", () => {
    const problems: string[] = [];
    for (const [type, token] of Object.entries(RESOURCE_TYPES)) {
      const [mod, member] = moduleMember(token);
      assert.equal(require(`@pulumi/gcp/${mod}`)[member]?.__pulumiType, token, type);
      const declared = declarations(fileOf(mod, member));
      const block = blockOf(type);
      check(block, declared.get(`${member}Args`)!, type, problems);
      for (const name of Object.keys(block.attributes ?? {})) {
        if (name !== "id" && !declared.get(member)!.has(pulumiName(block, name))) problems.push(`${type}.${name}: no output ${pulumiName(block, name)}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test("every data source: its function, arguments and results; the provider's settings", () => {
    const problems: string[] = [];
    for (const [type, token] of Object.entries(DATA_SOURCES)) {
      const [mod, fn] = moduleMember(token);
      assert.equal(typeof require(`@pulumi/gcp/${mod}`)[`${fn}Output`], "function", token);
      const declared = declarations(fileOf(mod, fn));
      const result = `${fn[0].toUpperCase()}${fn.slice(1)}`;
      const block = blockOf(`data.${type}`);
      check(block, declared.get(`${result}OutputArgs`)!, `data.${type}`, problems);
      for (const name of Object.keys(block.attributes ?? {})) if (!declared.get(`${result}Result`)!.has(pulumiName(block, name))) problems.push(`data.${type}.${name}: no result`);
    }
    const provider = declarations(path.join(GCP, "provider.d.ts")).get("ProviderArgs")!;
    for (const name of ["project", "region"]) assert.ok(provider.has(pulumiName(blockOf("provider"), name)), name);
    assert.deepEqual(problems, []);
  });

  test("the README's table lists every mapped type", () => {
    const readme = fs.readFileSync(path.join(ROOT, "lib", "pulumi", "README.md"), "utf8");
    for (const [type, token] of Object.entries({ ...RESOURCE_TYPES, ...DATA_SOURCES })) assert.ok(readme.includes(`| \`${type}\` | \`${token}\` |`), type);
  });
});

describe("engines in separate entry points", () => {
  test("the Terraform side never loads Pulumi: no @pulumi import and no lib/pulumi module outside lib/pulumi", () => {
    const sources = (rel: string): string[] =>
      fs.readdirSync(path.join(ROOT, rel), { withFileTypes: true }).flatMap((e) => {
        const sub = path.join(rel, e.name);
        if (e.isDirectory()) return sub === path.join("lib", "pulumi") ? [] : sources(sub);
        return sub.endsWith(".ts") ? [sub] : [];
      });
    const files = [...sources("lib"), ...sources("stacks"), ...sources("provider")];
    assert.ok(files.length > 50);
    for (const f of files) {
      for (const [, spec] of fs.readFileSync(path.join(ROOT, f), "utf8").matchAll(/(?:from|require\()\s*["']([^"']+)["']/g)) {
        assert.ok(!spec.startsWith("@pulumi/"), `${f} imports ${spec}`);
        assert.ok(!path.resolve(ROOT, path.dirname(f), spec).startsWith(path.join(ROOT, "lib", "pulumi")), `${f} imports ${spec}`);
      }
    }
  });
});
