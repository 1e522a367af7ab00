/**
 * The adapter: registers one synthesized Terraform JSON document (a stack's `toTerraform()`) as
 * @pulumi/gcp resources. Every resource becomes the @pulumi/gcp resource of its type, named
 * `<prefix>-<Terraform logical id>`; data sources become the Output of the matching function;
 * `${type.name.attr}` references (whole or inside a string) become Outputs of the referenced
 * resource's property; meta-arguments become resource options:
 *
 * | Terraform | Pulumi |
 * |---|---|
 * | `depends_on` | `dependsOn` |
 * | `lifecycle.prevent_destroy` | `protect` (and `retainOnDelete` for keys and key rings) |
 * | `lifecycle.ignore_changes` | `ignoreChanges`, with Pulumi's property names |
 * | `moved` blocks | `aliases` of the moved resource |
 * | attributes the schema marks sensitive, `sensitive` outputs | Pulumi secrets |
 * | `provider "google"` | one explicit `gcp` provider with the same project and region |
 * | `terraform` (backend, required providers) | not used: Pulumi keeps its own state (`pulumi login`) |
 *
 * What it has no mapping for (a resource type, a data source, a meta-argument, an expression other
 * than a reference) it refuses, naming it: nothing is dropped.
 */
import * as pulumi from "@pulumi/pulumi";
import { Provider } from "@pulumi/gcp/provider";
import { blockOf, DATA_SOURCES, isSingle, moduleMember, OTHER_RESOURCE_TYPES, pulumiName, RESOURCE_TYPES, RETAINED_TYPES, SchemaBlock } from "./mapping";

/** The parts of a Terraform JSON document the adapter reads. */
export interface TerraformJson {
  readonly resource?: Readonly<Record<string, Readonly<Record<string, TerraformBody>>>>;
  readonly data?: Readonly<Record<string, Readonly<Record<string, TerraformBody>>>>;
  readonly output?: Readonly<Record<string, { readonly value: unknown; readonly sensitive?: boolean }>>;
  readonly provider?: Readonly<Record<string, readonly TerraformBody[]>>;
  readonly moved?: readonly { readonly from: string; readonly to: string }[];
  readonly [block: string]: unknown;
}
export type TerraformBody = Readonly<Record<string, any>>;

export interface RegisterOptions {
  /** Parent of every resource. */
  readonly parent: pulumi.Resource;
  /** Resource names are `<prefix>-<Terraform logical id>`. */
  readonly prefix: string;
  /** @default - a `gcp` provider with the document's `provider "google"` settings, named `<prefix>-google` */
  readonly provider?: pulumi.ProviderResource;
}

export interface Registered {
  readonly provider: pulumi.ProviderResource;
  /** Every resource by its Terraform address (`google_storage_bucket.Environment_DataLake_data_5CBA3A42`). */
  readonly resources: ReadonlyMap<string, pulumi.CustomResource>;
  /** The document's outputs, same names. */
  readonly outputs: Readonly<Record<string, pulumi.Output<unknown>>>;
}

/** The input of the adapter is not something it can register faithfully. */
export class UnsupportedTerraformError extends Error {
  constructor(what: string) {
    super(`the Pulumi adapter cannot register ${what}`);
    this.name = "UnsupportedTerraformError";
  }
}

const DOCUMENT_BLOCKS = new Set(["//", "terraform", "provider", "resource", "data", "output", "moved"]);
const META = new Set(["//", "depends_on", "lifecycle"]);
const LIFECYCLE = new Set(["prevent_destroy", "ignore_changes"]);
const REFERENCE = /^(data\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)$/;

/** Loads the @pulumi/gcp export of a token (a resource class or a function); submodules only. */
function gcpExport(token: string, suffix = ""): any {
  const [mod, member] = moduleMember(token);
  const found = require(`@pulumi/gcp/${mod}`)[`${member}${suffix}`];
  if (!found) throw new UnsupportedTerraformError(`${token}: @pulumi/gcp has no ${member}${suffix}`);
  return found;
}

/** The resource class of another provider's package (e.g. @pulumiverse/time's Sleep). */
function otherExport(other: { readonly module: string; readonly token: string }): any {
  const member = other.token.slice(other.token.lastIndexOf(":") + 1);
  let mod: Record<string, unknown>;
  try {
    mod = require(other.module);
  } catch {
    throw new UnsupportedTerraformError(`${other.token}: install ${other.module} (an optional peer dependency of this package)`);
  }
  const found = mod[member];
  if (!found) throw new UnsupportedTerraformError(`${other.token}: ${other.module} has no ${member}`);
  return found;
}

