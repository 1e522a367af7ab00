/**
 * The app: one Terraform stack per environment file in this folder (or in $MLOPS_CONFIG_DIR).
 * Run with `npm run synth` or `npx cdktn synth`. Invalid input prints every problem and exits 1
 * before anything is written.
 */
import { buildApp } from "../lib/app";
import { formatProblem, ValidationError } from "../lib/core/errors";

function main(): number {
  try {
    const { app, stacks, warnings } = buildApp();
    for (const w of warnings) process.stderr.write(`warning: ${formatProblem(w)}\n`);
    app.synth();
    process.stdout.write(`synthesized ${stacks.map((s) => s.node.id).join(", ")} into ${app.outdir}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ValidationError) {
      process.stderr.write(`error: ${err.message}\n`);
      return 1;
    }
    const e = err as Error;
    process.stderr.write(`error: ${e?.message ?? String(err)}\n${process.env.MLOPS_DEBUG ? `${e?.stack}\n` : "(set MLOPS_DEBUG=1 for a stack trace)\n"}`);
    return 1;
  }
}

process.exitCode = main();
