/**
 * The long fuzzing run: `npm run fuzz`. Mutates the example environment files for FUZZ_SECONDS
 * (default 300) and checks that each loads and synthesizes, or is refused with clear problems
 * (test/fuzz/environments.ts). FUZZ_SEED replays a run (default: a new seed, printed).
 *
 * The properties run in a worker thread; a watchdog ends the run when one input takes longer than
 * FUZZ_HANG_SECONDS (default 60) and prints that input: a hang is a finding like any other.
 * Exits 0 when nothing was found, 1 with the seed, the shrunk edits and the YAML otherwise.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import fc from "fast-check";
import { caseText, checkCase, FuzzCase, fuzzCase } from "../test/fuzz/environments";

interface Settings {
  readonly seconds: number;
  readonly seed: number;
}

type Message =
  | { readonly type: "input"; readonly case: FuzzCase }
  | { readonly type: "done"; readonly runs: number; readonly outcomes: Record<string, number> }
  | { readonly type: "failure"; readonly report: string; readonly runs: number; readonly outcomes: Record<string, number> };

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number of seconds, got '${raw}'`);
  return n;
}

function runWorker(settings: Settings): void {
  const outcomes: Record<string, number> = {};
  let runs = 0;
  const post = (m: Message) => parentPort!.postMessage(m);
  const result = fc.check(
    fc.property(fuzzCase, (c) => {
      post({ type: "input", case: c });
      runs++;
      const o = checkCase(c, { synthesize: true });
      outcomes[o.kind] = (outcomes[o.kind] ?? 0) + 1;
    }),
    { seed: settings.seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: settings.seconds * 1000, markInterruptAsFailure: false },
  );
  if (result.failed) {
    const counterexample = result.counterexample?.[0];
    const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    post({
      type: "failure",
      runs,
      outcomes,
      report: [
        `seed ${settings.seed}, path ${result.counterexamplePath}: replay with FUZZ_SEED=${settings.seed}`,
        `edits: ${JSON.stringify(counterexample)}`,
        error,
      ].join("\n"),
    });
  } else post({ type: "done", runs, outcomes });
}

function main(): number {
  const settings: Settings = {
    seconds: positive("FUZZ_SECONDS", 300),
    seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31,
  };
  const hangSeconds = positive("FUZZ_HANG_SECONDS", 60);
  const started = Date.now();
  process.stdout.write(`fuzzing for ${settings.seconds} s, seed ${settings.seed}\n`);
  // The worker loads this file through tsx's CommonJS hook: loader hooks of the main thread do not reach workers on every Node version.
  const worker = new Worker(`require("tsx/cjs"); require(${JSON.stringify(__filename)});`, { eval: true, workerData: settings });
  let last: FuzzCase | undefined;
  let lastAt = Date.now();
  const watchdog = setInterval(() => {
    // Loading the library in the worker comes before the first input, and is not an input's time.
    if (Date.now() - lastAt < (last ? hangSeconds : Math.max(hangSeconds, 120)) * 1000) return;
    clearInterval(watchdog);
    const text = last ? caseText(last) : undefined;
    process.stdout.write(`HANG: one input took more than ${hangSeconds} s (seed ${settings.seed})\nedits: ${JSON.stringify(last)}\n--- ${text?.name} ---\n${text?.text}\n`);
    void worker.terminate();
    process.exitCode = 1;
  }, 1000);
  worker.on("message", (m: Message) => {
    lastAt = Date.now();
    if (m.type === "input") {
      last = m.case;
      return;
    }
    clearInterval(watchdog);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const counts = Object.entries(m.outcomes).map(([k, n]) => `${n} ${k}`).join(", ");
    if (m.type === "done") {
      process.stdout.write(`no finding: ${m.runs} inputs in ${seconds} s (${counts}), seed ${settings.seed}\n`);
      process.exitCode = 0;
    } else {
      process.stdout.write(`FINDING after ${m.runs} inputs in ${seconds} s (${counts})\n${m.report}\n`);
      process.exitCode = 1;
    }
  });
  worker.on("error", (err) => {
    clearInterval(watchdog);
    process.stdout.write(`the fuzzing worker failed: ${err.stack ?? err}\n`);
    process.exitCode = 1;
  });
  return 0;
}

if (isMainThread) {
  try {
    main();
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\n`);
    process.exitCode = 1;
  }
} else runWorker(workerData as Settings);
