/**
 * The Pulumi program behind `pulumi/index.ts`: stack `<name>` reads `<config dir>/<name>.yaml`,
 * validates it with the same schema as the cdktf app, and builds the environment with an
 * explicit google provider pinned to the environment's project and region.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { Provider } from "@pulumi/gcp/provider";
import { loadEnvironmentFile } from "../config/load";
import { EnvironmentSpec, resolveEnvironment } from "../config/spec";
import { formatProblem, ValidationError } from "../core/errors";
import { MlopsEnvironment } from "./environment";

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

export interface DeployedEnvironment {
  readonly provider: Provider;
  readonly environment: MlopsEnvironment;
}

/**
 * The google provider pinned to the environment's project and region (the cdktf stack's
 * `provider "google"`), and the environment built with it.
 */
export function deployEnvironment(spec: EnvironmentSpec): DeployedEnvironment {
  const provider = new Provider("google", { project: spec.projectId, region: spec.region });
  const environment = new MlopsEnvironment(spec.name, { spec }, { providers: [provider] });
  return { provider, environment };
}

/**
 * Runs the stack: loads and validates its environment file, builds the environment and returns
 * the stack outputs. Invalid input stops the program with every problem listed and no stack trace.
 */
export function runStack(stack: string = pulumi.getStack(), configDir: string = pulumiConfigDir()): Record<string, pulumi.Output<unknown>> {
  let spec: EnvironmentSpec;
  try {
    const { config, warnings } = loadEnvironmentFile(environmentFileFor(stack, configDir));
    // What could not be checked is said, as `npm run synth` says it.
    for (const w of warnings ?? []) pulumi.log.warn(formatProblem(w));
    spec = resolveEnvironment(config);
  } catch (err) {
    if (err instanceof ValidationError) throw new pulumi.RunError(`error: ${err.message}`);
    throw err;
  }
  if (spec.name !== stack) {
    pulumi.log.warn(`stack '${stack}' builds environment '${spec.name}' (the 'name' in its file); resource names follow the file`);
  }
  return { ...deployEnvironment(spec).environment.outputs };
}
