/**
 * `mlops-env review`: the pull-request review. Synthesizes the working tree's environments and,
 * with `--base <ref>`, the same config folder at that git ref (in a temporary `git worktree`),
 * compares them stack by stack and writes `<out>/<stack>.md`, plus `<out>/pr-comment.md` with every
 * stack for a pull-request comment. Without `--base` the base is empty: everything is new. Needs no
 * cloud credentials.
 *
 * Both sides are synthesized in this process with the installed library, unless `--synth-command`
 * names a command that synthesizes a checkout (run in the checkout's root with `CDKTF_OUTDIR` and
 * `MLOPS_CONFIG_DIR` set): that is how a repository whose own code defines the stacks reviews the
 * base with the base's code.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEFAULT_RATES, mergeRates, RateTable } from "../review/cost";
import { emptyStack, readStack, StackModel } from "../review/model";
import { readPolicyReport } from "../review/policy";
import { combineReviews, reviewStacks, StackReview } from "../review/report";
import { quotaBudget } from "../quota/budget";
import { jsonQuotaStack, QUOTA_REPORT_FILE, QuotaReport } from "../quota/json";
import { parseFlags, UsageError, wholeNumber } from "./args";
import { NO_PROGRESS, Progress } from "./progress";
import { synthesize } from "./synth";

export interface ReviewArgs {
  readonly base?: string;
  readonly baseDir?: string;
  readonly headDir?: string;
  readonly out: string;
  readonly rates?: string;
  readonly maxRows?: number;
  readonly synthCommand?: string;
}

export const REVIEW_FLAGS = ["--base", "--base-dir", "--head-dir", "--out", "--rates", "--max-rows", "--synth-command"] as const;

/** The review's own flags (the config folder is handled by the caller). */
export function parseReviewArgs(argv: readonly string[]): ReviewArgs {
  const { values } = parseFlags(argv, { values: REVIEW_FLAGS });
  if (values["--base"] && values["--base-dir"]) throw new UsageError("give either --base or --base-dir, not both");
  return {
    base: values["--base"],
    baseDir: values["--base-dir"],
    headDir: values["--head-dir"],
    out: values["--out"] ?? path.join("cdktf.out", "review"),
    rates: values["--rates"],
    maxRows: wholeNumber("--max-rows", values["--max-rows"], 1),
    synthCommand: values["--synth-command"],
  };
}

function git(args: readonly string[], cwd: string): string {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.error) throw new Error(`git ${args.join(" ")}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${(r.stderr || r.stdout).trim()}`);
  return r.stdout.trim();
}

/**
 * Synthesizes the config folder `configDir` (relative to `tree`, or absolute) of the checkout at
 * `tree` into `outdir`; false when the checkout has no such folder.
 */
type TreeSynthesizer = (tree: string, configDir: string, outdir: string) => boolean;

/** In this process, with the installed library. */
function inProcess(progress: Progress): TreeSynthesizer {
  return (tree, configDir, outdir) => {
    const dir = path.resolve(tree, configDir);
    if (!fs.existsSync(dir)) return false;
    synthesize({ configDir: dir, outdir, progress });
    return true;
  };
}

/** With a command run in the checkout's root (its output goes to stderr: stdout carries only the report paths). */
function byCommand(command: string): TreeSynthesizer {
  return (tree, configDir, outdir) => {
    const env = { ...process.env, CDKTF_OUTDIR: outdir, MLOPS_CONFIG_DIR: configDir };
    const r = spawnSync(command, { cwd: tree, env, stdio: ["ignore", 2, 2], shell: true });
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`'${command}' failed in ${tree} (exit ${r.status})`);
    return true;
  };
}

