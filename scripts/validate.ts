/**
 * `npm run validate`: synthesizes every environment folder (the default stacks/ and each folder
 * of examples/, or the folders given as arguments), then runs the real Terraform CLI with the
 * pinned Google provider on every stack: `terraform init -backend=false` and `terraform validate`.
 * The provider comes from the local filesystem mirror (scripts/tools/ensure-provider.sh), or with
 * MLOPS_PROVIDER_SOURCE=registry from the ordinary registry. Prints each stack's result and, for
 * each problem, the provider's own message. Exit 0 when every stack is valid, 1 when one is not,
 * 3 when Terraform or the provider cannot be had on this machine.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildApp } from "../lib/app";
import { ValidationError } from "../lib/core/errors";
import { checkedFolders, PIN, ROOT, run, terraformWithProvider, ToolUnavailable } from "./tools/terraform";

interface Diagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  address?: string;
  range?: { filename: string; start: { line: number } };
}

function main(): number {
  const folders = checkedFolders();
  let tf;
  try {
    tf = terraformWithProvider();
  } catch (e) {
    if (e instanceof ToolUnavailable) {
      process.stderr.write(`validate: cannot run: the google provider ${PIN.version} is not available here.\n${e.message}\n`);
      return 3;
    }
    throw e;
  }
  process.stdout.write(`terraform ${tf.version}, google provider ${PIN.version}, time provider ${PIN.time.version}\n`);
  tf.env.TF_PLUGIN_CACHE_DIR = path.join(process.env.MLOPS_TOOLS_CACHE ?? path.join(os.homedir(), ".cache", "gcp-mlops-constructs"), "plugin-cache");
  fs.mkdirSync(tf.env.TF_PLUGIN_CACHE_DIR, { recursive: true });

  const work = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-validate-"));
  let failed = 0;
  let count = 0;
  for (const folder of folders) {
    const outdir = path.join(work, path.basename(folder));
    try {
      const { app } = buildApp({ configDir: folder, outdir });
      app.synth();
    } catch (e) {
      if (e instanceof ValidationError) {
        process.stdout.write(`${path.relative(ROOT, folder)}: invalid input\n  ${e.message}\n`);
        failed++;
        continue;
      }
      throw e;
    }
    for (const stack of fs.readdirSync(path.join(outdir, "stacks")).sort()) {
      count++;
      const dir = path.join(outdir, "stacks", stack);
      const label = `${path.relative(ROOT, folder) || "."}/${stack}`;
      const init = run(tf, dir, ["init", "-backend=false", "-input=false", "-no-color"]);
      if (init.status !== 0) {
        failed++;
        process.stdout.write(`FAIL ${label}: terraform init\n${indent(init.stderr || init.stdout)}\n`);
        continue;
      }
      const v = run(tf, dir, ["validate", "-json", "-no-color"]);
      let result: { valid: boolean; diagnostics: Diagnostic[] };
      try {
        result = JSON.parse(v.stdout);
      } catch {
        failed++;
        process.stdout.write(`FAIL ${label}: terraform validate printed no JSON\n${indent(v.stderr)}\n`);
        continue;
      }
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      const warnings = result.diagnostics.filter((d) => d.severity === "warning");
      if (!result.valid || errors.length) failed++;
      process.stdout.write(`${result.valid ? "ok  " : "FAIL"} ${label}: ${errors.length} errors, ${warnings.length} warnings\n`);
      for (const d of result.diagnostics) {
        const where = d.address ?? (d.range ? `${d.range.filename}:${d.range.start.line}` : "");
        process.stdout.write(`  ${d.severity}: ${where ? `${where}: ` : ""}${d.summary}${d.detail ? ` — ${d.detail.replace(/\s+/g, " ")}` : ""}\n`);
      }
    }
  }
  process.stdout.write(`${count - failed} of ${count} stacks valid\n`);
  return failed ? 1 : 0;
}

const indent = (s: string) => s.trim().split("\n").map((l) => `  ${l}`).join("\n");

try {
  process.exitCode = main();
} catch (e) {
  process.stderr.write(`validate: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}
