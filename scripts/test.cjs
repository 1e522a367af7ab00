#!/usr/bin/env node
/**
 * `npm run test:unit`: Node's test runner over test/*.test.ts (or the files given). The files are
 * split into one group per core (MLOPS_TEST_JOBS to change it), each run in one process with one
 * module registry (`--experimental-test-isolation=none`), so the library, the engines and the
 * TypeScript loader are loaded once per group instead of once per file: that loading was most of
 * the suite's time. Tests that must see a fresh process (which modules an entry point loads) spawn
 * one. The groups are balanced with the seconds each file took when run alone, recorded in
 * test/timings.json (`node scripts/test.cjs --calibrate` rewrites it; a file it does not list counts
 * as the median); stale figures only make the groups less even. A group loads the library once,
 * and the Pulumi variant once if any of its files imports it, so calibration also records those
 * loads: a file costs its time alone less the loads, each group costs the loads it makes, and the
 * files that import the Pulumi variant go to one group together. The test processes share a
 * temporary folder of their own, removed at the end (see temporaryFolder). Prints each group's
 * report when it ends; exits 1 when a test fails.
 *
 * `npm test` is `node scripts/test.cjs --all`: the package's `typecheck` script, then the groups,
 * then its `test:deploy` script, each only when the one before passed: what `npm run typecheck &&
 * npm run test:unit && npm run test:deploy` does, without starting npm three more times (about
 * 0.2 s each).
 */
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const TIMINGS = path.join(root, "test", "timings.json");
const calibrate = process.argv[2] === "--calibrate";
const all = process.argv[2] === "--all";
const args = process.argv.slice(calibrate || all ? 3 : 2);
const files = args.length > 0 ? args : fs.readdirSync(path.join(root, "test")).filter((f) => f.endsWith(".test.ts")).sort().map((f) => path.join("test", f));
const cores = os.availableParallelism?.() ?? os.cpus().length;
const jobs = Math.max(1, Number(process.env.MLOPS_TEST_JOBS) || cores);
const env = { ...process.env, CDKTN_DISABLE_CREATION_STACK: process.env.CDKTN_DISABLE_CREATION_STACK ?? "1", ...temporaryFolder() };
const reporter = process.stdout.isTTY ? "spec" : "tap";

/**
 * A temporary folder for the test processes, removed when this run ends: cdktn's `Testing.app()`
 * makes a folder in the temporary folder for every app and leaves it there (some 300 a run). tsx
 * keeps its transform cache in the temporary folder too; a link to the usual one keeps it across
 * runs. Returns the environment variables that point the processes at it.
 */
function temporaryFolder() {
  const base = os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, "mlops-test-"));
  process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  const tsxCache = `tsx-${process.geteuid?.() ?? os.userInfo().username}`;
  try {
    fs.mkdirSync(path.join(base, tsxCache), { recursive: true });
    fs.symlinkSync(path.join(base, tsxCache), path.join(dir, tsxCache), "junction");
  } catch {
    // Without the link tsx transforms every file again: slower, not wrong.
  }
  return { TMPDIR: dir, TMP: dir, TEMP: dir };
}

/** Whether a test file imports the Pulumi variant (lib/pulumi), which loads @pulumi/pulumi and @pulumi/gcp. */
const loadsPulumi = (file) => /from "\.\.\/lib\/pulumi[/"]/.test(fs.readFileSync(path.resolve(root, file), "utf8"));

if (calibrate) {
  // Each file alone, one after the other, on an otherwise idle machine; then what loading the
  // library and the Pulumi variant costs a process (median of three).
  const { spawnSync } = require("node:child_process");
  const seconds = (argv) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--import", "tsx", ...argv], { cwd: root, env, stdio: "ignore" });
    return { s: Math.round(Number(process.hrtime.bigint() - start) / 1e7) / 100, ok: r.status === 0 };
  };
  const timings = {};
  for (const file of files) {
    const { s, ok } = seconds(["--test", file]);
    timings[file.split(path.sep).join("/")] = s;
    process.stdout.write(`${file}: ${s} s${ok ? "" : " (failed)"}\n`);
  }
  const load = (code) => [0, 1, 2].map(() => seconds(["-e", code]).s).sort((a, b) => a - b)[1];
  const start = load("0");
  const library = Math.max(0, load('require("./lib")') - start);
  const pulumi = Math.max(0, load('require("./lib"); require("./lib/pulumi")') - start - library);
  const shared = { library: Math.round(library * 100) / 100, pulumi: Math.round(pulumi * 100) / 100 };
  process.stdout.write(`loading the library: ${shared.library} s; the Pulumi variant: ${shared.pulumi} s more\n`);
  fs.writeFileSync(TIMINGS, `${JSON.stringify({ shared, files: timings }, null, 2)}\n`);
  process.exit(0);
}

