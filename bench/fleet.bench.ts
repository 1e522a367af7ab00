/**
 * Synthesis of a prod fleet: the prod environment (stacks/prod.yaml) with its models replaced by
 * 10, 100, 1,000 and 5,000 generated ones, each with a skew `monitoring` block, half on NVIDIA L4
 * and half on NVIDIA T4, served from as many serving stacks as the fleet needs (the smallest
 * `serving.shards` that keeps every stack within `serving.maxModelsPerStack`) and skew batches sized
 * for the fleet (`skewChecks.fleetSize`). Each size runs in
 * its own child process (so peak RSS is that size's alone): validation, every capability, the
 * policy pack on every stack, and `app.synth()`. Prints wall time, peak memory, the time per
 * added model (which must stay flat), resources per stack and the quota budget of the project.
 *
 *   npm run bench:fleet        # BENCH_SIZES=10,100,1000,5000, BENCH_RUNS=1 (median of runs per size)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const CHILD_ENV = "FLEET_BENCH_MODELS";

interface Sample {
  readonly models: number;
  readonly shards: number;
  readonly ms: number;
  readonly maxRssKb: number;
  /** Resources of the environment's stack, and of the largest serving stack. */
  readonly baseResources: number;
  readonly maxShardResources: number;
  readonly totalResources: number;
  /** What the project uses of each quota, summed over the environment's stacks. */
  readonly quotas: Record<string, { used: number; default?: number }>;
}

