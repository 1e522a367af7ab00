/**
 * The command line, `mlops-env`: commands, options, exit codes (0 done, 1 invalid input or a failed
 * run, 2 wrong usage), errors with file and line, progress only on a terminal, and a synthesis
 * that leaves exactly the current stacks in its output folder.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, describe, test } from "node:test";
import { stringify } from "yaml";
import { buildApp } from "../lib/app";
import { TerraformStack } from "../lib/cdktn";
import { main } from "../lib/cli";
import { formatManifest, parseManifest } from "../lib/cli/addresses";
import { progressOn } from "../lib/cli/progress";
import { skipPreparingPass } from "../lib/stack";
import { baseConfig } from "./helpers";

const ROOT = path.join(__dirname, "..");
const MINIMAL = path.join(ROOT, "examples", "minimal");
const temporary: string[] = [];
after(() => temporary.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tmpdir(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-cli-"));
  temporary.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Runs the CLI in this process; stderr is a terminal when `tty` is set. */
function cli(argv: string[], options: { tty?: boolean; env?: Record<string, string | undefined> } = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = main(argv, { stdout: { write: (s: string) => stdout.push(s) }, stderr: { isTTY: options.tty, columns: 100, write: (s: string) => stderr.push(s) }, env: options.env ?? {} });
  return { code, stdout: stdout.join(""), stderr: stderr.join("") };
}

describe("mlops-env: usage", () => {
  test("--help lists every command and exits 0; no command exits 2 with the usage on stderr", () => {
    const help = cli(["--help"]);
    assert.equal(help.code, 0);
    for (const c of ["validate", "synth", "review", "addresses", "inventory"]) assert.match(help.stdout, new RegExp(`^  ${c} `, "m"));
    const none = cli([]);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^usage: mlops-env <command> \[options\]/);
  });

  test("each command has its --help", () => {
    const r = cli(["synth", "--help"]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^mlops-env synth \[--config-dir <dir>\] \[--out <dir>\]/);
    assert.equal(cli(["help", "review"]).stdout.split("\n")[0], "mlops-env review [--config-dir <dir>] [--base <ref> | --base-dir <dir>] [--head-dir <dir>] [--out <dir>]");
  });

  test("an unknown command, option or a missing value exits 2 and points at the help", () => {
    assert.deepEqual(cli(["deploy"]), { code: 2, stdout: "", stderr: "error: unknown command 'deploy'; commands: validate, synth, review, addresses, inventory\nrun 'mlops-env --help' for usage\n" });
    assert.deepEqual(cli(["synth", "--oot", "x"]), { code: 2, stdout: "", stderr: "error: unknown option '--oot'; allowed: --out\nrun 'mlops-env synth --help' for usage\n" });
    assert.equal(cli(["validate", "--config-dir"]).stderr, "error: --config-dir needs a value\nrun 'mlops-env validate --help' for usage\n");
    assert.equal(cli(["addresses", "--check=yes"]).code, 2);
    assert.equal(cli(["review", "--base", "a", "--base-dir", "b"]).stderr, "error: give either --base or --base-dir, not both\nrun 'mlops-env review --help' for usage\n");
  });

  test("--version prints the package's version", () => {
    assert.equal(cli(["--version"]).stdout, `${JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version}\n`);
  });
});