/** Synthesizes git ref `ref` in a temporary worktree; undefined when the ref has nothing to synthesize. */
function synthesizeRef(ref: string, gitRoot: string, configDir: string, tmp: string, synth: TreeSynthesizer, borrowModules: boolean): string | undefined {
  let commit: string;
  try {
    commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], gitRoot);
  } catch {
    throw new Error(`unknown git ref '${ref}'; fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0)`);
  }
  const tree = path.join(tmp, "base-tree");
  const outdir = path.join(tmp, "base-out");
  const modules = path.join(tree, "node_modules");
  git(["worktree", "add", "--detach", tree, commit], gitRoot);
  try {
    // A command may need dependencies; `npm ci` would take minutes: the base uses this checkout's.
    if (borrowModules && fs.existsSync(path.join(gitRoot, "node_modules")) && !fs.existsSync(modules)) fs.symlinkSync(path.join(gitRoot, "node_modules"), modules, "dir");
    return synth(tree, configDir, outdir) ? outdir : undefined;
  } finally {
    // Unlink the shared node_modules first, so removing the worktree cannot touch it.
    if (fs.lstatSync(modules, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(modules);
    git(["worktree", "remove", "--force", tree], gitRoot);
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
    const headStack: StackModel = headFile ? readStack(readJson(headFile), name) : emptyStack(name);
    const baseStack: StackModel = baseFile ? readStack(readJson(baseFile), name) : emptyStack(name);
    return { name, head: headStack, base: baseStack };
  });
  const policy = (name: string) => {
    const headFile = head.get(name);
    const policyFile = headFile && path.join(path.dirname(headFile), "policy-report.json");
    return policyFile && fs.existsSync(policyFile) ? readPolicyReport(readJson(policyFile)) : undefined;
  };
  // The head's quota budget: every stack's use added up per project, with what synthesis recorded of the environment files.
  const quotas = quotaBudget(
    [...head].map(([name, file]) => {
      const report = path.join(path.dirname(file), QUOTA_REPORT_FILE);
      return jsonQuotaStack(name, readJson(file), fs.existsSync(report) ? (readJson(report) as QuotaReport) : undefined);
    }),
  ).rows;
  // Every stack at once: their state locations are compared with each other's.
  const reviews: StackReview[] = reviewStacks(pairs, { baseLabel: o.baseLabel, rates: o.rates, policy, maxRows: o.maxRows, quotas });
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

export interface ReviewRun {
  /** The config folder of the working tree. */
  readonly configDir: string;
  readonly args: ReviewArgs;
  readonly progress?: Progress;
  /** Where notes go (e.g. a base without environments). */
  readonly note?: (text: string) => void;
}

/** Runs the review and returns the paths written. Throws on invalid input or a failed synthesis. */
export function review(run: ReviewRun): string[] {
  const { args } = run;
  const progress = run.progress ?? NO_PROGRESS;
  const rates = args.rates ? mergeRates(DEFAULT_RATES, readJson(args.rates), args.rates) : DEFAULT_RATES;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-review-"));
  try {
    const configDir = path.resolve(run.configDir);
    const synth = args.synthCommand ? byCommand(args.synthCommand) : inProcess(progress);
    let headDir = args.headDir;
    if (!headDir) {
      headDir = path.join(tmp, "head-out");
      progress.update("synthesizing the working tree");
      if (!synth(process.cwd(), configDir, headDir)) throw new Error(`config folder '${run.configDir}' does not exist`);
    }
    let baseDir = args.baseDir;
    let baseLabel = args.baseDir ? args.baseDir : undefined;
    if (args.base) {
      // The same config folder, at the same place in the base's checkout.
      const root = git(["rev-parse", "--show-toplevel"], process.cwd());
      const rel = path.relative(fs.realpathSync(root), fs.existsSync(configDir) ? fs.realpathSync(configDir) : configDir) || ".";
      if (rel.startsWith("..") || path.isAbsolute(rel)) throw new UsageError(`--base needs the config folder inside the git checkout (${root}); got ${configDir}`);
      progress.update(`synthesizing ${args.base}`);
      baseDir = synthesizeRef(args.base, root, rel, tmp, synth, Boolean(args.synthCommand));
      baseLabel = baseDir ? args.base : undefined;
      if (!baseDir) run.note?.(`note: ${args.base} has no ${rel} folder yet; reviewing against an empty base\n`);
    }
    progress.update("writing the reviews");
    return writeReviews({ baseDir, headDir, baseLabel, out: args.out, rates, maxRows: args.maxRows });
  } finally {
    progress.done();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
