#!/usr/bin/env node
/**
 * `npm run test:unit`: Node's test runner over test/*.test.ts (or the files given). The files are
 * split into one group per core (MLOPS_TEST_JOBS to change it), each run in one process with one
 * module registry (`--experimental-test-isolation=none`), so the library, the engines and the
 * TypeScript loader are loaded once per group instead of once per file: that loading was most of
 * the suite's time. Tests that must see a fresh process (which modules an entry point loads) spawn
 * one. The groups are balanced with the seconds each file took when run alone, recorded in
 * test/timings.json (`node scripts/test.cjs --calibrate` rewrites it; a file it does not list counts
 * as the median); stale figures only make the groups less even. Prints each group's report when
 * it ends; exits 1 when a test fails.
 */
"use strict";
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.join(__dirname, "..");
const TIMINGS = path.join(root, "test", "timings.json");
const calibrate = process.argv[2] === "--calibrate";
const args = process.argv.slice(calibrate ? 3 : 2);
const files = args.length > 0 ? args : fs.readdirSync(path.join(root, "test")).filter((f) => f.endsWith(".test.ts")).sort().map((f) => path.join("test", f));
const cores = os.availableParallelism?.() ?? os.cpus().length;
const jobs = Math.max(1, Number(process.env.MLOPS_TEST_JOBS) || cores);
const env = { ...process.env, CDKTN_DISABLE_CREATION_STACK: process.env.CDKTN_DISABLE_CREATION_STACK ?? "1" };
const reporter = process.stdout.isTTY ? "spec" : "tap";

if (calibrate) {
  // Each file alone, one after the other, on an otherwise idle machine.
  const { spawnSync } = require("node:child_process");
  const timings = {};
  for (const file of files) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--import", "tsx", "--test", file], { cwd: root, env, stdio: "ignore" });
    timings[file.split(path.sep).join("/")] = Math.round(Number(process.hrtime.bigint() - start) / 1e7) / 100;
    process.stdout.write(`${file}: ${timings[file.split(path.sep).join("/")]} s${r.status === 0 ? "" : " (failed)"}\n`);
  }
  fs.writeFileSync(TIMINGS, `${JSON.stringify(timings, null, 2)}\n`);
  process.exit(0);
}

const recorded = fs.existsSync(TIMINGS) ? JSON.parse(fs.readFileSync(TIMINGS, "utf8")) : {};
const known = Object.values(recorded).sort((a, b) => a - b);
const median = known.length ? known[Math.floor(known.length / 2)] : 1;
const cost = (file) => recorded[file.split(path.sep).join("/")] ?? median;

// One group per job, about equal in cost: the costliest file first, each into the cheapest group.
const groupCount = Math.min(files.length, jobs);
const groups = Array.from({ length: groupCount }, () => ({ files: [], cost: 0 }));
for (const file of [...files].sort((a, b) => cost(b) - cost(a))) {
  const cheapest = groups.reduce((min, g) => (g.cost < min.cost ? g : min));
  cheapest.files.push(file);
  cheapest.cost += cost(file);
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

const failed = [];
let done = 0;
async function worker() {
  for (let group = queue.shift(); group; group = queue.shift()) {
    const r = await runGroup(group);
    done++;
    process.stdout.write(`\n# group ${done} of ${groupCount} (${group.files.length} files, estimated ${group.cost.toFixed(1)} s alone): ${group.files.map((f) => path.basename(f)).join(" ")}\n${r.output}`);
    if (r.signal) process.stdout.write(`# the group's process ended by ${r.signal}\n`);
    if (r.code !== 0) failed.push(...group.files);
  }
}

Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, worker)).then(() => {
  process.stdout.write(`\n# ${files.length} files in ${groupCount} group${groupCount === 1 ? "" : "s"}: ${failed.length ? `failures in a group of ${failed.join(", ")}` : "all passed"}\n`);
  process.exitCode = failed.length ? 1 : 0;
});
