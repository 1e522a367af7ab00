/**
 * `mlops-env`: the command line of gcp-mlops-constructs, for any repository with a folder of
 * environment files. Exit codes: 0 done, 1 invalid input or a failed run, 2 wrong usage.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ValidationError, formatProblem } from "../core/errors";
import { checkManifests, currentAddresses, DEFAULT_ADDRESSES_DIR, writeManifests } from "./addresses";
import { parseFlags, UsageError } from "./args";
import { checkInventories, DEFAULT_INVENTORY_DIR, renderInventories, writeInventories } from "./inventory";
import { Progress, progressOn, ProgressStream } from "./progress";
import { budgetLines } from "../quota/budget";
import { parseReviewArgs, review } from "./review";
import { synthesize, validateEnvironments } from "./synth";
import { buildApp } from "../app";
import { MAX_SHARDS } from "../serving/shards";
import { shardMovesScript } from "./shard-moves";

export { UsageError } from "./args";

/** Where a run writes; the process's streams unless a caller (a test) passes others. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: ProgressStream;
  /** Environment variables. @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

const CONFIG_DIR_HELP = "  --config-dir <dir>   folder of environment files (default: $MLOPS_CONFIG_DIR, else ./stacks)";

const COMMANDS: Record<string, { summary: string; usage: string }> = {
  validate: {
    summary: "check every environment file, the files together, each environment's constructs and the policy pack; write nothing",
    usage: ["mlops-env validate [--config-dir <dir>]", "", CONFIG_DIR_HELP].join("\n"),
  },
  synth: {
    summary: "write one Terraform stack per environment file (<out>/stacks/<name>/cdk.tf.json) and the policy reports",
    usage: [
      "mlops-env synth [--config-dir <dir>] [--out <dir>]",
      "",
      CONFIG_DIR_HELP,
      "  --out <dir>          output folder (default: $CDKTF_OUTDIR, else ./cdktf.out), created when",
      "                       missing; stack folders of environments that no longer exist are removed",
      "                       from it",
    ].join("\n"),
  },
  review: {
    summary: "Markdown review of every stack against a git ref, for a pull-request comment",
    usage: [
      "mlops-env review [--config-dir <dir>] [--base <ref> | --base-dir <dir>] [--head-dir <dir>] [--out <dir>]",
      "                 [--rates <file>] [--max-rows <n>] [--synth-command <command>]",
      "",
      CONFIG_DIR_HELP,
      "  --base <ref>         git ref of the base (e.g. origin/main; fetch it first); default: an empty base",
      "  --base-dir <dir>     an existing synth output for the base instead (cdktf.out or its stacks/)",
      "  --head-dir <dir>     an existing synth output for the head instead of synthesizing",
      "  --out <dir>          where the reports go (default: cdktf.out/review)",
      "  --rates <file>       JSON rate file merged over the default rate table",
      "  --max-rows <n>       rows per table (default: 200)",
      "  --synth-command <c>  synthesize each checkout with this command (run in its root, with CDKTF_OUTDIR",
      "                       and MLOPS_CONFIG_DIR set) instead of with the installed library",
    ].join("\n"),
  },
  addresses: {
    summary: "record (or --check) the Terraform address of every stateful resource of each stack",
    usage: [
      "mlops-env addresses [--config-dir <dir>] [--dir <dir>] [--check]",
      "mlops-env addresses --shard-moves [--environment <name>] [--from-shards <n>] [--config-dir <dir>]",
      "",
      CONFIG_DIR_HELP,
      `  --dir <dir>          where the manifests are kept (default: ${DEFAULT_ADDRESSES_DIR})`,
      "  --check              compare instead of writing; exit 1 when a recorded address would be destroyed,",
      "                       a stack has no manifest or a manifest belongs to no stack",
      "  --shard-moves        print a shell script of the state moves that a change of serving.shards needs",
      "                       (addresses stay the same; resources move between the stacks' states)",
      "  --environment <name> the environment whose layout changed (required with --from-shards above 1;",
      "                       default: every environment that has serving stacks now)",
      "  --from-shards <n>    the serving.shards it had before the change (default: 1)",
    ].join("\n"),
  },
  inventory: {
    summary: "record (or --check) what each stack creates: counts by type and key values by address; print the quota budget",
    usage: [
      "mlops-env inventory [--config-dir <dir>] [--dir <dir>] [--check]",
      "",
      CONFIG_DIR_HELP,
      `  --dir <dir>          where the inventories are kept (default: ${DEFAULT_INVENTORY_DIR})`,
      "  --check              compare instead of writing; exit 1 on any difference",
    ].join("\n"),
  },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    "usage: mlops-env <command> [options]",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Options of every command: --config-dir <dir> (default: $MLOPS_CONFIG_DIR, else ./stacks), --help.",
    "`mlops-env <command> --help` shows a command's options. Exit codes: 0 done, 1 invalid input or",
    "a failed run, 2 wrong usage. Progress goes to stderr when it is a terminal. MLOPS_DEBUG=1 keeps",
    "stack traces.",
  ].join("\n");
}

/** The package's version, from the package.json above this module (source, bundle or dist). */
export function version(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
      if (pkg.name === "gcp-mlops-constructs") return pkg.version;
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}

