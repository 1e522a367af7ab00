/** `mlops-env synth` and `mlops-env validate`: one Terraform stack per environment file. */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildApp } from "../app";
import { LoadedConfig } from "../config/load";
import { ValidationError, type Problem } from "../core/errors";
import type { TerraformStack } from "../cdktn";
import { NO_PROGRESS, Progress } from "./progress";
import { QUOTA_REPORT_FILE, quotaReport } from "../quota/json";
import { skipPreparingPass } from "../stack";

export interface SynthOptions {
  /** Folder of environment YAML files. */
  readonly configDir: string;
  /** Output folder (cdktn's layout: `<outdir>/stacks/<stack>/cdk.tf.json`). */
  readonly outdir: string;
  readonly progress?: Progress;
}

export interface SynthResult {
  readonly outdir: string;
  /** The stacks written, in file order. */
  readonly stacks: readonly string[];
  /** Stack folders of earlier runs removed from `<outdir>/stacks` because no environment has that name now. */
  readonly removed: readonly string[];
  /** What could not be checked (GPUs the region catalog has no row for), with file and line. */
  readonly warnings: readonly Problem[];
}

/**
 * Validates every environment file of the folder, builds one stack per environment and writes
 * them; then removes the stack folders in the output that this run did not write (an environment
 * renamed or deleted, or an earlier synthesis of another folder), so the output holds exactly the
 * current stacks. Throws a ValidationError (every problem of every file) before writing anything.
 */
export function synthesize(options: SynthOptions): SynthResult {
  const progress = options.progress ?? NO_PROGRESS;
  progress.update(`validating the environment files in ${options.configDir}`);
  const { app, stacks, warnings, quotas } = buildApp({
    configDir: options.configDir,
    outdir: options.outdir,
    onEnvironment: (name, i, n) => progress.update(`building ${name} (${i + 1}/${n})`),
  });
  progress.update(`synthesizing ${stacks.length === 1 ? "1 stack" : `${stacks.length} stacks`} into ${options.outdir}`);
  // Nothing but the environment files built this app, so when no stack can reference another,
  // cdktn's preparing pass has nothing to find.
  skipPreparingPass(stacks);
  app.synth();
  // What only the environment files know of each stack's quota use (declared increases, model names), for the review.
  for (const q of quotas.stacks) {
    const dir = path.join(app.outdir, "stacks", q.stack);
    if (fs.existsSync(dir)) fs.writeFileSync(path.join(dir, QUOTA_REPORT_FILE), `${JSON.stringify(quotaReport(q), null, 2)}\n`);
  }
  // Serving stacks (`<env>-serving-<n>`) are written beside their environment's stack.
  const names = stacks.flatMap((s) => s.allStacks.map((x) => x.node.id));
  return { outdir: app.outdir, stacks: names, removed: removeStaleStacks(app.outdir, names), warnings };
}

/**
 * Removes `<outdir>/stacks/<name>` for every synthesized stack folder (one holding a
 * `cdk.tf.json`) whose name is not in `keep`. Returns the removed names, sorted.
 */
export function removeStaleStacks(outdir: string, keep: readonly string[]): string[] {
  const dir = path.join(outdir, "stacks");
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || keep.includes(entry.name)) continue;
    if (!fs.existsSync(path.join(dir, entry.name, "cdk.tf.json"))) continue;
    fs.rmSync(path.join(dir, entry.name), { recursive: true, force: true });
    removed.push(entry.name);
  }
  return removed.sort();
}

export interface ValidateResult {
  readonly configs: readonly LoadedConfig[];
  /** Policy warnings per stack (errors throw). */
  readonly warnings: Readonly<Record<string, number>>;
}

/**
 * What `synth` checks, without writing anything: every file against the schema and the catalogs,
 * the files against each other, each environment's constructs, and the policy pack (error-level
 * findings fail preprod and prod). Throws a ValidationError listing every problem.
 */
export function validateEnvironments(configDir: string, progress: Progress = NO_PROGRESS): ValidateResult {
  progress.update(`validating the environment files in ${configDir}`);
  const { stacks, configs } = buildApp({ configDir, onEnvironment: (name, i, n) => progress.update(`building ${name} (${i + 1}/${n})`) });
  const warnings: Record<string, number> = {};
  const errors: { stack: TerraformStack; file: string; ruleId: string; address: string; message: string }[] = [];
  stacks.forEach((stack, i) => {
    progress.update(`checking the policy of ${stack.node.id} (${i + 1}/${stacks.length})`);
    for (const s of stack.allStacks) {
      const report = s.policy.evaluate();
      warnings[s.node.id] = report.findings.filter((f) => f.level === "warning").length;
      if (!report.summary.passed) {
        for (const f of report.findings.filter((x) => x.level === "error"))
          errors.push({ stack: s, file: configs[i].file, ruleId: f.ruleId, address: f.address, message: f.message });
      }
    }
  });
  if (errors.length > 0) {
    throw new ValidationError(
      errors.map((e) => ({ file: e.file, path: e.address, message: `policy ${e.ruleId} (stack '${e.stack.node.id}'): ${e.message}` })),
      `policy of ${[...new Set(errors.map((e) => `stack '${e.stack.node.id}'`))].join(", ")}`,
    );
  }
  return { configs, warnings };
}
