#!/usr/bin/env node
/**
 * Runs the command line (bin/mlops-env.ts) fast: esbuild bundles it into one minified CommonJS file
 * under .build/ with everything it loads: the library, the generated provider bindings and its
 * dependencies (cdktn, constructs, zod, yaml; only the parts of them that are used), and Node runs
 * it without a TypeScript loader. One file instead of some 600 halves the start-up (Node resolves,
 * reads and compiles each module it loads); the Pulumi packages, which the command line never
 * loads, stay outside. The bundle is reused while every file it was built from is unchanged (same
 * size and modification time, read from esbuild's metafile), so only the first run after an edit
 * or an install pays for bundling. Node's own compile cache keeps only the code compiled before a
 * module runs, while most of the bundle's functions are compiled later, when first called; so the
 * bundle runs through `vm.Script`, and after the first successful run of each command V8's code
 * cache of everything compiled by then is written beside it
 * (`<bundle>.<size>-<mtime>.<command>.<node>.v8cache`, `<node>` a hash of Node's version and flags,
 * which V8 checks); later runs of that command start from it. The installed package's `mlops-env`
 * (dist/bin) is not bundled: it loads the application's own cdktn and constructs.
 *
 *   node scripts/synth.cjs                 # mlops-env synth: the app of cdktf.json, `npx cdktn synth`
 *   node scripts/synth.cjs <command> ...   # any mlops-env command (the npm scripts use this)
 *
 * Set MLOPS_DEBUG=1 for source-mapped stack traces.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
// Node >= 22.1 keeps V8's compiled code of the modules loaded through `require` from here on on
// disk (esbuild when bundling, the bundle itself with MLOPS_DEBUG), so later runs skip compiling them.
require("node:module").enableCompileCache?.(path.join(root, ".build", "compile-cache"));
const entry = path.join(root, "bin", "mlops-env.ts");
// The command line as the CLI sees it: `synth` when none is given.
process.argv = [process.argv[0], entry, ...(process.argv.length > 2 ? process.argv.slice(2) : ["synth"])];
const outfile = path.join(root, ".build", `${path.basename(entry, ".ts")}.cjs`);
const manifest = `${outfile}.inputs.json`;
const debug = Boolean(process.env.MLOPS_DEBUG);

/** The bundle's inputs as `path size mtime` lines; a bundle is current while they are unchanged. */
function stamp(files) {
  return files
    .map((f) => {
      try {
        const s = fs.statSync(path.join(root, f));
        return `${f} ${s.size} ${s.mtimeMs}`;
      } catch {
        return `${f} missing`;
      }
    })
    .join("\n");
}

function current() {
  try {
    const m = JSON.parse(fs.readFileSync(manifest, "utf8"));
    return m.debug === debug && m.entry === entry && fs.existsSync(outfile) && stamp(m.inputs) === m.stamp;
  } catch {
    return false;
  }
}

