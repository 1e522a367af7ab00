/**
 * The pull-request review: `npm run review [-- --base <git-ref>]`.
 *
 * Synthesizes the working tree and, with `--base`, the given git ref (in a temporary worktree that
 * shares this checkout's node_modules), compares them stack by stack and writes
 * `cdktf.out/review/<stack>.md`, plus `cdktf.out/review/pr-comment.md` with every stack for a
 * pull-request comment. Without `--base` the base is empty: everything is new. Needs no cloud
 * credentials.
 *
 *   --base <ref>        git ref of the base (e.g. origin/main); fetch it first
 *   --base-dir <dir>    an existing synth output for the base instead (cdktf.out or its stacks/)
 *   --head-dir <dir>    an existing synth output for the head instead of synthesizing
 *   --out <dir>         where the reports go (default cdktf.out/review)
 *   --rates <file>      JSON rate file merged over the default rate table
 *   --max-rows <n>      rows per table (default 200)
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ValidationError } from "../lib/core/errors";
import { DEFAULT_RATES, mergeRates, RateTable } from "../lib/review/cost";
import { emptyStack, readStack } from "../lib/review/model";
import { readPolicyReport } from "../lib/review/policy";
import { combineReviews, reviewStacks } from "../lib/review/report";

const ROOT = path.join(__dirname, "..");

export interface ReviewArgs {
  readonly base?: string;
  readonly baseDir?: string;
  readonly headDir?: string;
  readonly out: string;
  readonly rates?: string;
  readonly maxRows?: number;
}

const FLAGS = ["--base", "--base-dir", "--head-dir", "--out", "--rates", "--max-rows"];

export function parseArgs(argv: readonly string[]): ReviewArgs {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (!FLAGS.includes(flag)) throw new Error(`unknown argument '${arg}'; allowed: ${FLAGS.join(", ")}`);
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith("--")) throw new Error(`${flag} needs a value`);
    values[flag] = value;
  }
  if (values["--base"] && values["--base-dir"]) throw new Error("give either --base or --base-dir, not both");
  const maxRows = values["--max-rows"] === undefined ? undefined : Number(values["--max-rows"]);
  if (maxRows !== undefined && (!Number.isInteger(maxRows) || maxRows < 1)) throw new Error("--max-rows must be a whole number, at least 1");
  return {
    base: values["--base"],
    baseDir: values["--base-dir"],
    headDir: values["--head-dir"],
    out: values["--out"] ?? path.join("cdktf.out", "review"),
    rates: values["--rates"],
    maxRows,
  };
}

function run(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  // The children's output goes to stderr: stdout carries only the report paths.
  const r = spawnSync(cmd, args, { cwd, env, stdio: ["ignore", 2, 2] });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`'${cmd} ${args.join(" ")}' failed in ${cwd} (exit ${r.status})`);
}

function git(args: readonly string[], cwd = ROOT): string {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${(r.stderr || r.stdout).trim()}`);
  return r.stdout.trim();
}

/** Synthesizes the app of `tree` into `outdir`; false when the tree has no app. */
function synthesize(tree: string, outdir: string): boolean {
  const env = { ...process.env, CDKTF_OUTDIR: outdir };
  if (fs.existsSync(path.join(tree, "scripts", "synth.cjs"))) run(process.execPath, ["scripts/synth.cjs"], tree, env);
  else if (fs.existsSync(path.join(tree, "stacks", "main.ts"))) run(process.execPath, ["--import", "tsx", "stacks/main.ts"], tree, env);
  else return false;
  return true;
}

/** Synthesizes git ref `ref` in a temporary worktree; undefined when the ref has no app yet. */
function synthesizeRef(ref: string, tmp: string): string | undefined {
  let commit: string;
  try {
    commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new Error(`unknown git ref '${ref}'; fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)`);
  }
  const tree = path.join(tmp, "base-tree");
  const outdir = path.join(tmp, "base-out");
  const modules = path.join(tree, "node_modules");
  git(["worktree", "add", "--detach", tree, commit]);
  try {
    // `npm ci` would take minutes: the base uses this checkout's dependencies.
    fs.symlinkSync(path.join(ROOT, "node_modules"), modules, "dir");
    return synthesize(tree, outdir) ? outdir : undefined;
  } finally {
    // Unlink the shared node_modules first, so removing the worktree cannot touch it.
    if (fs.existsSync(modules)) fs.unlinkSync(modules);
    git(["worktree", "remove", "--force", tree]);
  }
}

