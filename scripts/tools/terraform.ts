/**
 * Running the real Terraform CLI with the pinned Google provider, offline: shared by
 * `npm run provider:update` (schema dump) and `npm run validate`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PIN = JSON.parse(fs.readFileSync(path.join(ROOT, "provider", "version.json"), "utf8")) as {
  source: string;
  version: string;
  tag: string;
  commit: string;
  goPseudoVersion: string;
  pulumiGcp: string;
  /** hashicorp/time, for time_sleep (explicit waits). */
  time: { source: string; version: string; goModule: string; goVersion: string; pulumiTime: string };
};

/** Thrown when the provider or Terraform cannot be had on this machine (script exit code 3). */
export class ToolUnavailable extends Error {}

function tool(script: string): string {
  const run = spawnSync("bash", [path.join(ROOT, "scripts", "tools", script)], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (run.status === 3) throw new ToolUnavailable(run.stderr.trim());
  if (run.status !== 0) throw new Error(`${script} failed:\n${run.stderr.trim()}`);
  return run.stdout.trim();
}

export interface TerraformEnv {
  readonly terraform: string;
  /** Environment for every terraform call: a CLI config that installs the provider from the mirror. */
  readonly env: NodeJS.ProcessEnv;
  readonly version: string;
}

/**
 * Terraform plus a CLI config whose provider_installation takes hashicorp/google from the local
 * filesystem mirror (the pinned build) and nothing from the network. With MLOPS_PROVIDER_SOURCE=registry
 * the ordinary registry is used instead (a machine with network access).
 */
export function terraformWithProvider(): TerraformEnv {
  const terraform = tool("ensure-terraform.sh");
  const env: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", TF_IN_AUTOMATION: "1" };
  if (process.env.MLOPS_PROVIDER_SOURCE !== "registry") {
    const mirror = tool("ensure-provider.sh");
    const config = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mlops-tf-")), "terraformrc");
    fs.writeFileSync(
      config,
      `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/google", "registry.terraform.io/hashicorp/time"]\n  }\n}\n`,
    );
    env.TF_CLI_CONFIG_FILE = config;
  }
  const version = JSON.parse(execFileSync(terraform, ["version", "-json"], { env, encoding: "utf8" })).terraform_version as string;
  return { terraform, env, version };
}

/** Runs terraform in `cwd`; returns its exit status and output (never throws on a non-zero exit). */
export function run(tf: TerraformEnv, cwd: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(tf.terraform, args, { cwd, env: tf.env, encoding: "utf8", maxBuffer: 1 << 30 });
  return { status: r.status ?? 1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/**
 * The environment folders the real-tool checks synthesize: the folders given on the command line,
 * else stacks/, every examples/ subfolder holding environment YAML, and the everything-enabled
 * fixture (test/fixtures), which exercises every optional capability.
 */
export function checkedFolders(args: readonly string[] = process.argv.slice(2)): string[] {
  if (args.length) return args.map((f) => path.resolve(f));
  const examples = path.join(ROOT, "examples");
  const sub = fs
    .readdirSync(examples, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.readdirSync(path.join(examples, d.name)).some((f) => /\.ya?ml$/.test(f)))
    .map((d) => path.join(examples, d.name));
  return [path.join(ROOT, "stacks"), ...sub, path.join(ROOT, "test", "fixtures")];
}

