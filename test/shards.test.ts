/**
 * Serving stacks: a large fleet's endpoints split over `<env>-serving-<n>` stacks with their own
 * state, placed by a stable hash so that adding a model never moves another, with the same
 * Terraform addresses as in the environment's own stack (so a move between layouts moves state
 * and replaces nothing), and the state-move script of a layout change.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Testing } from "../lib/cdktn";
import { shardMovesScript } from "../lib/cli/shard-moves";
import { EnvironmentConfigInput, EnvironmentConfigSchema } from "../lib/config/schema";
import { resolveEnvironment } from "../lib/config/spec";
import { assignShards, DEFAULT_MAX_MODELS_PER_STACK, hashShard, layoutProblems, PARALLEL_SERVING_STACKS, smallestShardCount, VERTEX_CRUD_REQUESTS_PER_MINUTE } from "../lib/serving/shards";
import { MlopsStack, skipPreparingPass } from "../lib/stack";
import { baseConfig } from "./helpers";

/** Asserts that the schema refuses `config` with an issue at `path` whose message matches. */
function assertIssue(config: unknown, path: string, message: RegExp): void {
  const r = EnvironmentConfigSchema.safeParse(config);
  assert.ok(!r.success, "accepted");
  const issues = r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  assert.ok(
    issues.some((i) => i.path === path && message.test(i.message)),
    `no issue at ${path} matching ${message}; got ${JSON.stringify(issues).slice(0, 2000)}`,
  );
}

const fleet = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ name: `model-${String(i + from).padStart(4, "0")}`, machineType: "g2-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 }, maxReplicas: 4 }));

/** A prod environment (CMEK, so no pools) with `n` models over `shards` serving stacks. */
function prodConfig(n: number, serving?: { shards?: number; maxModelsPerStack?: number }, extra: Partial<EnvironmentConfigInput> = {}): EnvironmentConfigInput {
  return baseConfig({
    name: "prod",
    projectId: "acme-ml-prod",
    tier: "prod",
    team: [],
    models: fleet(n),
    ...(serving ? { serving } : {}),
    ...extra,
  } as Partial<EnvironmentConfigInput>);
}

function build(config: EnvironmentConfigInput): MlopsStack {
  const app = Testing.app();
  return new MlopsStack(app, { spec: resolveEnvironment(EnvironmentConfigSchema.parse(config)) });
}

/** The stack's Terraform JSON as the app writes it (cross-stack references are wired when the app synthesizes). */
const json = (stack: MlopsStack | MlopsStack["servingStacks"][number]) => {
  const outdir = App.of(stack).outdir;
  const file = path.join(outdir, "stacks", stack.node.id, "cdk.tf.json");
  if (!fs.existsSync(file)) App.of(stack).synth();
  return JSON.parse(fs.readFileSync(file, "utf8"));
};
const endpoints = (tf: any): Record<string, any> => tf.resource?.google_vertex_ai_endpoint ?? {};

