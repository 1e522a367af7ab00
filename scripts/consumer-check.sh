#!/usr/bin/env bash
# The package as a user gets it: builds dist/, packs the tarball (`npm pack`), installs it into a
# temporary copy of examples/consumer with `npm install <tarball>` (the peers cdktn and constructs
# come from the registry, or from the npm cache when it has them: --prefer-offline), compiles the
# application with its own TypeScript and the default cdktn app tsconfig, runs it with plain node
# and checks the synthesized stack. Prints the tarball's size and file count and the size of the
# application's node_modules (Terraform only: no Pulumi package may be installed).
#
#   bash scripts/consumer-check.sh            # KEEP=1 keeps the temporary folder
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
PATH="$(bash scripts/tools/ensure-node.sh):$PATH"
export PATH CHECKPOINT_DISABLE=1 npm_config_prefer_offline=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

work=$(mktemp -d "${TMPDIR:-/tmp}/mlops-consumer-XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "consumer-check: keeping $work"; fi

echo "consumer-check: building and packing"
npm run -s build
npm pack --ignore-scripts --json --pack-destination "$work" > "$work/pack.json"
tarball=$(node -e '
  const [p] = require(process.argv[1]);
  const files = p.files.map((f) => f.path);
  const bad = files.filter((f) => /(^|\/)test\/|\.test\.|^lib\/|^provider\/google\/|^scripts\/|^bench\//.test(f));
  if (bad.length) { console.error("consumer-check: the tarball ships what users do not need: " + bad.slice(0, 5).join(", ")); process.exit(1); }
  for (const f of ["package.json", "README.md", "LICENSE", "dist/lib/index.js", "dist/lib/index.d.ts", "dist/bin/mlops-env.js", "dist/provider/facts.json", "dist/provider/google/storage-bucket/index.js", "schema/environment.schema.json"])
    if (!files.includes(f)) { console.error("consumer-check: the tarball lacks " + f); process.exit(1); }
  console.error(`consumer-check: tarball ${p.filename}: ${p.entryCount} files, ${(p.size / 1024).toFixed(0)} KB packed, ${(p.unpackedSize / 1024).toFixed(0)} KB unpacked`);
  console.log(p.filename);
' "$work/pack.json")

app="$work/app"
mkdir "$app"
(cd examples/consumer && tar --exclude=node_modules --exclude=cdktf.out --exclude='*.js' --exclude='*.d.ts' -cf - .) | (cd "$app" && tar -xf -)
cd "$app"
echo "consumer-check: npm install $tarball"
npm install "$work/$tarball" > "$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
for pkg in @pulumi/pulumi @pulumi/gcp; do
  if [ -e "node_modules/$pkg" ]; then echo "consumer-check: a Terraform-only install got $pkg" >&2; exit 1; fi
done
packages=$(node -e 'const fs = require("fs"); const top = fs.readdirSync("node_modules").filter((d) => !d.startsWith(".")); console.log(top.flatMap((d) => d.startsWith("@") ? fs.readdirSync("node_modules/" + d) : [d]).length)')
echo "consumer-check: node_modules $(du -sm node_modules | cut -f1) MB ($packages packages, TypeScript and @types/node included), the library $(du -sm node_modules/gcp-mlops-constructs | cut -f1) MB"

echo "consumer-check: tsc with the default cdktn app tsconfig"
npx tsc -p tsconfig.json
echo "consumer-check: node main.js"
node main.js
node -e '
  const fs = require("fs");
  const file = "cdktf.out/stacks/analytics/cdk.tf.json";
  const tf = JSON.parse(fs.readFileSync(file, "utf8"));
  const buckets = Object.values(tf.resource.google_storage_bucket).map((b) => b.name).sort();
  const grants = Object.values(tf.resource.google_storage_bucket_iam_member).map((g) => g.member + " " + g.role);
  const want = ["acme-analytics-dev-artifacts", "acme-analytics-dev-checkpoints", "acme-analytics-dev-data", "acme-analytics-dev-exports", "acme-analytics-dev-pipeline-root"];
  if (JSON.stringify(buckets) !== JSON.stringify(want)) { console.error("consumer-check: buckets " + buckets.join(", ")); process.exit(1); }
  if (!grants.includes("group:analysts@example.com roles/storage.objectViewer")) { console.error("consumer-check: no grant on the exports bucket"); process.exit(1); }
  if (!fs.existsSync("cdktf.out/stacks/analytics/policy-report.json")) { console.error("consumer-check: no policy report"); process.exit(1); }
  console.log(`consumer-check: ${file}: ${Object.values(tf.resource).reduce((n, byId) => n + Object.keys(byId).length, 0)} resources`);
'
echo "consumer-check: npx mlops-env validate"
npx --no-install mlops-env validate --config-dir environments
echo "consumer-check: ok"
