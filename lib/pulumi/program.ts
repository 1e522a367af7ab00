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
import { ValidationError } from "../core/errors";
import { MlopsEnvironment } from "./environment";

/**
 * The project root: the nearest folder with a package.json, from `from` up (Pulumi runs a program
 * in the folder of its Pulumi.yaml, which may be a subfolder of the repository); `from` itself
 * when there is none. Relative config folders are resolved against it, as `npm run synth` does.
 */
export function projectRoot(from: string = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from);
  }
}

/** `$MLOPS_CONFIG_DIR` (relative to the project root), else the project's `stacks/`. */
export function pulumiConfigDir(env: Record<string, string | undefined> = process.env, root: string = projectRoot()): string {
  return path.resolve(root, env.MLOPS_CONFIG_DIR ?? "stacks");
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
    const { config } = loadEnvironmentFile(environmentFileFor(stack, configDir));
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