describe("shard placement", () => {
  it("is a pure function of the model's name and the count: adding or removing models moves no other", () => {
    const before = assignShards(fleet(300), 4);
    const after = assignShards([...fleet(300), ...fleet(25, 5000)], 4);
    for (const [n, models] of before) {
      const now = new Set(after.get(n)!.map((m) => m.name));
      for (const m of models) assert.ok(now.has(m.name), `${m.name} left shard ${n}`);
    }
    const fewer = assignShards(fleet(300).slice(0, 150), 4);
    for (const [n, models] of fewer) for (const m of models) assert.equal(hashShard(m.name, 4), n);
  });

  it("moves only the models the new shard wins when the count grows (rendezvous hashing)", () => {
    const models = fleet(1000);
    let moved = 0;
    for (const m of models) {
      const was = hashShard(m.name, 5);
      const now = hashShard(m.name, 6);
      if (was !== now) {
        assert.equal(now, 5, `${m.name} moved from ${was} to ${now}, not to the new shard`);
        moved++;
      }
    }
    // About a sixth of the models; far from the ~5/6 a modulo hash would move.
    assert.ok(moved > 100 && moved < 250, `moved ${moved}`);
  });

  it("honours an explicit shard and keeps the models of one pool together", () => {
    const models = [
      { name: "a", shard: 2 },
      { name: "b", pool: "shared" },
      { name: "c", pool: "shared", shard: 1 },
      { name: "d", pool: "shared" },
    ];
    const placed = assignShards(models, 3);
    assert.deepEqual(
      placed.get(2)!.map((m) => m.name),
      ["a"],
    );
    assert.deepEqual(
      placed.get(1)!.map((m) => m.name),
      ["b", "c", "d"],
    );
  });

  it("finds the smallest count whose stacks all fit", () => {
    const models = fleet(1000);
    const n = smallestShardCount(models, 200)!;
    assert.ok([...assignShards(models, n).values()].every((l) => l.length <= 200));
    // Five stacks of 200 could hold 1,000 models only if the hash split them exactly evenly.
    assert.ok(n > 5, String(n));
    assert.ok([...assignShards(models, n - 1).values()].some((l) => l.length > 200), `${n - 1} stacks would fit`);
  });
});

describe("the bound's reasons", () => {
  it("keeps a wave of parallel plans within one minute of Vertex AI's default CRUD quota", () => {
    assert.equal(VERTEX_CRUD_REQUESTS_PER_MINUTE.status, "confirmed");
    assert.ok(PARALLEL_SERVING_STACKS * DEFAULT_MAX_MODELS_PER_STACK <= VERTEX_CRUD_REQUESTS_PER_MINUTE.value);
  });
});

describe("serving layout checks", () => {
  it("refuses a fleet over the bound in one stack, naming the count, the bound and the smallest shard count", () => {
    assertIssue(prodConfig(201), "models", /201 models in one stack is over serving.maxModelsPerStack \(200\).*serving.shards: \d+ is the smallest count that fits/);
  });

  it("refuses a serving stack over the bound", () => {
    assertIssue(prodConfig(100, { shards: 2, maxModelsPerStack: 40 }), "serving.shards", /serving stack prod-serving-\d would hold \d+ models, over serving.maxModelsPerStack \(40\)/);
  });

  it("refuses an explicit shard out of range, and pool members pinned apart", () => {
    const models = [{ ...fleet(1)[0], shard: 3 }];
    assertIssue(prodConfig(0, { shards: 2 }, { models }), "models.0.shard", /must be below serving.shards \(2\); allowed: 0-1/);
    assertIssue(prodConfig(0, undefined, { models }), "models.0.shard", /needs serving.shards above 1/);
    const pooled = [
      { name: "a", machineType: "n1-standard-4", maxReplicas: 2, pool: "p", shard: 0 },
      { name: "b", machineType: "n1-standard-4", maxReplicas: 2, pool: "p", shard: 1 },
    ];
    assertIssue(baseConfig({ models: pooled, serving: { shards: 2 } } as Partial<EnvironmentConfigInput>), "models.1.shard", /models sharing pool 'p' live in one serving stack: entry 0 puts the pool in stack 0/);
  });

  it("lists nothing for a layout that fits", () => {
    assert.deepEqual(layoutProblems("prod", fleet(150), { shards: 1, maxModelsPerStack: 200 }), []);
  });
});