/** Splits off `--config-dir` (any command takes it) and `--help`. */
function common(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { configDir: string; rest: string[]; help: boolean } {
  const rest: string[] = [];
  let configDir: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--config-dir" || arg.startsWith("--config-dir=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      if (value === undefined || value === "" || (!arg.includes("=") && value.startsWith("--"))) throw new UsageError("--config-dir needs a value");
      configDir = value;
    } else rest.push(arg);
  }
  return { configDir: path.resolve(configDir ?? (env.MLOPS_CONFIG_DIR || "stacks")), rest, help };
}

const display = (p: string) => {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p;
};

function run(command: string, argv: readonly string[], io: CliIo, progress: Progress): number {
  const env = io.env ?? process.env;
  const { configDir, rest, help } = common(argv, env);
  if (help) {
    io.stdout.write(`${COMMANDS[command].usage}\n`);
    return 0;
  }
  const out = (line: string) => io.stdout.write(`${line}\n`);
  switch (command) {
    case "validate": {
      parseFlags(rest, {});
      const { configs, warnings } = validateEnvironments(configDir, progress);
      progress.done();
      const names = configs.map((c) => c.config.name);
      const warned = Object.entries(warnings).filter(([, n]) => n > 0);
      out(`valid: ${names.join(", ")} (${configs.length === 1 ? "1 environment file" : `${configs.length} environment files`} in ${display(configDir)})`);
      if (warned.length > 0) out(`policy warnings: ${warned.map(([s, n]) => `${s} ${n}`).join(", ")} (synth writes them to policy-report.md)`);
      return 0;
    }
    case "synth": {
      const { values } = parseFlags(rest, { values: ["--out"] });
      const outdir = path.resolve(values["--out"] ?? env.CDKTF_OUTDIR ?? "cdktf.out");
      const result = synthesize({ configDir, outdir, progress });
      progress.done();
      for (const w of result.warnings) io.stderr.write(`warning: ${formatProblem(w)}\n`);
      out(`synthesized ${result.stacks.join(", ")} into ${display(result.outdir)}`);
      for (const name of result.removed) out(`removed ${display(path.join(result.outdir, "stacks", name))} (no environment named '${name}' in ${display(configDir)})`);
      return 0;
    }
    case "review": {
      const args = parseReviewArgs(rest);
      const written = review({ configDir, args, progress, note: (text) => io.stderr.write(text) });
      out(written.join("\n"));
      return 0;
    }
    case "addresses": {
      const { values, booleans } = parseFlags(rest, { values: ["--dir", "--from-shards", "--environment"], booleans: ["--check", "--shard-moves"] });
      if (booleans.has("--shard-moves")) {
        const from = Number(values["--from-shards"] ?? 1);
        if (!Number.isInteger(from) || from < 1 || from > MAX_SHARDS)
          throw new UsageError(`--from-shards: must be a whole number from 1 to ${MAX_SHARDS}, not '${values["--from-shards"]}'`);
        const only = values["--environment"];
        if (from > 1 && only === undefined) throw new UsageError("--from-shards above 1 needs --environment <name>: the layout it names is one environment's");
        const { stacks } = buildApp({ configDir, onEnvironment: (name, i, n) => progress.update(`building ${name} (${i + 1}/${n})`) });
        progress.done();
        const chosen = only === undefined ? stacks : stacks.filter((s) => s.node.id === only);
        if (only !== undefined && chosen.length === 0)
          throw new UsageError(`--environment: no environment named '${only}' in ${display(configDir)}; environments: ${stacks.map((s) => s.node.id).join(", ")}`);
        const scripts = chosen.map((s) => shardMovesScript(s, { fromShards: from })).filter((s) => s !== undefined);
        if (scripts.length === 0) {
          io.stderr.write(`nothing to move: ${only === undefined ? "no environment has serving stacks" : `'${only}' has the layout --from-shards names`}\n`);
          return 0;
        }
        out(scripts.join("\n"));
        return 0;
      }
      const dir = path.resolve(values["--dir"] ?? DEFAULT_ADDRESSES_DIR);
      const now = currentAddresses(configDir, (name, i, n) => progress.update(`building ${name} (${i + 1}/${n})`));
      progress.done();
      if (!booleans.has("--check")) {
        const { written, removed } = writeManifests(now, dir);
        for (const file of written) out(`wrote ${display(file)}`);
        for (const file of removed) out(`removed ${display(file)} (no such stack)`);
        return 0;
      }
      const { checks, stale } = checkManifests(now, dir);
      for (const c of checks) {
        if (c.failure) io.stderr.write(`error: ${c.failure}\n`);
        else
          out(
            `${c.stack}: ${now.find((s) => s.stack === c.stack)!.resources.length} stateful addresses, none lost${c.changes!.added.length ? `; new: ${c.changes!.added.map((r) => r.address).join(", ")}` : ""}${c.changes!.moved.length ? `; moved: ${c.changes!.moved.map((m) => `${m.from} -> ${m.to}`).join(", ")}` : ""}`,
          );
      }
      for (const s of stale)
        io.stderr.write(
          `error: ${display(path.join(dir, `${s}.txt`))} belongs to no stack of ${display(configDir)} (its resources stay in that stack's state until destroyed): run \`mlops-env addresses\`\n`,
        );
      return checks.some((c) => c.failure) || stale.length > 0 ? 1 : 0;
    }
    case "inventory": {
      const { values, booleans } = parseFlags(rest, { values: ["--dir"], booleans: ["--check"] });
      const dir = path.resolve(values["--dir"] ?? DEFAULT_INVENTORY_DIR);
      let budget: string[] = [];
      const inventories = renderInventories(
        configDir,
        (name, i, n) => progress.update(`building ${name} (${i + 1}/${n})`),
        (rows) => (budget = budgetLines(rows)),
      );
      progress.done();
      for (const line of budget) out(line);
      if (!booleans.has("--check")) {
        const { written, removed } = writeInventories(inventories, dir);
        for (const file of written) out(`wrote ${display(file)}`);
        for (const file of removed) out(`removed ${display(file)} (no such stack)`);
        return 0;
      }
      const { differences, missing, stale } = checkInventories(inventories, dir);
      for (const s of Object.keys(inventories)) if (!(s in differences) && !missing.includes(s)) out(`${s}: matches ${display(path.join(dir, `${s}.yaml`))}`);
      for (const [s, d] of Object.entries(differences))
        io.stderr.write(`error: stack '${s}' differs from ${display(path.join(dir, `${s}.yaml`))}:\n${d.map((x) => `  - ${x}`).join("\n")}\n`);
      for (const s of missing) io.stderr.write(`error: stack '${s}' has no inventory ${display(path.join(dir, `${s}.yaml`))}: run \`mlops-env inventory\` and commit it\n`);
      for (const s of stale) io.stderr.write(`error: ${display(path.join(dir, `${s}.yaml`))} belongs to no stack of ${display(configDir)}: run \`mlops-env inventory\`\n`);
      return Object.keys(differences).length + missing.length + stale.length > 0 ? 1 : 0;
    }
  }
  throw new UsageError(`unknown command '${command}'`);
}