describe("mlops-env validate", () => {
  test("a valid folder: every environment named, exit 0, nothing written", () => {
    const r = cli(["validate", "--config-dir", MINIMAL]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^valid: sandbox \(1 environment file in .*minimal\)\n/);
  });

  test("$MLOPS_CONFIG_DIR is the default folder; --config-dir wins over it", () => {
    assert.equal(cli(["validate"], { env: { MLOPS_CONFIG_DIR: MINIMAL } }).code, 0);
    assert.equal(cli(["validate", "--config-dir", MINIMAL], { env: { MLOPS_CONFIG_DIR: "/nonexistent" } }).code, 0);
    const missing = cli(["validate"], { env: { MLOPS_CONFIG_DIR: "/nonexistent/envs" } });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^error: 1 problem in the configuration:\n  - config folder '\/nonexistent\/envs' does not exist/);
  });

  test("invalid files: every problem with file:line, exit 1, no stack trace", () => {
    const dir = tmpdir({
      "a.yaml": stringify(baseConfig({ name: "a", projectId: "BAD" })),
      "b.yaml": stringify(baseConfig({ name: "b", projectId: "acme-ml-b", region: "nowhere1" })),
    });
    const r = cli(["validate", "--config-dir", dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: 2 problems in the 2 environment files:\n/);
    assert.match(r.stderr, /a\.yaml:2:12: projectId: /);
    assert.match(r.stderr, /b\.yaml:3:9: region: not a region where Vertex AI is offered/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
    const one = cli(["validate", "--config-dir", tmpdir({ "dev.yaml": "name: dev\nprojectId: Acme_ML\nregion: us-central1\ntier: dev\n" })]);
    assert.match(one.stderr, /^error: 1 problem in \/\S+\/dev\.yaml:\n  - \/\S+\/dev\.yaml:2:12: projectId/, "a file's path, not 'the <path>'");
  });

  test("validate runs the policy pack: a prod environment passes its own policy", () => {
    const dir = tmpdir({ "prod.yaml": stringify(baseConfig({ name: "prod", tier: "prod", models: [], policy: { suppressions: [] } })) });
    assert.equal(cli(["validate", "--config-dir", dir]).code, 0, "a valid prod environment passes its own policy");
  });
});

describe("mlops-env synth", () => {
  test("writes one stack per file; a later synthesis of another folder removes the stacks it did not write", () => {
    const out = tmpdir();
    const first = cli(["synth", "--config-dir", path.join(ROOT, "test", "fixtures", "stacks"), "--out", out]);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(fs.readdirSync(path.join(out, "stacks")).sort(), ["dev", "preprod", "prod"]);
    fs.mkdirSync(path.join(out, "stacks", "notes"));
    const second = cli(["synth", "--config-dir", MINIMAL, "--out", out]);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(fs.readdirSync(path.join(out, "stacks")).sort(), ["notes", "sandbox"], "stale stacks removed; a folder without cdk.tf.json is left alone");
    assert.ok(fs.existsSync(path.join(out, "stacks", "sandbox", "cdk.tf.json")));
    assert.ok(fs.existsSync(path.join(out, "stacks", "sandbox", "policy-report.md")));
    assert.equal(second.stdout.split("\n")[0], `synthesized sandbox into ${out}`);
    assert.match(second.stdout, /^removed \S+\/stacks\/dev \(no environment named 'dev' in \S+minimal\)$/m);
    assert.equal(second.stderr, "", "no progress when stderr is not a terminal");
  });

  test("an app of files without serving stacks skips cdktn's preparing pass and writes what cdktn's whole synthesis writes", () => {
    const fixtures = path.join(ROOT, "test", "fixtures", "stacks");
    const prototype = TerraformStack.prototype as unknown as { _runPreparingResolve(): void };
    const preparing = prototype._runPreparingResolve;
    let passes = 0;
    prototype._runPreparingResolve = function (this: TerraformStack) {
      passes++;
      preparing.call(this);
    };
    const out = tmpdir();
    const whole = tmpdir();
    try {
      assert.equal(cli(["synth", "--config-dir", fixtures, "--out", out]).code, 0);
      assert.equal(passes, 0, "the command line skipped the preparing pass");
      buildApp({ configDir: fixtures, outdir: whole }).app.synth();
      assert.equal(passes, 3, "cdktn's own synthesis prepares each of the three stacks");
    } finally {
      prototype._runPreparingResolve = preparing;
    }
    // Every file cdktn's synthesis writes (the command line adds a quota report per stack).
    const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile() && !f.endsWith("quota-report.json")).sort();
    assert.equal(files(whole).length, 10);
    assert.deepEqual(files(out), files(whole));
    for (const f of files(whole)) {
      assert.equal(fs.readFileSync(path.join(out, f), "utf8"), fs.readFileSync(path.join(whole, f), "utf8"), f);
    }
  });

  test("skipPreparingPass keeps cdktn's preparing pass when the app declares targetVersions", () => {
    const previous = process.env.CDKTF_CONTEXT_JSON;
    process.env.CDKTF_CONTEXT_JSON = JSON.stringify({ targetVersions: { terraform: ">=1.5.7" } });
    try {
      const { stacks } = buildApp({ configDir: MINIMAL, outdir: tmpdir() });
      assert.equal(skipPreparingPass(stacks), false);
    } finally {
      if (previous === undefined) delete process.env.CDKTF_CONTEXT_JSON;
      else process.env.CDKTF_CONTEXT_JSON = previous;
    }
    assert.equal(skipPreparingPass(buildApp({ configDir: MINIMAL, outdir: tmpdir() }).stacks), true);
  });

  test("--out may name a folder that does not exist yet: it is created with its parents, once the files passed", () => {
    const base = tmpdir();
    const bad = cli(["synth", "--config-dir", path.join(ROOT, "test", "bad-input"), "--out", path.join(base, "invalid", "terraform")]);
    assert.equal(bad.code, 1);
    assert.ok(!fs.existsSync(path.join(base, "invalid")), "nothing written for invalid files");
    const out = path.join(base, "build", "terraform");
    const r = cli(["synth", "--config-dir", MINIMAL, "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(fs.existsSync(path.join(out, "stacks", "sandbox", "cdk.tf.json")));
  });

  test("progress goes to a terminal's stderr, on one line rewritten in place, and is cleared at the end", () => {
    const r = cli(["synth", "--config-dir", MINIMAL, "--out", tmpdir()], { tty: true });
    assert.equal(r.code, 0);
    assert.ok(r.stderr.includes("\r\x1b[2Kbuilding sandbox (1/1)"), JSON.stringify(r.stderr));
    assert.ok(r.stderr.endsWith("\r\x1b[2K"));
    assert.doesNotMatch(r.stderr, /\n/);
    const lines: string[] = [];
    const p = progressOn({ isTTY: true, columns: 30, write: (s) => lines.push(s) });
    p.update("a message longer than the terminal is wide");
    assert.equal(lines[0], "\r\x1b[2Ka message longer than the te…");
    const quiet: string[] = [];
    progressOn({ isTTY: false, write: (s) => quiet.push(s) }).update("x");
    assert.deepEqual(quiet, []);
  });
});

describe("mlops-env addresses and inventory", () => {
  test("write, then --check passes; a lost address or a changed inventory fails the check with exit 1", () => {
    const envs = tmpdir({ "sandbox.yaml": fs.readFileSync(path.join(MINIMAL, "sandbox.yaml"), "utf8") });
    const records = tmpdir();
    const addresses = path.join(records, "addresses");
    const inventory = path.join(records, "inventory");
    assert.equal(cli(["addresses", "--config-dir", envs, "--dir", addresses]).code, 0);
    assert.equal(cli(["inventory", "--config-dir", envs, "--dir", inventory]).code, 0);
    const ok = cli(["addresses", "--config-dir", envs, "--dir", addresses, "--check"]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^sandbox: \d+ stateful addresses, none lost\n$/);
    assert.equal(cli(["inventory", "--config-dir", envs, "--dir", inventory, "--check"]).code, 0);

    const manifest = path.join(addresses, "sandbox.txt");
    fs.writeFileSync(manifest, formatManifest("sandbox", [...parseManifest(fs.readFileSync(manifest, "utf8")), "google_storage_bucket.Gone_00000000"].sort()));
    const lost = cli(["addresses", "--config-dir", envs, "--dir", addresses, "--check"]);
    assert.equal(lost.code, 1);
    assert.match(lost.stderr, /^error: stack 'sandbox': 1 stateful resource would be destroyed by the next apply/);
    assert.ok(lost.stderr.includes("`mlops-env addresses`"));

    fs.writeFileSync(path.join(envs, "sandbox.yaml"), fs.readFileSync(path.join(MINIMAL, "sandbox.yaml"), "utf8").replace(/^name: sandbox$/m, "name: sandbox2"));
    const changed = cli(["inventory", "--config-dir", envs, "--dir", inventory, "--check"]);
    assert.equal(changed.code, 1);
    assert.match(changed.stderr, /error: stack 'sandbox2' has no inventory/);
    assert.match(changed.stderr, /error: \S+sandbox\.yaml belongs to no stack of/);
  });
});

test("the launcher: `node scripts/synth.cjs <command>` runs the CLI with its exit codes", () => {
  // Exit codes 0 and 1 through the launcher's process; every code, 2 for usage errors included, is
  // tested in this process above.
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(ROOT, "scripts", "synth.cjs"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, MLOPS_CONFIG_DIR: "" } });
  // V8's code cache of a command is written after its first run that succeeded.
  const build = path.join(ROOT, ".build");
  const caches = () => (fs.existsSync(build) ? fs.readdirSync(build).filter((f) => /^mlops-env\.cjs\..*\.validate\.[0-9a-f]{8}\.v8cache$/.test(f)) : []);
  for (const f of caches()) fs.rmSync(path.join(build, f), { force: true });
  const bad = run("validate", "--config-dir", path.join(ROOT, "test", "bad-input"));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /^error: /m);
  assert.deepEqual(caches(), [], "no cache from a failed run");
  const ok = run("validate", "--config-dir", MINIMAL);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stderr, "");
  assert.equal(caches().length, 1);
});
