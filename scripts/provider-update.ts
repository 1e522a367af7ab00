/**
 * `npm run provider:update`: dumps the pinned Google provider's schema with the real Terraform
 * CLI, prunes it to provider/types.json, writes provider/schema.json with its provenance and
 * regenerates the TypeScript bindings in provider/google with @cdktn/provider-generator. Offline:
 * the provider comes from the local mirror (scripts/tools/ensure-provider.sh).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CodeMaker, TerraformProviderConstraint, TerraformProviderGenerator } from "@cdktn/provider-generator";
import { ConstructsMakerProviderTarget, LANGUAGES } from "@cdktn/commons";
import { PIN, ROOT, run, terraformWithProvider, ToolUnavailable } from "./tools/terraform";

const FQPN = `registry.terraform.io/${PIN.source}`;
const TIME_FQPN = `registry.terraform.io/${PIN.time.source}`;
/** The hashicorp/time types the library uses (explicit waits). */
const TIME_RESOURCES = ["time_sleep"];

type Block = { attributes?: Record<string, { type?: unknown; optional?: boolean; required?: boolean }>; block_types?: Record<string, unknown> };

/** Top-level attributes the policy pack reasons about, where a type has them. */
const GUARD_ATTRIBUTES = ["force_destroy", "deletion_protection", "delete_contents_on_destroy", "deletion_policy", "enable_deletion_protection"];

/**
 * What the policy pack needs to know of every resource type of the provider (not only the pruned
 * ones, since the pack also judges escape-hatch resources): which map holds user labels, and which
 * deletion-guard attributes exist. test/policy-provider.test.ts checks the pack's tables against it.
 */
function factsOf(resources: Record<string, { block: Block }>) {
  const isStringMap = (t: unknown) => Array.isArray(t) && t[0] === "map" && t[1] === "string";
  const types: Record<string, { labels?: string; guards?: string[] }> = {};
  for (const [type, { block }] of Object.entries(resources).sort(([a], [b]) => a.localeCompare(b))) {
    const attrs = block.attributes ?? {};
    const settable = (n: string) => attrs[n] && (attrs[n].optional || attrs[n].required);
    const entry: { labels?: string; guards?: string[] } = {};
    // A notification channel's `labels` is its configuration (an address, a topic), not metadata.
    if (type !== "google_monitoring_notification_channel" && settable("labels") && isStringMap(attrs.labels.type)) entry.labels = "labels";
    else if (settable("user_labels") && isStringMap(attrs.user_labels.type)) entry.labels = "user_labels";
    const guards = GUARD_ATTRIBUTES.filter((g) => settable(g));
    if (guards.length) entry.guards = guards;
    types[type] = entry;
  }
  return { provider: PIN.source, version: PIN.version, types };
}

async function main(): Promise<void> {
  const types = JSON.parse(fs.readFileSync(path.join(ROOT, "provider", "types.json"), "utf8")) as {
    resources: string[];
    dataSources: string[];
  };
  const tf = terraformWithProvider();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-schema-"));
  fs.writeFileSync(
    path.join(work, "main.tf.json"),
    JSON.stringify({
      terraform: { required_providers: { google: { source: PIN.source, version: PIN.version }, time: { source: PIN.time.source, version: PIN.time.version } } },
    }),
  );
  const init = run(tf, work, ["init", "-backend=false", "-input=false", "-no-color"]);
  if (init.status !== 0) throw new Error(`terraform init failed:\n${init.stderr}${init.stdout}`);
  const dump = run(tf, work, ["providers", "schema", "-json"]);
  if (dump.status !== 0) throw new Error(`terraform providers schema failed:\n${dump.stderr}`);
  const full = JSON.parse(dump.stdout);
  const provider = full.provider_schemas[FQPN];

  const pick = (all: Record<string, unknown>, names: string[], kind: string) => {
    const missing = names.filter((n) => !(n in all));
    if (missing.length) throw new Error(`provider ${PIN.version} has no ${kind} ${missing.join(", ")} (provider/types.json)`);
    return Object.fromEntries([...names].sort().map((n) => [n, all[n]]));
  };
  const time = full.provider_schemas[TIME_FQPN];
  const pruned = {
    format_version: full.format_version,
    provider_versions: { [FQPN]: PIN.version, [TIME_FQPN]: PIN.time.version },
    provider_schemas: {
      [FQPN]: {
        provider: provider.provider,
        resource_schemas: pick(provider.resource_schemas, types.resources, "resource"),
        data_source_schemas: pick(provider.data_source_schemas, types.dataSources, "data source"),
      },
      [TIME_FQPN]: { provider: time.provider, resource_schemas: pick(time.resource_schemas, TIME_RESOURCES, "resource"), data_source_schemas: {} },
    },
  };
  const provenance = {
    provider: PIN.source,
    version: PIN.version,
    tag: PIN.tag,
    commit: PIN.commit,
    time: { provider: PIN.time.source, version: PIN.time.version, goModule: `${PIN.time.goModule}@${PIN.time.goVersion}`, resources: TIME_RESOURCES },
    terraform: tf.version,
    generatedAt: new Date().toISOString().slice(0, 10),
    command: "terraform providers schema -json, pruned to provider/types.json",
    resourceTypesInProvider: Object.keys(provider.resource_schemas).length,
    dataSourceTypesInProvider: Object.keys(provider.data_source_schemas).length,
  };
  fs.writeFileSync(path.join(ROOT, "provider", "schema.json"), `${JSON.stringify(pruned, null, 1)}\n`);
  fs.writeFileSync(path.join(ROOT, "provider", "facts.json"), `${JSON.stringify(factsOf(provider.resource_schemas), null, 1)}\n`);
  fs.writeFileSync(path.join(ROOT, "provider", "provenance.json"), `${JSON.stringify(provenance, null, 2)}\n`);

  const out = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-bindings-"));
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, pruned as never);
  for (const [name, pin] of [
    ["google", `${PIN.source}@${PIN.version}`],
    ["time", `${PIN.time.source}@${PIN.time.version}`],
  ]) {
    generator.generate(new ConstructsMakerProviderTarget(new TerraformProviderConstraint(pin), LANGUAGES[0]));
    void name;
  }
  await generator.save(out);
  for (const name of ["google", "time"]) {
    const target = path.join(ROOT, "provider", name);
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(path.join(out, "providers", name), target, { recursive: true });
    // The per-type READMEs only link to the registry docs; the barrel files are never imported.
    for (const f of fs.readdirSync(target, { recursive: true }) as string[]) {
      if (f.endsWith("README.md")) fs.rmSync(path.join(target, f));
    }
    for (const f of ["index.ts", "lazy-index.ts"]) fs.rmSync(path.join(target, f), { force: true });
  }
  process.stdout.write(
    `provider ${PIN.version}: ${types.resources.length} resources, ${types.dataSources.length} data sources; time ${PIN.time.version}: ${TIME_RESOURCES.join(", ")} -> provider/schema.json, provider/google/, provider/time/\n`,
  );
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(e instanceof ToolUnavailable ? 3 : 1);
});
