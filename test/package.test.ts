/**
 * The published package: entry points that exist, engines as peer dependencies (Pulumi optional),
 * every entry point loading only the engines it needs, and the type declarations' needs.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import * as esbuild from "esbuild";
import pkg from "../package.json";

const ROOT = path.join(__dirname, "..");

/** The source file a compiled path of dist/ comes from (`./dist/lib/neutral.js` -> lib/neutral.ts). */
function sourceOf(compiled: string): string {
  return path.join(ROOT, compiled.replace(/^\.\/dist\//, "").replace(/\.(d\.ts|js)$/, ".ts"));
}

/** Whether a version satisfies a range of the forms used here: exact, ~x.y.z, ^x.y.z. */
function satisfies(version: string, range: string): boolean {
  const [v, r] = [version, range.replace(/^[~^]/, "")].map((s) => s.split(".").map(Number));
  const notBelow = v[0] > r[0] || (v[0] === r[0] && (v[1] > r[1] || (v[1] === r[1] && v[2] >= r[2])));
  if (range.startsWith("~")) return notBelow && v[0] === r[0] && v[1] === r[1];
  if (range.startsWith("^")) return notBelow && v[0] === r[0] && (r[0] !== 0 || v[1] === r[1]);
  return version === range;
}

const ENGINES = ["cdktn", "constructs", "@pulumi/pulumi", "@pulumi/gcp"];

/**
 * The engine packages each entry point can load: every package its module graph imports, as
 * esbuild resolves it (type-only imports are erased, as at run time). A static graph is a superset
 * of what a run loads, so an engine missing from it is never loaded. `lib/cdktn.ts` imports cdktn.
 */
function enginesLoadedBy(entries: readonly string[]): string[][] {
  const result = esbuild.buildSync({ entryPoints: [...entries], outdir: path.join(ROOT, ".build", "entry-points"), bundle: true, write: false, metafile: true, packages: "external", platform: "node", format: "cjs", logLevel: "silent", absWorkingDir: ROOT });
  const byEntry = new Map(Object.values(result.metafile.outputs).map((o) => [o.entryPoint, o.imports.filter((i) => i.external).map((i) => i.path)]));
  return entries.map((entry) => {
    const imports = byEntry.get(path.relative(ROOT, entry).split(path.sep).join("/"));
    assert.ok(imports, `no output for ${entry}`);
    return ENGINES.filter((e) => imports.some((p) => p === e || p.startsWith(`${e}/`)));
  });
}

describe("package.json", () => {
  test("publishable, with the compiled entry points under dist/", () => {
    assert.equal((pkg as Record<string, unknown>).private, undefined);
    assert.equal(pkg.license, "Apache-2.0");
    assert.equal(pkg.main, "dist/lib/index.js");
    assert.equal(pkg.types, "dist/lib/index.d.ts");
    assert.deepEqual(Object.keys(pkg.exports), [".", "./core", "./terraform", "./pulumi", "./policy", "./review", "./provider/google/*", "./provider/*.json", "./schema/environment.schema.json", "./package.json"]);
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      if (typeof target === "string") continue;
      assert.equal(target.types.replace(/\.d\.ts$/, ""), target.default.replace(/\.js$/, ""), subpath);
      if (!subpath.includes("*")) assert.ok(fs.existsSync(sourceOf(target.default)), `${subpath}: no ${path.relative(ROOT, sourceOf(target.default))}`);
      const short = subpath.slice(2);
      if (short) assert.deepEqual((pkg.typesVersions["*"] as Record<string, string[]>)[short], [target.types.slice(2)], `${subpath}: typesVersions for TypeScript's node10 resolution`);
    }
    assert.ok(fs.existsSync(path.join(ROOT, "provider", "google", "storage-bucket", "index.ts")));
  });

  test("ships the compiled library, the bindings and the schema, not the tests", () => {
    assert.deepEqual(pkg.files, ["dist/lib/", "dist/provider/", "dist/bin/", "schema/environment.schema.json", "CHANGELOG.md"]);
    const build = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.build.json"), "utf8"));
    assert.deepEqual(build.include, ["lib/**/*.ts", "provider/google/**/*.ts", "bin/**/*.ts"]);
    assert.equal(build.compilerOptions.outDir, "dist");
    assert.equal(build.compilerOptions.declaration, true);
  });

  test("the engines are peer dependencies, Pulumi's optional, and the pinned dev versions satisfy them", () => {
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ["yaml", "zod"]);
    assert.deepEqual(pkg.peerDependencies, { "@pulumi/gcp": "~9.35.0", "@pulumi/pulumi": "^3.270.0", "@pulumiverse/time": "0.1.1", cdktn: "~0.24.0", constructs: "~10.7.2" });
    assert.deepEqual(pkg.peerDependenciesMeta, { "@pulumi/gcp": { optional: true }, "@pulumi/pulumi": { optional: true }, "@pulumiverse/time": { optional: true } });
    for (const [name, range] of Object.entries(pkg.peerDependencies)) {
      const pinned = (pkg.devDependencies as Record<string, string>)[name];
      assert.match(pinned, /^\d+\.\d+\.\d+$/, `${name} is pinned exactly as a dev dependency`);
      assert.ok(satisfies(pinned, range), `${name} ${pinned} satisfies ${range}`);
    }
    // An alias (`npm:<package>@<version>`) is pinned exactly too: typescript-native is TypeScript 7, beside TypeScript 5.9.
    for (const [name, version] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) assert.match(version, /^(npm:[@a-z0-9/.-]+@)?\d+\.\d+\.\d+$/, `${name} pinned exactly`);
    assert.equal((pkg.devDependencies as Record<string, string>)["typescript-native"], "npm:typescript@7.0.2");
    assert.equal(pkg.engines.node, ">=22.19.0");
  });
});

