/**
 * `npm run bench`: synthesis of the default dev/preprod/prod app against a fixed reference: the
 * time Node takes to load the barrel of the old prebuilt provider package
 * (the barrel of `@cdktf/provider-google` 16.12.1, installed into the tools cache by
 * scripts/tools/ensure-bench-reference.sh, never used by the library), measured in one run on one
 * machine: median wall time and peak RSS over several runs each, and their ratio.
 * Options: BENCH_RUNS (default 7).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.join(__dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const RSS_HOOK = path.join(__dirname, "rss.cjs");
/** The old provider's barrel, loaded only by the reference measurement (never by the library). */
const BARREL = ["@cdktf", "provider-google"].join("/");

interface Measure {
  readonly name: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly peakRssMb: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function measure(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, cwd = ROOT): Measure {
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < RUNS + 1; i++) {
    const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${i}`);
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, args, {
      cwd,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `--require ${RSS_HOOK}` },
      encoding: "utf8",
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    const rss = fs.existsSync(rssFile) ? Math.max(...fs.readFileSync(rssFile, "utf8").trim().split("\n").map(Number)) : 0;
    fs.rmSync(rssFile, { force: true });
    if (i === 0) continue; // warm-up: file cache
    times.push(ms);
    peak = Math.max(peak, rss / 1024);
  }
  return { name, medianMs: median(times), minMs: Math.min(...times), peakRssMb: peak };
}

function main(): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-synth-"));
  const env = { CDKTF_OUTDIR: out };
  const refDir = spawnSync("bash", [path.join(ROOT, "scripts", "tools", "ensure-bench-reference.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).stdout.trim();
  const reference = measure(`node -e 'require("${BARREL}")' (16.12.1)`, process.execPath, ["-e", `require(${JSON.stringify(BARREL)})`], {}, refDir);
  const app = measure("synth app (node scripts/synth.cjs)", process.execPath, ["scripts/synth.cjs"], env);
  const npm = measure("npm run synth", "npm", ["run", "-s", "synth"], env);
  fs.rmSync(out, { recursive: true, force: true });

  const rows = [reference, app, npm];
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  process.stdout.write(`machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${RUNS} runs each after one warm-up\n\n`);
  process.stdout.write("| what | median wall | min wall | peak RSS |\n|---|---:|---:|---:|\n");
  for (const r of rows) process.stdout.write(`| ${r.name} | ${r.medianMs.toFixed(0)} ms | ${r.minMs.toFixed(0)} ms | ${r.peakRssMb.toFixed(0)} MB |\n`);
  process.stdout.write(
    `\nratio synth app / reference import: ${(app.medianMs / reference.medianMs).toFixed(2)} (target ≤ 0.25)\n` +
      `ratio npm run synth / reference import: ${(npm.medianMs / reference.medianMs).toFixed(2)}\n` +
      `peak RSS of the synth app: ${app.peakRssMb.toFixed(0)} MB (target < 300 MB)\n`,
  );
}

main();