export function registerTerraform(json: TerraformJson, options: RegisterOptions): Registered {
  for (const key of Object.keys(json)) if (!DOCUMENT_BLOCKS.has(key)) throw new UnsupportedTerraformError(`the top-level block '${key}'`);
  const { parent, prefix } = options;
  const made = new Map<string, pulumi.CustomResource>();
  const reading = new Map<string, pulumi.Output<any>>();
  const pending = new Set<string>();
  const aliases = new Map<string, string[]>();
  for (const m of json.moved ?? []) aliases.set(m.to, [...(aliases.get(m.to) ?? []), `${prefix}-${m.from.split(".")[1]}`]);

  const provider = options.provider ?? newProvider(json, parent, prefix);
  const nameOf = (address: string) => `${prefix}-${address.split(".")[1]}`;

  /** A reference: the Output of the referenced resource's property, or of a data source's result. */
  const reference = (expression: string, where: string): pulumi.Output<unknown> => {
    const m = REFERENCE.exec(expression);
    if (!m) throw new UnsupportedTerraformError(`the expression \${${expression}} in ${where}: only references \${type.name.attribute} are mapped`);
    const [, data, type, name, attr] = m;
    if (data) return dataSource(`data.${type}.${name}`).apply((r) => r[pulumiName(blockOf(`data.${type}`), attr)]);
    const output = (resource(`${type}.${name}`) as any)[pulumiName(blockOf(type), attr)];
    if (!pulumi.Output.isInstance(output)) throw new UnsupportedTerraformError(`\${${expression}} in ${where}: ${RESOURCE_TYPES[type]} has no output for '${attr}'`);
    return output;
  };

  /** A string of Terraform JSON: references become Outputs, `$${` and `%%{` escapes are undone. */
  const template = (text: string, where: string): pulumi.Input<unknown> => {
    const parts: pulumi.Input<unknown>[] = [];
    let last = 0;
    let references = 0;
    for (const m of text.matchAll(/\$\$\{|%%\{|%\{|\$\{([^}]*)\}/g)) {
      parts.push(text.slice(last, m.index));
      last = m.index! + m[0].length;
      if (m[0] === "%{") throw new UnsupportedTerraformError(`the template directive in ${where}: ${JSON.stringify(text.slice(m.index!, m.index! + 40))}`);
      if (m[1] === undefined) parts.push(m[0].slice(1));
      else (parts.push(reference(m[1], where)), references++);
    }
    parts.push(text.slice(last));
    const nonEmpty = parts.filter((p) => p !== "");
    if (references === 0) return parts.join("");
    return nonEmpty.length === 1 ? nonEmpty[0] : pulumi.concat(...nonEmpty);
  };

  /** An attribute's value: strings templated at any depth, keys kept (maps hold user data). */
  const value = (v: unknown, where: string): unknown => {
    if (typeof v === "string") return template(v, where);
    if (Array.isArray(v)) return v.map((x) => value(x, where));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x, where)]));
    return v;
  };

  /** A body in Pulumi's shape: Pulumi names, blocks of at most one as objects, sensitive values as secrets. */
  const args = (body: TerraformBody, block: SchemaBlock, where: string, top = false): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(body)) {
      if ((top && META.has(key)) || v === undefined || v === null) continue;
      const attribute = block.attributes?.[key];
      const nested = block.block_types?.[key];
      if (!attribute && !nested) throw new UnsupportedTerraformError(`'${key}' of ${where}: not an attribute of the provider schema`);
      let converted: unknown;
      if (attribute) {
        converted = value(v, `${where}.${key}`);
        if (attribute.sensitive) converted = pulumi.secret(converted);
      } else {
        const items = (Array.isArray(v) ? v : [v]).map((item, i) => args(item, nested!.block, `${where}.${key}[${i}]`));
        if (isSingle(nested!) && items.length > 1) throw new UnsupportedTerraformError(`${where}.${key}: ${items.length} blocks where the schema allows one`);
        converted = isSingle(nested!) ? items[0] : items;
      }
      out[pulumiName(block, key)] = converted;
    }
    return out;
  };

  const dependsOn = (body: TerraformBody, where: string): pulumi.Resource[] =>
    (body.depends_on ?? []).map((d: string) => {
      if (d.startsWith("data.")) throw new UnsupportedTerraformError(`depends_on ${d} in ${where}: a dependency on a data source`);
      return resource(d);
    });

  function dataSource(address: string): pulumi.Output<any> {
    const [, type, name] = address.split(".");
    const known = reading.get(address);
    if (known) return known;
    const body = json.data?.[type]?.[name];
    if (!body) throw new UnsupportedTerraformError(`a reference to ${address}, which the document does not declare`);
    const token = DATA_SOURCES[type];
    if (!token) throw new UnsupportedTerraformError(`the data source ${type} (${address}): no @pulumi/gcp function is mapped to it in lib/pulumi/mapping.ts`);
    checkMeta(body, address, false);
    const read = gcpExport(token, "Output")(args(body, blockOf(`data.${type}`), address, true), { provider, parent, dependsOn: dependsOn(body, address) });
    reading.set(address, read);
    return read;
  }

  function resource(address: string): pulumi.CustomResource {
    const known = made.get(address);
    if (known) return known;
    const [type, name] = address.split(".");
    const body = json.resource?.[type]?.[name];
    if (!body) throw new UnsupportedTerraformError(`a reference to ${address}, which the document does not declare`);
    const other = OTHER_RESOURCE_TYPES[type];
    const token = RESOURCE_TYPES[type] ?? other?.token;
    if (!token) throw new UnsupportedTerraformError(`the resource type ${type} (${address}): no @pulumi/gcp type is mapped to it in lib/pulumi/mapping.ts`);
    if (pending.has(address)) throw new UnsupportedTerraformError(`${address}: it refers to itself through its references`);
    pending.add(address);
    checkMeta(body, address, true);
    const block = blockOf(type);
    const inputs = args(body, block, address, true);
    const lifecycle = body.lifecycle ?? {};
    const opts: pulumi.CustomResourceOptions = {
      parent,
      // The gcp provider is for @pulumi/gcp's types; another package's type takes its default provider.
      ...(other ? {} : { provider }),
      dependsOn: dependsOn(body, address),
      ...(lifecycle.prevent_destroy === true ? { protect: true } : {}),
      ...(RETAINED_TYPES.has(type) ? { retainOnDelete: true } : {}),
      ...(lifecycle.ignore_changes ? { ignoreChanges: ignoreChanges(lifecycle.ignore_changes, block, address) } : {}),
      ...(aliases.has(address) ? { aliases: aliases.get(address)!.map((n) => ({ name: n })) } : {}),
      // The resource class keeps only the properties it declares: one it dropped would be lost silently.
      transformations: [(t) => (assertKept(inputs, t.props, address), undefined)],
    };
    const created: pulumi.CustomResource = new (other ? otherExport(other) : gcpExport(token))(nameOf(address), inputs, opts);
    pending.delete(address);
    made.set(address, created);
    return created;
  }

  for (const [type, byName] of Object.entries(json.resource ?? {})) for (const name of Object.keys(byName)) resource(`${type}.${name}`);
  for (const [type, byName] of Object.entries(json.data ?? {})) for (const name of Object.keys(byName)) dataSource(`data.${type}.${name}`);
  const outputs: Record<string, pulumi.Output<unknown>> = {};
  for (const [name, o] of Object.entries(json.output ?? {})) {
    const v = pulumi.output(value(o.value, `output ${name}`));
    outputs[name] = o.sensitive ? pulumi.secret(v) : v;
  }
  return { provider, resources: made, outputs };
}