/** Runs one command line (without the program name) and returns the exit code. */
export function main(argv: readonly string[], io: CliIo = { stdout: process.stdout, stderr: process.stderr }): number {
  const env = io.env ?? process.env;
  const progress = progressOn(io.stderr);
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      const topic = command === "help" ? rest[0] : undefined;
      if (topic && COMMANDS[topic]) io.stdout.write(`${COMMANDS[topic].usage}\n`);
      else if (topic) throw new UsageError(`unknown command '${topic}'`);
      else (command === undefined ? io.stderr : io.stdout).write(`${usage()}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (!COMMANDS[command]) throw new UsageError(`unknown command '${command}'; commands: ${Object.keys(COMMANDS).join(", ")}`);
    return run(command, rest, io, progress);
  } catch (err) {
    progress.done();
    if (err instanceof UsageError) {
      io.stderr.write(`error: ${err.message}\nrun 'mlops-env ${command && COMMANDS[command] ? `${command} ` : ""}--help' for usage\n`);
      return 2;
    }
    if (err instanceof ValidationError) {
      io.stderr.write(`error: ${err.message}\n`);
      return 1;
    }
    const e = err as Error;
    io.stderr.write(`error: ${e?.message ?? String(err)}\n${env.MLOPS_DEBUG ? `${e?.stack}\n` : "(set MLOPS_DEBUG=1 for a stack trace)\n"}`);
    return 1;
  }
}
