/**
 * A synthesized stack (`cdktf.out/stacks/<stack>/cdk.tf.json`) read as plain data: resources by
 * Terraform address, each with its construct path and capability. Pure functions over JSON, no
 * engine imports, so the review works for whatever capabilities a stack contains.
 */
import { stateLocation } from "../core/state";

/** One managed resource of a stack. */
export interface ResourceEntry {
  /** Terraform address, `<type>.<logical id>`. */
  readonly address: string;
  readonly type: string;
  readonly logicalId: string;
  /**
   * Construct path below the stack without `Resource` segments, e.g. `Environment/DataLake/data`;
   * the logical ID when the JSON carries no construct metadata.
   */
  readonly path: string;
  /** The construct below `Environment/` (e.g. `DataLake`), else the first segment of the path. */
  readonly capability: string;
  /** The resource's arguments as synthesized (without the `//` metadata). */
  readonly attributes: Readonly<Record<string, unknown>>;
}

/** A `moved` block: Terraform keeps the state of `from` under `to`. */
export interface MovedBlock {
  readonly from: string;
  readonly to: string;
}

export interface StackModel {
  readonly name: string;
  readonly resources: ReadonlyMap<string, ResourceEntry>;
  readonly moved: readonly MovedBlock[];
  /** The google provider's region, when the stack sets one. */
  readonly region?: string;
  /**
   * Where the stack keeps its Terraform state: for a GCS backend the state object
   * `gs://<bucket>/<prefix>/default.tfstate` as the backend resolves it (see lib/core/state.ts),
   * for another backend its type and settings. Undefined when the JSON configures no backend.
   */
  readonly stateLocation?: string;
}

/** The construct id that holds every capability of an environment. */
export const ENVIRONMENT_SEGMENT = "Environment";

/** The capability a construct path belongs to: the segment below `Environment/`. */
export function capabilityOf(path: string): string {
  const segments = path.split("/").filter(Boolean);
  const i = segments.indexOf(ENVIRONMENT_SEGMENT);
  if (i >= 0 && segments.length > i + 1) return segments[i + 1];
  if (i >= 0) return ENVIRONMENT_SEGMENT;
  return segments.length > 1 ? segments[0] : "(stack)";
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A stack with no resources, e.g. the base of a review without one. */
export function emptyStack(name: string): StackModel {
  return { name, resources: new Map(), moved: [] };
}

/**
 * Reads a synthesized stack. `name` defaults to the stack name in the JSON's metadata.
 * Throws when `json` is not a Terraform JSON document.
 */
export function readStack(json: unknown, name?: string): StackModel {
  if (!isObject(json)) throw new Error("not a synthesized Terraform JSON document (expected an object)");
  const meta = isObject(json["//"]) && isObject(json["//"].metadata) ? json["//"].metadata : {};
  const stackName = name ?? (typeof meta.stackName === "string" ? meta.stackName : "stack");
  const resources = new Map<string, ResourceEntry>();
  const byType = isObject(json.resource) ? json.resource : {};
  for (const [type, entries] of Object.entries(byType)) {
    if (!isObject(entries)) continue;
    for (const [logicalId, raw] of Object.entries(entries)) {
      if (!isObject(raw)) continue;
      const { "//": metadata, ...attributes } = raw;
      const constructPath = isObject(metadata) && isObject(metadata.metadata) && typeof metadata.metadata.path === "string" ? metadata.metadata.path : undefined;
      const path = constructPath ? constructPath.split("/").slice(1).filter((s) => s !== "Resource").join("/") : logicalId;
      resources.set(`${type}.${logicalId}`, { address: `${type}.${logicalId}`, type, logicalId, path: path || logicalId, capability: capabilityOf(path), attributes });
    }
  }
  const moved = Array.isArray(json.moved)
    ? json.moved.filter((m): m is MovedBlock => isObject(m) && typeof m.from === "string" && typeof m.to === "string").map((m) => ({ from: m.from, to: m.to }))
    : [];
  const providers = isObject(json.provider) ? json.provider.google : undefined;
  const google = Array.isArray(providers) ? providers[0] : providers;
  const region = isObject(google) && typeof google.region === "string" ? google.region : undefined;
  return { name: stackName, resources, moved, region, stateLocation: stateLocationOf(json) };
}

/** The state location of a Terraform JSON document's backend, comparable across stacks. */
function stateLocationOf(json: Record<string, unknown>): string | undefined {
  const backends = isObject(json.terraform) && isObject(json.terraform.backend) ? json.terraform.backend : undefined;
  if (!backends) return undefined;
  const [type, config] = Object.entries(backends)[0] ?? [];
  if (type === undefined) return undefined;
  if (type === "gcs" && isObject(config) && typeof config.bucket === "string") {
    return stateLocation(config.bucket, typeof config.prefix === "string" ? config.prefix : "");
  }
  return `${type} backend ${JSON.stringify(config)}`;
}

const REFERENCE = /\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_]+))?/g;

/** Every `${type.logicalId.attr}` reference inside a value, as [address, attribute]. */
export function referencesIn(value: unknown): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      for (const m of v.matchAll(REFERENCE)) {
        if (m[1] === "var" || m[1] === "local" || m[1] === "data" || m[1] === "module") continue;
        out.push([`${m[1]}.${m[2]}`, m[3]]);
      }
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

/** True when a value is, or contains, a Terraform expression that only apply time resolves. */
export function isExpression(v: unknown): boolean {
  return typeof v === "string" && v.includes("${");
}

/** The value at a dotted path, looking into the first element of single-block lists. */
export function valueAt(attributes: Readonly<Record<string, unknown>>, path: string): unknown {
  let v: unknown = attributes;
  for (const seg of path.split(".")) {
    if (Array.isArray(v)) v = v[0];
    if (!isObject(v)) return undefined;
    v = v[seg];
  }
  return v;
}
