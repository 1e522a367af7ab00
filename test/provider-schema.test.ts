/**
 * The generated provider bindings against the pinned provider's schema (provider/schema.json,
 * from `terraform providers schema -json` of google 7.45.0): every type the library imports is in
 * the pruned schema, the pruned schema is exactly provider/types.json, every stack pins the same
 * provider version as the Pulumi side, and every resource of every synthesized stack conforms to
 * the schema (known attributes and blocks, required ones present, block nesting limits). The last
 * check is the offline part of `npm run validate`, which also runs `terraform validate`.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { buildApp } from "../lib/app";
import pkg from "../package.json";
import provenance from "../provider/provenance.json";
import schema from "../provider/schema.json";
import types from "../provider/types.json";
import version from "../provider/version.json";
import { TIME_PROVIDER } from "../lib/core/time-provider";

const ROOT = path.join(__dirname, "..");
const FQPN = "registry.terraform.io/hashicorp/google";
const PROVIDER = (schema.provider_schemas as Record<string, any>)[FQPN];
const TIME_FQPN = "registry.terraform.io/hashicorp/time";
const TIME = (schema.provider_schemas as Record<string, any>)[TIME_FQPN];
/** Every pinned provider's resource types (google's and time's). */
const RESOURCE_SCHEMAS = { ...PROVIDER.resource_schemas, ...TIME.resource_schemas };

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    return e.isDirectory() ? sources(rel) : rel.endsWith(".ts") ? [rel] : [];
  });
}

/** Terraform type of every binding folder the library's code imports (`provider/google/<folder>`). */
function importedTypes(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of ["lib", "stacks", "examples", "test", "bench", "scripts"].flatMap(sources)) {
    for (const m of fs.readFileSync(path.join(ROOT, f), "utf8").matchAll(/from "[./]*\/?provider\/google\/([a-z0-9-]+)"/g)) {
      const folder = m[1];
      if (folder === "provider") continue;
      const file = path.join(ROOT, "provider", "google", folder, "index.ts");
      assert.ok(fs.existsSync(file), `${f} imports provider/google/${folder}, which has no generated binding: add its type to provider/types.json and run npm run provider:update`);
      const type = /tfResourceType = "([a-z0-9_]+)"/.exec(fs.readFileSync(file, "utf8"))![1];
      out.set(type, [...(out.get(type) ?? []), f]);
    }
  }
  return out;
}

test("every provider type the library imports is in the pruned schema", () => {
  const imported = importedTypes();
  assert.ok(imported.size >= 45, `found ${imported.size} imported types`);
  const inSchema = new Set([...Object.keys(PROVIDER.resource_schemas), ...Object.keys(PROVIDER.data_source_schemas)]);
  const missing = [...imported.keys()].filter((t) => !inSchema.has(t));
  assert.deepEqual(missing, [], `imported but not in provider/schema.json: ${missing.map((t) => `${t} (${imported.get(t)!.join(", ")})`).join("; ")}`);
});

test("the pruned schema holds exactly provider/types.json, from the pinned version", () => {
  assert.deepEqual(Object.keys(PROVIDER.resource_schemas).sort(), [...types.resources].sort());
  assert.deepEqual(Object.keys(PROVIDER.data_source_schemas).sort(), [...types.dataSources].sort());
  assert.equal((schema.provider_versions as Record<string, string>)[FQPN], version.version);
  assert.equal(provenance.version, version.version);
  assert.equal(provenance.commit, version.commit);
});

test("hashicorp/time: the pin, the pruned schema (time_sleep), the binding and the stacks that use it agree", () => {
  assert.deepEqual(TIME_PROVIDER, { source: version.time.source, version: version.time.version });
  assert.equal((schema.provider_versions as Record<string, string>)[TIME_FQPN], version.time.version);
  assert.deepEqual(Object.keys(TIME.resource_schemas), ["time_sleep"]);
  assert.equal(provenance.time.version, version.time.version);
  assert.match(fs.readFileSync(path.join(ROOT, "provider", "time", "sleep", "index.ts"), "utf8"), /providerVersion: '0\.14\.2'/);
  assert.equal((pkg.peerDependencies as Record<string, string>)["@pulumiverse/time"], version.time.pulumiTime);
  const { stacks } = buildApp({ configDir: path.join(ROOT, "test", "fixtures") });
  const json = JSON.parse(JSON.stringify(stacks[0].toTerraform()));
  assert.ok(json.resource.time_sleep, "the everything fixture has a scheduled pipeline's overdue alert, which waits");
  assert.deepEqual(json.terraform.required_providers.time, { source: version.time.source, version: version.time.version });
});