const fresh = !current();
if (fresh) {
  // Written under a name of this process, then renamed: several runs at once (parallel test
  // groups) may rebuild together, and none may load a bundle another is still writing.
  const tmp = `${outfile}.${process.pid}.tmp`;
  const result = require("esbuild").buildSync({
    // Two changes to what the dependencies do at load, for the command line only:
    // - Each of the 54 modules that import cdktn (the bindings, lib/cdktn.ts) would get its own copy
    //   of cdktn's ~300 exports (esbuild's __toESM of a CommonJS package); they share one instead.
    // - cdktn loads fflate, which builds its compression tables at load, to zip assets; the command
    //   line creates none, so fflate loads when first used.
    alias: { cdktn: shim("cdktn.mjs", `export * from ${JSON.stringify(require.resolve("cdktn"))};\n`), fflate: shim("fflate-lazy.cjs", lazyFflate()) },
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node22",
    external: ["@pulumi/*", "@pulumiverse/*", "esbuild"],
    // Whitespace and syntax are minified, identifiers are not, so the library's classes keep their
    // names. esbuild still suffixes a few of cdktn's and constructs' classes to keep the bundle's
    // names unique (`Construct` may print as `Construct4`, e.g. in constructs' duplicate-id error);
    // its keepNames option would restore them, but it renames every function and class of the
    // bundle at load, which cost about a seventh of a synth. With MLOPS_DEBUG it is on.
    minifyWhitespace: !debug,
    minifySyntax: !debug,
    keepNames: debug,
    sourcemap: debug ? "inline" : false,
    // ASCII only (esbuild's default, stated because run() reads the bundle as Latin-1).
    charset: "ascii",
    metafile: true,
    logLevel: "error",
    absWorkingDir: root,
  });
  // This file too: how it bundles (its options) is part of what was built.
  const inputs = [...Object.keys(result.metafile.inputs), path.relative(root, __filename)];
  fs.renameSync(tmp, outfile);
  fs.writeFileSync(`${manifest}.${process.pid}.tmp`, JSON.stringify({ entry, debug, inputs, stamp: stamp(inputs) }));
  fs.renameSync(`${manifest}.${process.pid}.tmp`, manifest);
}
if (debug) {
  process.setSourceMapsEnabled(true);
  require(outfile);
} else {
  // cdktn records a stack trace for every token it creates, only to name the line in an error about
  // an unresolvable token: about a third of the synthesis time. Kept with MLOPS_DEBUG.
  process.env.CDKTN_DISABLE_CREATION_STACK ??= "1";
  run(outfile);
}

/**
 * Runs the bundle as `require` would, from V8's code cache of an earlier run of the same command
 * when there is one. V8 checks a cache against its own version and flags and the source's length
 * only, so the cache's name carries the bundle's size and modification time: a cache is used with
 * the bundle it was made from and no other. A rebuild removes the old ones.
 */
function run(file) {
  const vm = require("node:vm");
  const Module = require("node:module");
  // One open file for its size, modification time and text, so that they belong together even when
  // another run replaces the bundle meanwhile (a rename leaves this file as it was).
  const fd = fs.openSync(file, "r");
  const stat = fs.fstatSync(fd);
  const command = /^[a-z]+$/.test(process.argv[2]) ? process.argv[2] : "other";
  const prefix = `${path.basename(file)}.`;
  // V8 takes a cache only from the same Node with the same flags: each has its own file.
  const runtime = fnv1a(`${process.version} ${process.execArgv.join(" ")}`);
  const cacheFile = path.join(path.dirname(file), `${prefix}${stat.size}-${Math.trunc(stat.mtimeMs)}.${command}.${runtime}.v8cache`);
  if (fresh)
    for (const f of fs.readdirSync(path.dirname(file)))
      if (f.startsWith(prefix) && f.endsWith(".v8cache")) fs.rmSync(path.join(path.dirname(file), f), { force: true });
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {}
  // The bundle is ASCII only (charset above), so it is read as Latin-1, which Node decodes faster
  // than UTF-8. It starts with `#!/usr/bin/env node`, not JavaScript inside a function.
  const source = fs.readFileSync(fd, "latin1").replace(/^#!/, "//");
  fs.closeSync(fd);
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    // An `import()` in the bundle resolves as it would in a module Node loaded itself.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once("exit", (code) => {
      // Only a run that did its work: a mistyped command or a failed one would cache less.
      if (code !== 0) return;
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        // A cache is an optimisation: a read-only checkout runs without one.
      }
    });
  }
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
}

/** Writes `text` to `.build/<name>` when it differs; returns the file's path. */
function shim(name, text) {
  const file = path.join(root, ".build", name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
  return file;
}

/** fflate as cdktn sees it, loaded from cdktn's own dependency at the first property read. */
function lazyFflate() {
  const real = JSON.stringify(require.resolve("fflate", { paths: [path.dirname(require.resolve("cdktn"))] }));
  return `"use strict";\nlet real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require(${real}))[key] });\n`;
}

/** A short hash of `text` (32-bit FNV-1a, in hex): names a file, guards nothing. */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}