/** Stack name → cdk.tf.json path, for a synth output (`cdktf.out` or its `stacks/`). */
export function listStacks(dir: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!dir) return out;
  const stacksDir = fs.existsSync(path.join(dir, "stacks")) ? path.join(dir, "stacks") : dir;
  if (!fs.existsSync(stacksDir)) throw new Error(`no synth output at '${dir}'`);
  for (const name of fs.readdirSync(stacksDir).sort()) {
    const file = path.join(stacksDir, name, "cdk.tf.json");
    if (fs.existsSync(file)) out.set(name, file);
  }
  return out;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

/** Reviews every stack of two synth outputs and writes the reports. Returns the written paths. */
export function writeReviews(o: { baseDir?: string; headDir: string; baseLabel?: string; out: string; rates: RateTable; maxRows?: number }): string[] {
  const base = listStacks(o.baseDir);
  const head = listStacks(o.headDir);
  if (head.size === 0 && base.size === 0) throw new Error(`no synthesized stacks in '${o.headDir}'`);
  fs.mkdirSync(o.out, { recursive: true });
  const pairs = [...new Set([...head.keys(), ...base.keys()])].sort().map((name) => {
    const headFile = head.get(name);
    const baseFile = base.get(name);
    return {
      name,
      head: headFile ? readStack(readJson(headFile), name) : emptyStack(name),
      base: baseFile ? readStack(readJson(baseFile), name) : emptyStack(name),
    };
  });
  const policy = (name: string) => {
    const headFile = head.get(name);
    const policyFile = headFile && path.join(path.dirname(headFile), "policy-report.json");
    return policyFile && fs.existsSync(policyFile) ? readPolicyReport(readJson(policyFile)) : undefined;
  };
  // Every stack at once: their state locations are compared with each other's.
  const reviews = reviewStacks(pairs, { baseLabel: o.baseLabel, rates: o.rates, policy, maxRows: o.maxRows });
  const written: string[] = [];
  for (const review of reviews) {
    const file = path.join(o.out, `${review.stack}.md`);
    fs.writeFileSync(file, review.markdown);
    written.push(file);
  }
  const comment = path.join(o.out, "pr-comment.md");
  fs.writeFileSync(comment, combineReviews(reviews, { fullReportsAt: o.out }));
  written.push(comment);
  return written;
}

export function main(argv: readonly string[]): number {
  let tmp: string | undefined;
  try {
    const args = parseArgs(argv);
    const rates = args.rates ? mergeRates(DEFAULT_RATES, readJson(args.rates), args.rates) : DEFAULT_RATES;
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-review-"));
    let headDir = args.headDir;
    if (!headDir) {
      headDir = path.join(tmp, "head-out");
      if (!synthesize(ROOT, headDir)) throw new Error("no app to synthesize (scripts/synth.cjs or stacks/main.ts)");
    }
    let baseDir = args.baseDir;
    let baseLabel = args.baseDir ? args.baseDir : undefined;
    if (args.base) {
      baseDir = synthesizeRef(args.base, tmp);
      baseLabel = baseDir ? args.base : undefined;
      if (!baseDir) process.stderr.write(`note: ${args.base} has no app yet; reviewing against an empty base\n`);
    }
    const written = writeReviews({ baseDir, headDir, baseLabel, out: args.out, rates, maxRows: args.maxRows });
    process.stdout.write(`${written.join("\n")}\n`);
    return 0;
  } catch (err) {
    const e = err as Error;
    process.stderr.write(`error: ${e instanceof ValidationError ? e.message : e?.message ?? String(err)}\n`);
    return 1;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
