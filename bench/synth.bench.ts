/**
 * `npm run bench`: synthesis of the default dev/preprod/prod app against a fixed reference: the
 * time Node takes to load the barrel of the old prebuilt provider package
 * (the barrel of `@cdktf/provider-google` 16.12.1, installed into the tools cache by
 * scripts/tools/ensure-bench-reference.sh, never used by the library), measured in one run on one
 * machine: median wall time and peak RSS over several rounds, the commands taking turns within
 * a round, and the median of the rounds' ratios. Options: BENCH_RUNS (rounds, default 7).
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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

interface Command {
  readonly name: string;
  readonly cmd: string;
  readonly args: string[];
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

/** One run of `c`: wall time in ms and peak RSS in MB. */
function once(c: Command, i: number): { ms: number; rssMb: number } {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${i}`);
  const start = process.hrtime.bigint();
  const r = spawnSync(c.cmd, c.args, {
    cwd: c.cwd ?? ROOT,
    env: { ...process.env, ...c.env, BENCH_RSS_FILE: rssFile, NODE_OPTIONS: `--require ${RSS_HOOK}` },
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${c.name} failed: ${r.stderr}`);
  const rss = fs.existsSync(rssFile) ? Math.max(...fs.readFileSync(rssFile, "utf8").trim().split("\n").map(Number)) : 0;
  fs.rmSync(rssFile, { force: true });
  return { ms, rssMb: rss / 1024 };
}

/**
 * Runs the commands in rounds, each round every command once and in turn, so a machine that
 * speeds up or slows down during the benchmark weighs on all of them alike; one warm-up round
 * first (file cache, compile cache, the launcher's bundle). Ratios are taken within a round.
 */
function rounds(commands: readonly Command[]): { ms: number[]; rssMb: number }[] {
  const out = commands.map(() => ({ ms: [] as number[], rssMb: 0 }));
  for (let i = 0; i < RUNS + 1; i++) {
    commands.forEach((c, k) => {
      const r = once(c, i);
      if (i === 0) return;
      out[k].ms.push(r.ms);
      out[k].rssMb = Math.max(out[k].rssMb, r.rssMb);
    });
  }
  return out;
}

function main(): void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "bench-synth-"));
  const env = { CDKTF_OUTDIR: out };
  const refDir = spawnSync("bash", [path.join(ROOT, "scripts", "tools", "ensure-bench-reference.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).stdout.trim();
  const commands: Command[] = [
    { name: `node -e 'require("${BARREL}")' (16.12.1)`, cmd: process.execPath, args: ["-e", `require(${JSON.stringify(BARREL)})`], cwd: refDir },
    { name: "synth app (node scripts/synth.cjs)", cmd: process.execPath, args: ["scripts/synth.cjs"], env },
    { name: "npm run synth", cmd: "npm", args: ["run", "-s", "synth"], env },
  ];
  const [reference, app, npm] = rounds(commands);
  fs.rmSync(out, { recursive: true, force: true });

  const ratio = (x: number[]) => median(x.map((ms, i) => ms / reference.ms[i]));
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  process.stdout.write(`machine: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; ${RUNS} rounds after one warm-up round\n\n`);
  process.stdout.write("| what | median wall | min wall | peak RSS |\n|---|---:|---:|---:|\n");
  [reference, app, npm].forEach((r, k) =>
    process.stdout.write(`| ${commands[k].name} | ${median(r.ms).toFixed(0)} ms | ${Math.min(...r.ms).toFixed(0)} ms | ${r.rssMb.toFixed(0)} MB |\n`),
  );
  process.stdout.write(
    `\nratio synth app / reference import: ${ratio(app.ms).toFixed(2)} (median of the rounds' ratios; target ≤ 0.25)\n` +
      `ratio npm run synth / reference import: ${ratio(npm.ms).toFixed(2)}\n` +
      `peak RSS of the synth app: ${app.rssMb.toFixed(0)} MB (target < 300 MB)\n`,
  );
}

main();
