#!/usr/bin/env node
/**
 * After `tsc -p tsconfig.build.json`: copies what the package ships besides compiled code into
 * dist/ (the pinned provider's schema, facts, types, version and provenance, next to the bindings
 * generated from them) and makes the CLI executable.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
fs.mkdirSync(path.join(dist, "provider"), { recursive: true });
for (const f of fs.readdirSync(path.join(root, "provider")).filter((f) => f.endsWith(".json"))) {
  fs.copyFileSync(path.join(root, "provider", f), path.join(dist, "provider", f));
}
const cli = path.join(dist, "bin", "mlops-env.js");
if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