function checkMeta(body: TerraformBody, address: string, managed: boolean): void {
  for (const key of ["count", "for_each", "provider", "provisioner", "connection", "dynamic"]) {
    if (key in body) throw new UnsupportedTerraformError(`the meta-argument '${key}' of ${address}`);
  }
  for (const key of Object.keys(body.lifecycle ?? {})) {
    if (!managed || !LIFECYCLE.has(key)) throw new UnsupportedTerraformError(`lifecycle.${key} of ${address}`);
  }
}

/** `ignore_changes` paths (`traffic_split`, `gce_setup.metadata`) in Pulumi's names. */
function ignoreChanges(paths: unknown, block: SchemaBlock, address: string): string[] {
  if (!Array.isArray(paths)) throw new UnsupportedTerraformError(`lifecycle.ignore_changes = ${JSON.stringify(paths)} of ${address}`);
  return paths.map((p: string) => {
    let current: SchemaBlock | undefined = block;
    return p
      .split(".")
      .map((segment) => {
        if (!current) throw new UnsupportedTerraformError(`lifecycle.ignore_changes path ${p} of ${address}`);
        const name = pulumiName(current, segment);
        current = current.block_types?.[segment]?.block;
        return name;
      })
      .join(".");
  });
}

function assertKept(inputs: Record<string, unknown>, props: Record<string, unknown>, address: string): void {
  const dropped = Object.keys(inputs).filter((k) => inputs[k] !== undefined && props[k] === undefined);
  if (dropped.length > 0) throw new UnsupportedTerraformError(`${address}: its @pulumi/gcp class does not take ${dropped.join(", ")}`);
}

function newProvider(json: TerraformJson, parent: pulumi.Resource, prefix: string): pulumi.ProviderResource {
  const configs = json.provider?.google ?? [];
  // hashicorp/time takes no settings; its resources use @pulumiverse/time's default provider.
  const settingless = (p: string) => p === "time" && (json.provider?.[p] ?? []).every((c) => Object.keys(c).length === 0);
  const others = Object.keys(json.provider ?? {}).filter((p) => p !== "google" && !settingless(p));
  if (others.length > 0 || configs.length !== 1 || configs[0].alias) {
    throw new UnsupportedTerraformError(`provider blocks other than one "google" without alias (${JSON.stringify(json.provider)})`);
  }
  const block = blockOf("provider");
  const settings = Object.fromEntries(Object.entries(configs[0]).map(([k, v]) => [pulumiName(block, k), v]));
  return new Provider(`${prefix}-google`, settings, { parent });
}