/** The generated fleet: a monitoring block each, two GPU types; every fifth model retrains through the environment's pipeline. */
function fleet(n: number, monitoring: Record<string, unknown>) {
  return Array.from({ length: n }, (_, i) => {
    const name = `model-${String(i).padStart(4, "0")}`;
    const gpu =
      i % 2 === 0
        ? { machineType: "g2-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 }, maxReplicas: 4 }
        : { machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, minReplicas: 2, maxReplicas: 6 };
    const { retrainPipeline, ...rest } = monitoring;
    return { name, ...gpu, monitoring: { ...rest, ...(i % 5 === 0 ? { retrainPipeline } : {}) } };
  });
}

/** Child: build and synthesize one fleet of `n` models, print one JSON line. */
function child(n: number): void {
  const t0 = process.hrtime.bigint();
  // Loaded here so that the measured time includes loading the library.
  const { App } = require("../lib/cdktn") as typeof import("../lib/cdktn");
  const { parse } = require("yaml") as typeof import("yaml");
  const { EnvironmentConfigSchema } = require("../lib/config/schema") as typeof import("../lib/config/schema");
  const { resolveEnvironment } = require("../lib/config/spec") as typeof import("../lib/config/spec");
  const { MlopsStack } = require("../lib/stack") as typeof import("../lib/stack");
  const { smallestShardCount, DEFAULT_MAX_MODELS_PER_STACK } = require("../lib/serving/shards") as typeof import("../lib/serving/shards");
  const { quotaUsage } = require("../lib/catalog/quotas") as typeof import("../lib/catalog/quotas");
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-fleet-"));
  const app = new App({ outdir });
  const prod = parse(fs.readFileSync(path.join(__dirname, "..", "stacks", "prod.yaml"), "utf8"));
  const monitoring = prod.models.find((m: { monitoring?: unknown }) => m.monitoring).monitoring;
  const models = fleet(n, monitoring);
  const shards = models.length > DEFAULT_MAX_MODELS_PER_STACK ? smallestShardCount(models, DEFAULT_MAX_MODELS_PER_STACK)! : 1;
  // The per-model alert overrides of stacks/prod.yaml name its own models, not the generated ones.
  // Skew batches sized for the fleet (skewChecks.fleetSize), as an environment of that size sets it.
  const config = EnvironmentConfigSchema.parse({ ...prod, alerting: undefined, models, serving: { shards }, skewChecks: { fleetSize: Math.max(1000, n) } });
  const stack = new MlopsStack(app, { spec: resolveEnvironment(config) });
  app.synth();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const count = (tf: { resource?: Record<string, Record<string, unknown>> }) => Object.values(tf.resource ?? {}).reduce((a, r) => a + Object.keys(r).length, 0);
  const read = (id: string) => JSON.parse(fs.readFileSync(path.join(outdir, "stacks", id, "cdk.tf.json"), "utf8"));
  const base = read(stack.node.id);
  const shardJson = stack.servingStacks.map((s) => read(s.node.id));
  const quotas: Sample["quotas"] = {};
  for (const tf of [base, ...shardJson]) {
    for (const q of quotaUsage(tf)) {
      const per = q.quota === "conditionsPerPolicy" || q.quota === "notificationChannelsPerPolicy";
      const prev = quotas[q.quota]?.used ?? 0;
      quotas[q.quota] = { used: per ? Math.max(prev, q.used) : prev + q.used, default: q.default };
    }
  }
  fs.rmSync(outdir, { recursive: true, force: true });
  const sample: Sample = {
    models: n,
    shards,
    ms,
    maxRssKb: process.resourceUsage().maxRSS,
    baseResources: count(base),
    maxShardResources: shardJson.reduce((m, tf) => Math.max(m, count(tf)), 0),
    totalResources: count(base) + shardJson.reduce((a, tf) => a + count(tf), 0),
    quotas,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function parent(): void {
  const runs = Number(process.env.BENCH_RUNS ?? 1);
  const sizes = (process.env.BENCH_SIZES ?? "10,100,1000,5000").split(",").map(Number);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  process.stdout.write(`machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; median of ${runs} run(s) per size\n\n`);
  process.stdout.write("| models | serving stacks | resources (environment's stack / largest serving stack / all) | wall time | per added model | peak RSS |\n|---:|---:|---:|---:|---:|---:|\n");
  let first: { n: number; ms: number } | undefined;
  const last: Sample[] = [];
  for (const n of sizes) {
    const samples: Sample[] = [];
    for (let r = 0; r < runs; r++) {
      const res = spawnSync(process.execPath, ["--import", "tsx", __filename], {
        cwd: path.join(__dirname, ".."),
        env: { ...process.env, [CHILD_ENV]: String(n), CDKTN_DISABLE_CREATION_STACK: "1" },
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      });
      if (res.status !== 0) throw new Error(`size ${n} failed:\n${res.stderr.slice(0, 4000)}`);
      samples.push(JSON.parse(res.stdout.trim().split("\n").pop()!));
    }
    const ms = median(samples.map((s) => s.ms));
    const rss = median(samples.map((s) => s.maxRssKb)) / 1024;
    const s = samples[0];
    // Marginal cost against the smallest size: flat when synthesis is linear in the number of models.
    const marginal = first && n > first.n ? `${((ms - first.ms) / (n - first.n)).toFixed(2)} ms` : "–";
    first ??= { n, ms };
    process.stdout.write(`| ${n} | ${s.shards === 1 ? "0 (one stack)" : s.shards} | ${s.baseResources} / ${s.maxShardResources || "–"} / ${s.totalResources} | ${(ms / 1000).toFixed(1)} s | ${marginal} | ${rss.toFixed(0)} MB |\n`);
    last.push(s);
  }
  process.stdout.write("\nQuota budget of the project (summed over the environment's stacks; per-policy limits: the largest policy):\n\n");
  process.stdout.write(`| quota | default | ${last.map((s) => `${s.models} models`).join(" | ")} |\n|---|---:|${last.map(() => "---:|").join("")}\n`);
  for (const q of Object.keys(last[0]?.quotas ?? {})) {
    const def = last[0].quotas[q].default;
    const cells = last.map((s) => {
      const u = s.quotas[q].used;
      return def !== undefined && u > def ? `**${u}** (over)` : String(u);
    });
    process.stdout.write(`| ${q} | ${def ?? "unknown"} | ${cells.join(" | ")} |\n`);
  }
}

if (process.env[CHILD_ENV]) child(Number(process.env[CHILD_ENV]));
else parent();
