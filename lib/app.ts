import * as fs from "node:fs";
import * as path from "node:path";
import { App } from "./cdktn";
import { loadEnvironmentDir, LoadedConfig } from "./config/load";
import { type Problem, ValidationError } from "./core/errors";
import { resolveEnvironment } from "./config/spec";
import { MlopsStack } from "./stack";
import { QuotaBudget, QuotaStack, quotaBudget } from "./quota/budget";
import { appQuotaStacks } from "./quota/tree";

export interface BuildAppOptions {
  /** Folder of environment YAML files. @default $MLOPS_CONFIG_DIR, else ./stacks */
  readonly configDir?: string;
  /**
   * Where Terraform JSON goes, created with its parents when missing (after the files passed).
   * @default cdktn's default (cdktf.out, or what `cdktn synth` sets)
   */
  readonly outdir?: string;
  /**
   * Called before each environment is built, e.g. to show progress.
   * @default - nothing is called
   */
  readonly onEnvironment?: (name: string, index: number, count: number) => void;
}

/** The default config folder: `$MLOPS_CONFIG_DIR`, else `stacks/` of the working directory. */
export function defaultConfigDir(): string {
  return path.resolve(process.env.MLOPS_CONFIG_DIR || "stacks");
}

/**
 * Validates every environment file in the folder (throwing one ValidationError with every
 * problem of every file), then builds one stack per environment, then checks the quota budget:
 * what every stack of the app uses of each project quota, added up per project (and region),
 * against Google's defaults or the increases the files declare (a ValidationError when a fleet
 * would not fit). `warnings` lists what could not be checked (including quotas whose default is
 * unknown); the app prints them.
 */
export function buildApp(options: BuildAppOptions = {}): {
  app: App;
  stacks: MlopsStack[];
  configs: LoadedConfig[];
  warnings: Problem[];
  quotas: { readonly budget: QuotaBudget; readonly stacks: readonly QuotaStack[] };
} {
  const configs = loadEnvironmentDir(options.configDir ?? defaultConfigDir());
  // cdktn creates the output folder, but not its parents (`--out build/terraform`).
  if (options.outdir) fs.mkdirSync(options.outdir, { recursive: true });
  // Stack traces in construct metadata only serve debugging (MLOPS_DEBUG=1); they cost synthesis time.
  const app = new App({ ...(options.outdir ? { outdir: options.outdir } : {}), stackTraces: Boolean(process.env.MLOPS_DEBUG) });
  const stacks = configs.map(({ config }, i) => {
    options.onEnvironment?.(config.name, i, configs.length);
    return new MlopsStack(app, { spec: resolveEnvironment(config) });
  });
  // Every stack of the app, also those an environment adds beside its own.
  const quotaStacks = appQuotaStacks(app, configs);
  const budget = quotaBudget(quotaStacks);
  if (budget.errors.length > 0) throw new ValidationError(budget.errors, `quota budget of ${quotaStacks.length === 1 ? "1 stack" : `${quotaStacks.length} stacks`}`);
  return { app, stacks, configs, warnings: [...configs.flatMap((c) => c.warnings ?? []), ...budget.warnings], quotas: { budget, stacks: quotaStacks } };
}
