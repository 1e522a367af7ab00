/**
 * The Pulumi program behind `pulumi/index.ts`: stack `<name>` (or the stack's `environment`
 * config) reads `<config dir>/<name>.yaml`, validates it as `npm run synth` does, and registers
 * the environment's resources through the adapter, with an explicit google provider pinned to the
 * environment's project and region.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { loadEnvironmentFile } from "../config/load";
import { EnvironmentSpec, resolveEnvironment } from "../config/spec";
import { formatProblem, ValidationError } from "../core/errors";
import { MlopsEnvironment } from "./environment";

// cdktn's per-token creation stack traces only serve debugging (MLOPS_DEBUG=1), as in `npm run synth`.
if (!process.env.MLOPS_DEBUG) process.env.CDKTN_DISABLE_CREATION_STACK ??= "1";

/** The repository root: relative config folders are resolved against it, as `npm run synth` does. */
const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** `$MLOPS_CONFIG_DIR` (relative to the repository root), else the repository's `stacks/`. */
export function pulumiConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(REPO_ROOT, env.MLOPS_CONFIG_DIR ?? "stacks");
}

/** The environment file of a stack: `<dir>/<stack>.yaml` (or `.yml`); a ValidationError when there is none. */
export function environmentFileFor(stack: string, configDir: string = pulumiConfigDir()): string {
  for (const ext of [".yaml", ".yml"]) {
    const file = path.join(configDir, `${stack}${ext}`);
    if (fs.existsSync(file)) return file;
  }
  const available = fs.existsSync(configDir)
    ? fs
        .readdirSync(configDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => f.replace(/\.ya?ml$/, ""))
        .sort()
    : [];
  throw new ValidationError(
    [
      {
        path: "",
        message: `no environment file for stack '${stack}': expected ${path.join(configDir, `${stack}.yaml`)}; stacks with a file: ${available.join(", ") || "none"} (set MLOPS_CONFIG_DIR to another folder)`,
      },
    ],
    `stack '${stack}'`,
  );
}

/** The environment file a stack reads: the stack's `environment` config, else the stack's name. */
export function selectedEnvironment(): string {
  return new pulumi.Config().get("environment") ?? pulumi.getStack();
}

/**
 * Runs the stack: loads and validates its environment file, registers the environment and returns
 * the stack outputs. Invalid input stops the program with every problem listed and no stack trace.
 */
export function runStack(stack: string = selectedEnvironment(), configDir: string = pulumiConfigDir()): Record<string, pulumi.Output<unknown>> {
  try {
    const { config, warnings } = loadEnvironmentFile(environmentFileFor(stack, configDir));
    // What could not be checked is said, as `npm run synth` says it.
    for (const w of warnings ?? []) pulumi.log.warn(formatProblem(w));
    const spec: EnvironmentSpec = resolveEnvironment(config);
    if (spec.name !== stack) {
      pulumi.log.warn(`stack '${stack}' builds environment '${spec.name}' (the 'name' in its file); resource names follow the file`);
    }
    return { ...new MlopsEnvironment(spec.name, { spec }).outputs };
  } catch (err) {
    if (err instanceof ValidationError) throw new pulumi.RunError(`error: ${err.message}`);
    throw err;
  }
}