describe("serving stacks", () => {
  const single = build(prodConfig(40, { maxModelsPerStack: 40 }));
  const sharded = build(prodConfig(40, { shards: 3, maxModelsPerStack: 40 }));
  const base = json(sharded);
  const shards = sharded.servingStacks.map((s) => ({ id: s.node.id, tf: json(s) }));

  it("puts every endpoint in exactly one serving stack and none in the environment's", () => {
    assert.deepEqual(
      shards.map((s) => s.id),
      ["prod-serving-0", "prod-serving-1", "prod-serving-2"],
    );
    assert.deepEqual(endpoints(base), {});
    const names = shards.flatMap((s) => Object.values(endpoints(s.tf)).map((e: any) => e.name)).sort();
    assert.deepEqual(
      names,
      fleet(40)
        .map((m) => `prod-${m.name}`)
        .sort(),
    );
    for (const s of shards) assert.ok(Object.keys(endpoints(s.tf)).length <= 40);
  });

  it("keeps each endpoint's Terraform address from the single stack", () => {
    const singleAddresses = Object.keys(endpoints(json(single))).sort();
    const shardAddresses = shards.flatMap((s) => Object.keys(endpoints(s.tf))).sort();
    assert.equal(shardAddresses.length, 40);
    assert.deepEqual(shardAddresses, singleAddresses);
  });

  it("gives each serving stack its own state beside the environment's, and orders it after the environment's stack", () => {
    assert.deepEqual(base.terraform.backend.gcs, { bucket: "acme-ml-prod-tfstate", prefix: "mlops/prod" });
    shards.forEach((s, n) => assert.deepEqual(s.tf.terraform.backend.gcs, { bucket: "acme-ml-prod-tfstate", prefix: `mlops/prod-serving-${n}` }));
    for (const s of sharded.servingStacks) assert.ok(s.dependencies.includes(sharded));
  });

  it("reads the key and the artifacts bucket from the environment's stack through its remote state", () => {
    for (const s of shards) {
      const remote = s.tf.data.terraform_remote_state;
      const [name] = Object.keys(remote);
      assert.deepEqual(remote[name].config, { bucket: "acme-ml-prod-tfstate", prefix: "mlops/prod" });
      const endpoint: any = Object.values(endpoints(s.tf))[0];
      assert.match(endpoint.encryption_spec.kms_key_name, new RegExp(`^\\$\\{data\\.terraform_remote_state\\.${name}\\.outputs\\.`));
      assert.ok(endpoint.lifecycle.prevent_destroy);
      assert.equal(endpoint.deletion_policy, "PREVENT");
    }
    // The environment's stack exports what they read.
    assert.ok(Object.keys(base.output).some((o) => o.startsWith("cross-stack-output-")));
    // cdktn's preparing pass is what wires them: the command line keeps it for such an app.
    assert.equal(skipPreparingPass([sharded]), false);
  });

  it("writes one capacity document per serving stack, named by its number", () => {
    shards.forEach((s, n) => {
      const objects = Object.values<any>(s.tf.resource.google_storage_bucket_object);
      assert.equal(objects.length, 1);
      assert.equal(objects[0].name, `serving/capacity-${n}.json`);
      assert.match(s.tf.output.serving_capacity_uri.value, new RegExp(`/serving/capacity-${n}\\.json$`));
      const endpoint: any = Object.values(endpoints(s.tf))[0];
      assert.match(endpoint.description, new RegExp(`serving/capacity-${n}\\.json`));
    });
  });

  it("keeps each model's outputs, in its serving stack", () => {
    const outputs = shards.flatMap((s) => Object.keys(s.tf.output).filter((o) => o.startsWith("model_"))).sort();
    assert.deepEqual(
      outputs,
      fleet(40)
        .map((m) => `model_${m.name.replace(/-/g, "_")}_endpoint_id`)
        .sort(),
    );
  });

  it("passes the policy pack in prod, seeing the environment's audit configs", () => {
    for (const s of sharded.servingStacks) assert.doesNotThrow(() => Testing.synth(s, true));
  });

  it("adding a model touches one serving stack only", () => {
    const more = build(prodConfig(41, { shards: 3, maxModelsPerStack: 41 }));
    const changed = more.servingStacks.filter((s, n) => JSON.stringify(Object.keys(endpoints(json(s)))) !== JSON.stringify(Object.keys(endpoints(shards[n].tf))));
    assert.equal(changed.length, 1);
  });

  it("prints the state moves from one stack to the serving stacks, address for address, each once", () => {
    const script = shardMovesScript(sharded, { fromShards: 1 })!;
    for (const s of shards) {
      for (const address of Object.keys(endpoints(s.tf))) assert.ok(script.includes(`move 'google_vertex_ai_endpoint.${address}' '${s.id}'`), address);
    }
    const moves = script.split("\n").filter((l) => l.startsWith("move "));
    assert.equal(moves.length, 40);
    assert.equal(new Set(moves.map((l) => l.split(" ")[1])).size, 40, "no address is moved twice");
    assert.match(script, /for src in 'prod'; do/);
    // Each state through its GCS backend: no synthesized folder is needed.
    assert.match(script, /pull 'prod-serving-2' 'mlops\/prod-serving-2'/);
    assert.match(script, /"bucket":"%s","prefix":"%s".* 'acme-ml-prod-tfstate' "\$2"/);
    // Back from serving stacks to one stack: the sources are the serving stacks, whose capacity documents leave their states.
    const back = shardMovesScript(single, { fromShards: 3 })!;
    assert.match(back, /for src in 'prod-serving-0' 'prod-serving-1' 'prod-serving-2'; do/);
    assert.match(back, /grep '\^google_storage_bucket_object\\.' "\$work\/prod-serving-2.list"/);
    assert.equal(shardMovesScript(single, { fromShards: 1 }), undefined);
    assert.equal(shardMovesScript(sharded, { fromShards: 3 }), undefined);
  });

  describe("the move script, run with Terraform on local copies of the states", () => {
    // Six models whose names hash two to each of three serving stacks and three to each of two, so
    // every serving stack receives endpoints (asserted below) and some receive more than one; each
    // Terraform call (about 0.1 s) is paid per moved address.
    const models = { models: [0, 1, 2, 9, 10, 11].flatMap((i) => fleet(1, i)) } as Partial<EnvironmentConfigInput>;
    const one = build(prodConfig(0, { maxModelsPerStack: 6 }, models));
    const three = build(prodConfig(0, { shards: 3, maxModelsPerStack: 6 }, models));
    // A Terraform at hand (on PATH or in the tools cache); the test never waits for a build.
    const tf = spawnSync("bash", [path.join(__dirname, "..", "scripts", "tools", "ensure-terraform.sh")], { encoding: "utf8", env: { ...process.env, MLOPS_TOOLS_NO_BUILD: "1" } });
    const available = tf.status === 0;
    /** A Terraform state holding `addresses` (managed resources with an id). */
    const state = (addresses: string[]) => ({
      version: 4,
      terraform_version: "1.11.4",
      serial: 1,
      lineage: `l-${addresses.length}`,
      outputs: {},
      resources: addresses.map((a) => ({
        mode: "managed",
        type: a.slice(0, a.indexOf(".")),
        name: a.slice(a.indexOf(".") + 1),
        provider: 'provider["registry.terraform.io/hashicorp/google"]',
        instances: [{ schema_version: 0, attributes: { id: a }, sensitive_attributes: [] }],
      })),
      check_results: null,
    });
    const CAPACITY = "google_storage_bucket_object.Environment_Serving_Capacity_DBA54D59";
    const served = (st: MlopsStack): Record<string, string[]> =>
      st.servingStacks.length > 0
        ? Object.fromEntries(st.servingStacks.map((x) => [x.node.id, [...Object.keys(endpoints(json(x))).map((a) => `google_vertex_ai_endpoint.${a}`), CAPACITY]]))
        : { [st.node.id]: [...Object.keys(endpoints(json(st))).map((a) => `google_vertex_ai_endpoint.${a}`), CAPACITY, "google_storage_bucket.Environment_DataLake_data_X"] };

    /** Runs the script of `to` against states laid out as `from` has them; returns the pushed states' addresses. */
    function run(from: MlopsStack, to: MlopsStack, fromShards: number): Record<string, string[]> {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shard-moves-"));
      const before = path.join(dir, "before");
      fs.mkdirSync(before);
      const after = path.join(dir, "after");
      fs.mkdirSync(after);
      const base = from.servingStacks.length > 0 ? { [from.node.id]: ["google_storage_bucket.Environment_DataLake_data_X"] } : {};
      for (const [stack, addresses] of Object.entries({ ...base, ...served(from) })) fs.writeFileSync(path.join(before, `${stack}.tfstate`), JSON.stringify(state(addresses)));
      // `terraform` on the PATH: init, pull and push act on the folders above instead of GCS; mv, list and rm are Terraform's own.
      const bin = path.join(dir, "bin");
      fs.mkdirSync(bin);
      fs.writeFileSync(
        path.join(bin, "terraform"),
        [
          "#!/usr/bin/env bash",
          'case "$1" in -chdir=*) stack="$(basename "${1#-chdir=}")"; shift;; esac',
          'if [ "$1" = init ]; then exit 0; fi',
          `if [ "$1 $2" = "state pull" ]; then cat "${before}/$stack.tfstate" 2>/dev/null; exit 0; fi`,
          `if [ "$1 $2" = "state push" ]; then cp "$3" "${after}/$stack.tfstate"; exit 0; fi`,
          `exec ${JSON.stringify(tf.stdout.trim())} "$@"`,
        ].join("\n"),
        { mode: 0o755 },
      );
      const script = path.join(dir, "moves.sh");
      fs.writeFileSync(script, shardMovesScript(to, { fromShards })!);
      fs.writeFileSync(path.join(dir, "none.tfrc"), "");
      const r = spawnSync("bash", [script], { encoding: "utf8", env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, TF_CLI_CONFIG_FILE: path.join(dir, "none.tfrc") } });
      assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
      const out: Record<string, string[]> = {};
      for (const f of fs.readdirSync(after)) out[f.replace(/\.tfstate$/, "")] = JSON.parse(fs.readFileSync(path.join(after, f), "utf8")).resources.map((x: any) => `${x.type}.${x.name}`).sort();
      return out;
    }
    const endpointsOf = (st: MlopsStack) => Object.fromEntries(st.servingStacks.map((x) => [x.node.id, Object.keys(endpoints(json(x))).map((a) => `google_vertex_ai_endpoint.${a}`).sort()]));

    it("one stack to three: each endpoint ends in its serving stack's state, nothing else moves", { skip: available ? false : `terraform unavailable: ${tf.stderr.trim()}` }, () => {
      for (const s of three.servingStacks) assert.ok(Object.keys(endpoints(json(s))).length > 0, `${s.node.id} holds no endpoint: the test would not move anything to it`);
      const result = run(one, three, 1);
      for (const [stack, want] of Object.entries(endpointsOf(three))) assert.deepEqual(result[stack], want, stack);
      assert.deepEqual(result.prod, [CAPACITY, "google_storage_bucket.Environment_DataLake_data_X"].sort());
    });

    it("three to two, and back to one: endpoints follow, the removed stack's state is left empty", { skip: available ? false : `terraform unavailable: ${tf.stderr.trim()}` }, () => {
      const two = build(prodConfig(0, { shards: 2, maxModelsPerStack: 6 }, models));
      for (const s of two.servingStacks) assert.ok(Object.keys(endpoints(json(s))).length > 0, `${s.node.id} holds no endpoint: the test would not move anything to it`);
      const result = run(three, two, 3);
      for (const [stack, want] of Object.entries(endpointsOf(two))) assert.deepEqual(result[stack], [...want, CAPACITY].sort(), stack);
      assert.deepEqual(result["prod-serving-2"], []);
      const back = run(two, one, 2);
      assert.deepEqual(
        back.prod,
        [...Object.keys(endpoints(json(one))).map((a) => `google_vertex_ai_endpoint.${a}`), "google_storage_bucket.Environment_DataLake_data_X"].sort(),
      );
      assert.deepEqual(back["prod-serving-0"], []);
      assert.deepEqual(back["prod-serving-1"], []);
    });
  });

});