test("both engines use the same provider version: the stacks pin it, @pulumi/gcp bridges it", () => {
  assert.equal((pkg.devDependencies as Record<string, string>)["@pulumi/gcp"], version.pulumiGcp);
  const { stacks } = buildApp({ configDir: path.join(ROOT, "test", "fixtures", "stacks") });
  for (const s of stacks) {
    const json = JSON.parse(JSON.stringify(s.toTerraform()));
    assert.deepEqual(json.terraform.required_providers.google, { source: version.source, version: version.version }, s.node.id);
  }
});

const META = new Set(["//", "depends_on", "lifecycle", "provider", "count", "for_each", "provisioner", "connection"]);

/** Problems of one configuration block against its schema block, by attribute path. */
function conform(value: Record<string, unknown>, block: any, at: string, out: string[]): void {
  const attrs = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [k, v] of Object.entries(value)) {
    if (META.has(k) && at.split(".").length === 2) continue;
    if (k in attrs) {
      if (attrs[k].computed && !attrs[k].optional && !attrs[k].required) out.push(`${at}.${k}: computed-only attribute set`);
      continue;
    }
    if (!(k in blocks)) {
      out.push(`${at}.${k}: not an attribute or block of the schema`);
      continue;
    }
    const bt = blocks[k];
    const items = Array.isArray(v) ? v : [v];
    if (bt.max_items !== undefined && bt.max_items > 0 && items.length > bt.max_items) out.push(`${at}.${k}: ${items.length} blocks, at most ${bt.max_items}`);
    items.forEach((item, i) => {
      if (item && typeof item === "object" && !String(item).startsWith("${")) conform(item as Record<string, unknown>, bt.block, `${at}.${k}[${i}]`, out);
    });
  }
  for (const [k, a] of Object.entries<any>(attrs)) if (a.required && !(k in value)) out.push(`${at}.${k}: required attribute missing`);
  for (const [k, bt] of Object.entries<any>(blocks)) {
    const n = value[k] === undefined ? 0 : Array.isArray(value[k]) ? (value[k] as unknown[]).length : 1;
    if (bt.min_items && n < bt.min_items) out.push(`${at}.${k}: ${n} blocks, at least ${bt.min_items}`);
  }
}

function stackProblems(json: any): string[] {
  const out: string[] = [];
  for (const [kind, schemas] of [["resource", RESOURCE_SCHEMAS], ["data", PROVIDER.data_source_schemas]] as const) {
    for (const [type, byId] of Object.entries<Record<string, any>>(json[kind] ?? {})) {
      if (!schemas[type]) {
        out.push(`${kind}.${type}: not in provider/schema.json`);
        continue;
      }
      for (const [id, r] of Object.entries(byId)) conform(r, schemas[type].block, `${type}.${id}`, out);
    }
  }
  return out;
}

test("the schema check finds an unknown attribute, a missing required one and a second block", () => {
  const bucket = { name: "b", location: "EU", versioning: { enabled: true } };
  assert.deepEqual(stackProblems({ resource: { google_storage_bucket: { b: bucket } } }), []);
  const broken = { name: "b", bogus: 1, versioning: [{ enabled: true }, { enabled: false }] };
  assert.deepEqual(stackProblems({ resource: { google_storage_bucket: { b: broken } } }), [
    "google_storage_bucket.b.bogus: not an attribute or block of the schema",
    "google_storage_bucket.b.versioning: 2 blocks, at most 1",
    "google_storage_bucket.b.location: required attribute missing",
  ]);
});

for (const dir of [path.join("test", "fixtures", "stacks"), path.join("examples", "minimal"), path.join("test", "fixtures")]) {
  test(`every resource synthesized from ${dir} conforms to the provider schema`, () => {
    const { stacks } = buildApp({ configDir: path.join(ROOT, dir) });
    for (const s of stacks) assert.deepEqual(stackProblems(JSON.parse(JSON.stringify(s.toTerraform()))), [], s.node.id);
  });
}
