/**
 * Synthesis time and peak memory of the prod environment (stacks/prod.yaml) with its models
 * replaced by 1, 10, 100 and 1000 generated ones: validation, every capability, and `app.synth()`.
 * Each size runs in its own child process (so peak RSS is that size's alone); the parent prints a
 * table and the time per added model, which must stay flat (synthesis linear in the number of models).
 *
 *   node --import tsx bench/serving.bench.ts        # BENCH_RUNS=3 runs per size (median), BENCH_SIZES=1,10,100,1000
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const CHILD_ENV = "SERVING_BENCH_MODELS";

interface Sample {
  readonly models: number;
  readonly buildMs: number;
  readonly synthMs: number;
  readonly resources: number;
  readonly maxRssKb: number;
}

/** Child: build and synthesize one fleet of `n` models, print one JSON line. */
function child(n: number): void {
  const t0 = process.hrtime.bigint();
  // Loaded here so that the measured time includes loading the library and the provider classes it uses.
  const { App } = require("../lib/cdktn") as typeof import("../lib/cdktn");
  const { parse } = require("yaml") as typeof import("yaml");
  const { EnvironmentConfigSchema } = require("../lib/config/schema") as typeof import("../lib/config/schema");
  const { resolveEnvironment } = require("../lib/config/spec") as typeof import("../lib/config/spec");
  const { MlopsStack } = require("../lib/stack") as typeof import("../lib/stack");
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-serving-"));
  const app = new App({ outdir });
  // Half the models own a pool (L4), half share pools of ten (T4); CMEK, PSC, logging as prod has them.
  const models = Array.from({ length: n }, (_, i) => {
    const name = `model-${String(i).padStart(4, "0")}`;
    return i % 2 === 0
      ? { name, machineType: "g2-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 }, maxReplicas: 4 }
      : { name, machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, minReplicas: 2, maxReplicas: 6, pool: `shared-${Math.floor(i / 20)}` };
  });
  const prod = parse(fs.readFileSync(path.join(__dirname, "..", "stacks", "prod.yaml"), "utf8"));
  // The per-model alert overrides of stacks/prod.yaml name its own models, not the generated ones.
  const config = EnvironmentConfigSchema.parse({ ...prod, alerting: undefined, models });
  new MlopsStack(app, { spec: resolveEnvironment(config) });
  const t1 = process.hrtime.bigint();
  app.synth();
  const t2 = process.hrtime.bigint();
  const tf = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "prod", "cdk.tf.json"), "utf8"));
  const resources = Object.values<Record<string, unknown>>(tf.resource ?? {}).reduce((a, r) => a + Object.keys(r).length, 0);
  fs.rmSync(outdir, { recursive: true, force: true });
  const sample: Sample = { models: n, buildMs: Number(t1 - t0) / 1e6, synthMs: Number(t2 - t1) / 1e6, resources, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function parent(): void {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const sizes = (process.env.BENCH_SIZES ?? "1,10,100,1000").split(",").map(Number);
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  process.stdout.write(`machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; median of ${runs} runs per size\n\n`);
  process.stdout.write("| models | resources | load + build | synth | total | per added model | peak RSS |\n|---:|---:|---:|---:|---:|---:|---:|\n");
  let base: { n: number; total: number } | undefined;
  for (const n of sizes) {
    const samples: Sample[] = [];
    for (let r = 0; r < runs; r++) {
      const res = spawnSync(process.execPath, ["--import", "tsx", __filename], {
        cwd: path.join(__dirname, ".."),
        env: { ...process.env, [CHILD_ENV]: String(n) },
        encoding: "utf8",
        maxBuffer: 16 * 1024 * 1024,
      });
      if (res.status !== 0) throw new Error(`size ${n} failed:\n${res.stderr}`);
      samples.push(JSON.parse(res.stdout.trim().split("\n").pop()!));
    }
    const build = median(samples.map((s) => s.buildMs));
    const synth = median(samples.map((s) => s.synthMs));
    const rss = median(samples.map((s) => s.maxRssKb)) / 1024;
    const total = build + synth;
    // Marginal cost against the smallest size: flat when synthesis is linear in the number of models.
    const marginal = base && n > base.n ? `${((total - base.total) / (n - base.n)).toFixed(2)} ms` : "–";
    base ??= { n, total };
    process.stdout.write(`| ${n} | ${samples[0].resources} | ${build.toFixed(0)} ms | ${synth.toFixed(0)} ms | ${total.toFixed(0)} ms | ${marginal} | ${rss.toFixed(0)} MB |\n`);
    if (total > 60_000) process.stdout.write(`  warning: ${n} models took more than 60 s\n`);
  }
}

if (process.env[CHILD_ENV]) child(Number(process.env[CHILD_ENV]));
else parent();
