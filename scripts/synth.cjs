#!/usr/bin/env node
/**
 * Runs the command line (bin/mlops-env.ts) fast: esbuild bundles it into one minified CommonJS file
 * under .build/ with everything it loads: the library, the generated provider bindings and its
 * dependencies (cdktn, constructs, zod, yaml; only the parts of them that are used), and Node runs
 * it without a TypeScript loader. One file instead of some 600 halves the start-up (Node resolves,
 * reads and compiles each module it loads); the Pulumi packages, which the command line never
 * loads, stay outside. The bundle is reused while every file it was built from is unchanged (same
 * size and modification time, read from esbuild's metafile), so only the first run after an edit
 * or an install pays for bundling. The installed package's `mlops-env` (dist/bin) is not bundled:
 * it loads the application's own cdktn and constructs.
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
// Node >= 22.1 keeps V8's compiled code of every module loaded from here on (the bundle, cdktn,
// zod) on disk, so later runs skip parsing and compiling them.
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

if (!current()) {
  // Written under a name of this process, then renamed: several runs at once (parallel test
  // groups) may rebuild together, and none may load a bundle another is still writing.
  const tmp = `${outfile}.${process.pid}.tmp`;
  const result = require("esbuild").buildSync({
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
if (debug) process.setSourceMapsEnabled(true);
// cdktn records a stack trace for every token it creates, only to name the line in an error about an
// unresolvable token: about a third of the synthesis time. Kept with MLOPS_DEBUG.
else process.env.CDKTN_DISABLE_CREATION_STACK ??= "1";
require(outfile);
