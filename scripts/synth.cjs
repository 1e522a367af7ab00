#!/usr/bin/env node
/**
 * Runs the app (stacks/main.ts) fast: esbuild bundles the project's own TypeScript into one
 * CommonJS file under .build/ (node_modules stay external), and Node runs it without a
 * TypeScript loader. Used by `npm run synth` and by cdktf.json, so `npx cdktf synth` is the same.
 * Set MLOPS_DEBUG=1 for source-mapped stack traces.
 */
"use strict";
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");
const entry = path.join(root, process.argv[2] ?? "stacks/main.ts");
const outfile = path.join(root, ".build", `${path.basename(entry, ".ts")}.cjs`);
const debug = Boolean(process.env.MLOPS_DEBUG);

esbuild.buildSync({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node22",
  packages: "external",
  sourcemap: debug ? "inline" : false,
  logLevel: "error",
});
if (debug) process.setSourceMapsEnabled(true);
require(outfile);