describe("entry points load only the engines they need", () => {
  const cases: [string, string, string[]][] = [
    ["./core", "lib/neutral.ts", []],
    ["./policy", "lib/policy/index.ts", []],
    ["./review", "lib/review/index.ts", []],
    ["./terraform", "lib/terraform.ts", ["cdktn", "constructs"]],
    [".", "lib/index.ts", ["cdktn", "constructs"]],
    // The Pulumi variant is an adapter over the Terraform constructs: it loads both engines.
    ["./pulumi", "lib/pulumi/index.ts", ["cdktn", "constructs", "@pulumi/pulumi", "@pulumi/gcp"]],
  ];
  let loaded: string[][] | undefined;
  const results = () => (loaded ??= enginesLoadedBy(cases.map(([, file]) => path.join(ROOT, file))));

  cases.forEach(([subpath, file, engines], i) => {
    test(`${subpath} (${file}): ${engines.length ? engines.join(", ") : "no engine"}`, () => {
      assert.deepEqual(results()[i], engines);
    });
  });
});

describe("release habits", () => {
  test("LICENSE is the Apache License 2.0 the package declares", () => {
    const text = fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8");
    assert.match(text, /^\s+Apache License\n\s+Version 2\.0, January 2004\n/);
    assert.ok(text.includes("END OF TERMS AND CONDITIONS"), "the full text");
    assert.equal(pkg.license, "Apache-2.0");
  });

  test("CHANGELOG.md states the versioning policy: Terraform addresses and output names are public API", () => {
    const text = fs.readFileSync(path.join(ROOT, "CHANGELOG.md"), "utf8");
    assert.match(text, /^## Versioning$/m);
    assert.match(text, /\*\*Terraform addresses\*\*.*\| any change or removal/);
    assert.match(text, /\*\*Stack output names\*\*.*\| renamed or removed/);
    assert.match(text, new RegExp(`^## ${pkg.version.replace(/\./g, "\\.")}\\b`, "m"), "a section for the current version");
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, ".changeset", "config.json"), "utf8"));
    assert.equal(config.baseBranch, "main");
    assert.equal(config.access, "public");
  });

  test("npm scripts: lint, docs, changeset; the cdktn CLI with its version check off", () => {
    const scripts = pkg.scripts as Record<string, string>;
    assert.equal(scripts.lint, "biome ci .");
    assert.equal(scripts.docs, "typedoc");
    assert.equal(scripts.cdktn, "CHECKPOINT_DISABLE=1 cdktn");
    for (const [name, script] of Object.entries(scripts)) {
      if (/(^|[ &;])(npx )?cdktn /.test(`${script} `) && name !== "cdktn") assert.match(script, /CHECKPOINT_DISABLE=1/, `${name} calls the cdktn CLI`);
    }
    const ci = fs.readFileSync(path.join(ROOT, ".ci", "run"), "utf8");
    for (const step of ["npm run lint", "npm test", "bash scripts/consumer-check.sh", "CHECKPOINT_DISABLE=1"]) assert.ok(ci.includes(step), `.ci/run runs ${step}`);
    assert.ok(ci.indexOf("npm test") < ci.indexOf("bash scripts/consumer-check.sh"), "the consumer check after the tests");
  });
});