const recorded = fs.existsSync(TIMINGS) ? JSON.parse(fs.readFileSync(TIMINGS, "utf8")) : {};
const alone = recorded.files ?? {};
const shared = { library: recorded.shared?.library ?? 0, pulumi: recorded.shared?.pulumi ?? 0 };
const known = Object.values(alone).sort((a, b) => a - b);
const median = known.length ? known[Math.floor(known.length / 2)] : 1;
/** A file's own cost in a group: its time alone less the loads the group shares. */
const cost = (file, pulumi) => Math.max(0.05, (alone[file.split(path.sep).join("/")] ?? median) - shared.library - (pulumi ? shared.pulumi : 0));

// One group per job, about equal in cost. The files that import the Pulumi variant are one unit
// (one group loads it, not every group); then the costliest unit first, each into the group it
// leaves cheapest, counting the library's load once per group.
const pulumiFiles = files.filter(loadsPulumi);
const units = [
  ...(pulumiFiles.length ? [{ files: pulumiFiles, cost: shared.pulumi + pulumiFiles.reduce((sum, f) => sum + cost(f, true), 0) }] : []),
  ...files.filter((f) => !pulumiFiles.includes(f)).map((f) => ({ files: [f], cost: cost(f, false) })),
];
const groupCount = Math.min(units.length, jobs);
const groups = Array.from({ length: groupCount }, () => ({ files: [], cost: shared.library }));
for (const unit of units.sort((a, b) => b.cost - a.cost)) {
  const cheapest = groups.reduce((min, g) => (g.cost < min.cost ? g : min));
  cheapest.files.push(...unit.files);
  cheapest.cost += unit.cost;
}
const queue = groups.filter((g) => g.files.length > 0).sort((a, b) => b.cost - a.cost);

function runGroup(group) {
  return new Promise((resolve) => {
    const args = ["--import", "tsx", "--test", "--experimental-test-isolation=none", `--test-reporter=${reporter}`, ...group.files];
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => out.push(d));
    child.on("close", (code, signal) => resolve({ code: code ?? 1, signal, output: Buffer.concat(out).toString() }));
  });
}

/** Runs one of package.json's scripts as npm would (in `sh`, from the package's folder, node_modules/.bin first on the PATH); its exit status. */
function npmScript(name) {
  const command = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts[name];
  process.stdout.write(`\n> ${name}\n> ${command}\n\n`);
  const PATH = [path.join(root, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(path.delimiter);
  const r = require("node:child_process").spawnSync("sh", ["-c", command], { cwd: root, stdio: "inherit", env: { ...process.env, PATH } });
  return r.status ?? 1;
}

if (all) {
  const status = npmScript("typecheck");
  if (status !== 0) process.exit(status);
}

const failed = [];
let done = 0;
async function worker() {
  for (let group = queue.shift(); group; group = queue.shift()) {
    const r = await runGroup(group);
    done++;
    process.stdout.write(`\n# group ${done} of ${groupCount} (${group.files.length} files, estimated ${group.cost.toFixed(1)} s): ${group.files.map((f) => path.basename(f)).join(" ")}\n${r.output}`);
    if (r.signal) process.stdout.write(`# the group's process ended by ${r.signal}\n`);
    if (r.code !== 0) failed.push(...group.files);
  }
}

Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, worker)).then(() => {
  process.stdout.write(`\n# ${files.length} files in ${groupCount} group${groupCount === 1 ? "" : "s"}: ${failed.length ? `failures in a group of ${failed.join(", ")}` : "all passed"}\n`);
  process.exitCode = failed.length ? 1 : all ? npmScript("test:deploy") : 0;
});
