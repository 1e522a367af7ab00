/**
 * Loads environment YAML files into validated configs, reporting every problem of a file with
 * its line and column, the field path, the value and what is allowed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Document, isMap, isPair, isScalar, LineCounter, parseDocument } from "yaml";
import type { ZodError } from "zod";
import { formatPath, Problem, ValidationError } from "../core/errors";
import { closest } from "../core/suggest";
import { EnvironmentConfig, EnvironmentConfigSchema } from "./schema";
import { stateLocation } from "../core/state";
import { EnvironmentSpec, resolveEnvironment } from "./spec";
import { environmentWarnings } from "./warnings";
import { servingStacksOf } from "../serving/shards";

export interface LoadedConfig {
  readonly file: string;
  readonly config: EnvironmentConfig;
  /** Line and column of a field path in the file, for problems found after loading. @default - problems name the file only */
  readonly locate?: (path: readonly PropertyKey[]) => { line?: number; column?: number };
  /** What could not be checked (shown at synthesis, never fatal). @default - none */
  readonly warnings?: readonly Problem[];
}

export { closest } from "../core/suggest";

function position(doc: Document, lc: LineCounter, at: readonly PropertyKey[], key?: string) {
  // Walk down as far as the path exists, so a missing field points at its parent.
  let node: unknown = doc.contents;
  for (const seg of at) {
    if (!node || typeof node !== "object" || !("get" in node)) break;
    const next = (node as { get(k: unknown, keep: true): unknown }).get(seg, true);
    if (next === undefined) break;
    node = next;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
    if (pair && isScalar(pair.key)) node = pair.key;
  }
  const range = (node as { range?: [number, number, number] } | null)?.range;
  if (!range) return {};
  const { line, col } = lc.linePos(range[0]);
  return { line, column: col };
}

function valueAt(data: unknown, at: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const seg of at) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/** The YAML node at a path, or undefined when the path does not reach one. */
function nodeAt(doc: Document, at: readonly PropertyKey[]): unknown {
  let node: unknown = doc.contents;
  for (const seg of at) {
    if (!node || typeof node !== "object" || !("get" in node)) return undefined;
    node = (node as { get(k: unknown, keep: true): unknown }).get(seg, true);
  }
  return node;
}

/** True when a value holds a number JSON cannot show (.inf, -.inf, .nan, or one too large such as 1e400). */
function hasNonFinite(v: unknown): boolean {
  if (typeof v === "number") return !Number.isFinite(v);
  if (v && typeof v === "object") return Object.values(v).some(hasNonFinite);
  return false;
}

/** The text of the value at a path as written in the file, on one line. */
function sourceAt(doc: Document, text: string, at: readonly PropertyKey[]): string | undefined {
  const range = (nodeAt(doc, at) as { range?: [number, number, number] } | undefined)?.range;
  return range ? text.slice(range[0], range[1]).replace(/\s+/g, " ").trim() : undefined;
}

/** The zod schema that validates the value at a path, through wrappers (optional, default, checks). */
function schemaAt(at: readonly PropertyKey[]): any {
  const unwrap = (s: any) => {
    while (s?.unwrap && !s.shape && !s.element && !s.valueType) s = s.unwrap();
    return s;
  };
  let schema: any = unwrap(EnvironmentConfigSchema);
  for (const seg of at) {
    if (typeof seg === "number") schema = schema?.element;
    else if (schema?.shape) schema = Object.hasOwn(schema.shape, seg) ? schema.shape[seg] : undefined;
    else schema = schema?.valueType;
    // How the field may be left out: "defaulted" (a default applies) or "optional" (it is then absent).
    const omitted: unknown = schema?._zod?.optin;
    schema = unwrap(schema);
    if (schema) schema = Object.assign(Object.create(schema), { omitted });
  }
  return schema;
}

/** Allowed keys of the object schema at a path, for unknown-key hints. */
function knownKeys(at: readonly PropertyKey[]): string[] {
  const schema = schemaAt(at);
  return schema?.shape ? Object.keys(schema.shape) : [];
}

/** What a value of each JSON type is called in messages. */
const EXPECTED: Readonly<Record<string, string>> = {
  array: "a list (e.g. [a, b] or one '- item' per line)",
  object: "a mapping of field: value (e.g. { name: x })",
  record: "a mapping of key: value",
  boolean: "true or false",
  number: "a number",
  int: "a whole number",
  string: "text (quote it if YAML reads it as something else)",
};

type Issue = ZodError["issues"][number];

/**
 * A union's issue replaced by the issues of the option the value has the shape of, when one has
 * (`onAlert: { parameter: ~ }` is reported at onAlert.parameter, not as "not true, false or a mapping").
 */
function expandUnions(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union") return [issue];
    const shaped = issue.errors.find((errs) => errs.length > 0 && errs.every((e) => e.path.length > 0));
    return shaped ? expandUnions(shaped.map((e) => ({ ...e, path: [...issue.path, ...e.path] }) as Issue)) : [issue];
  });
}

function zodProblems(error: ZodError, data: unknown, doc: Document, text: string, lc: LineCounter, file: string): Problem[] {
  const out: Problem[] = [];
  for (const issue of expandUnions(error.issues)) {
    if (issue.code === "unrecognized_keys") {
      const allowed = knownKeys(issue.path);
      for (const key of issue.keys) {
        const hint = closest(key, allowed);
        out.push({
          file,
          ...position(doc, lc, issue.path, key),
          path: formatPath([...issue.path, key]),
          message: `unknown field${hint ? `; did you mean '${hint}'?` : ""} allowed fields: ${allowed.join(", ")}`,
        });
      }
      continue;
    }
    const value = valueAt(data, issue.path);
    const missing = value === undefined && issue.code === "invalid_type";
    // JSON shows .inf, .nan and 1e400 as null: show them as written.
    const source = hasNonFinite(value) ? sourceAt(doc, text, issue.path) : undefined;
    let message = issue.message;
    // zod's own wording ("Invalid input: expected array, received string") where a schema gives none.
    if (!missing && issue.code === "invalid_type" && /^Invalid input/.test(issue.message)) {
      const fields = issue.expected === "object" ? knownKeys(issue.path) : [];
      const what = fields.length ? `a mapping with the fields ${fields.join(", ")}` : (EXPECTED[String(issue.expected)] ?? String(issue.expected));
      message = `must be ${what}`;
    }
    if (missing) message = `required field is missing; ${message.replace(/^must be (a |an )?/, "expected: ")}`;
    else if (value === null && (issue.code === "invalid_type" || issue.code === "invalid_union" || issue.code === "invalid_value")) {
      // A block whose body was commented out, or a `~` item.
      const omitted = schemaAt(issue.path)?.omitted;
      const hint = omitted === "defaulted" ? "; or remove the key to use the defaults" : omitted === "optional" ? "; or remove the key to leave it out" : "";
      message = `is empty; ${message}${hint}`;
    }
    out.push({ file, ...position(doc, lc, issue.path), path: formatPath(issue.path), message, value: missing ? undefined : value, source });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * `__proto__` keys: JavaScript gives them a meaning of their own, so a mapping key `__proto__`
 * would be dropped without a word by the validation. Each is reported at its own line.
 */
function reservedKeyProblems(data: unknown, doc: Document, lc: LineCounter, file: string, at: PropertyKey[] = []): Problem[] {
  if (!data || typeof data !== "object") return [];
  const out: Problem[] = [];
  if (!Array.isArray(data) && Object.hasOwn(data, "__proto__")) {
    out.push({ file, ...position(doc, lc, at, "__proto__"), path: formatPath([...at, "__proto__"]), message: "cannot be a key: JavaScript reserves '__proto__'; rename it" });
  }
  for (const [k, v] of Object.entries(data)) out.push(...reservedKeyProblems(v, doc, lc, file, [...at, Array.isArray(data) ? Number(k) : k]));
  return out;
}

/** Parses and validates one environment from YAML text. Returns the config or every problem. */
export function parseEnvironment(
  text: string,
  file: string,
): { config?: EnvironmentConfig; problems: Problem[]; locate?: LoadedConfig["locate"]; warnings?: Problem[] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const { line, col } = lc.linePos(e.pos[0]);
        const message =
          e.code === "MULTIPLE_DOCS"
            ? "expected one environment, found a second YAML document here ('---' starts one); put each environment in a file of its own, or remove the '---' line"
            : `YAML syntax error: ${e.message.split("\n")[0]}`;
        return { file, line, column: col, path: "", message };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (e) {
    // e.g. an alias (*name) used before its anchor (&name) is defined
    return { problems: [{ file, line: 1, column: 1, path: "", message: `YAML syntax error: ${(e as Error).message.split("\n")[0]}` }] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { problems: [{ file, line: 1, column: 1, path: "", message: "expected a mapping with name, projectId, region, tier, ...", value: data ?? undefined }] };
  }
  const reserved = reservedKeyProblems(data, doc, lc, file);
  const result = EnvironmentConfigSchema.safeParse(data);
  if (!result.success || reserved.length > 0) {
    const problems = [...reserved, ...(result.success ? [] : zodProblems(result.error, data, doc, text, lc, file))];
    return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)) };
  }
  const warnings = environmentWarnings(result.data).map((w) => ({ file, ...position(doc, lc, w.path), path: formatPath(w.path), message: w.message, value: valueAt(data, w.path) }));
  return { config: result.data, problems: [], locate: (at) => position(doc, lc, at), warnings };
}

/** Reads one YAML file. Throws a ValidationError listing every problem in it. */
export function loadEnvironmentFile(file: string): LoadedConfig {
  const shown = displayPath(file);
  const read = readEnvironmentText(file, shown);
  if ("problem" in read) throw new ValidationError([read.problem], shown);
  const { config, problems, locate, warnings } = parseEnvironment(read.text, shown);
  if (!config) throw new ValidationError(problems, shown);
  return { file: shown, config, locate, warnings };
}

/**
 * Reads every `*.yaml`/`*.yml` in a folder, validates each and then the set (stack names,
 * global names). Throws one ValidationError with all problems of all files.
 */
export function loadEnvironmentDir(dir: string): LoadedConfig[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new ValidationError([{ path: "", message: `config folder '${displayPath(dir)}' does not exist (set MLOPS_CONFIG_DIR to a folder of environment YAML files)` }]);
  }
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
  if (files.length === 0) {
    throw new ValidationError([{ path: "", message: `no *.yaml environment files in '${displayPath(dir)}'` }]);
  }
  const problems: Problem[] = [];
  const loaded: LoadedConfig[] = [];
  for (const file of files) {
    const shown = displayPath(file);
    const read = readEnvironmentText(file, shown);
    if ("problem" in read) {
      problems.push(read.problem);
      continue;
    }
    const r = parseEnvironment(read.text, shown);
    problems.push(...r.problems);
    if (r.config) loaded.push({ file: shown, config: r.config, locate: r.locate, warnings: r.warnings });
  }
  problems.push(...crossEnvironmentProblems(loaded));
  if (problems.length > 0) throw new ValidationError(problems, files.length === 1 ? displayPath(files[0]) : `${files.length} environment files`);
  return loaded;
}

/**
 * Problems that only show across files: two environments with one stack name, one Terraform state
 * (compared as the state object the GCS backend writes, so 'mlops/prod/' and 'mlops/dev/../prod'
 * are the state of 'mlops/prod'), one bucket prefix, or two environments with customer-managed keys
 * that would create the same key ring (same project, region and name: the second apply fails, and
 * a key ring can never be deleted to make room); an environment named like another's serving stack;
 * and, in one project, an environment whose name is another's plus '-' (they would share endpoint
 * IDs and each other's fleet alerts).
 */
export function crossEnvironmentProblems(loaded: readonly LoadedConfig[]): Problem[] {
  const problems: Problem[] = [];
  const check = (what: string, key: (s: EnvironmentSpec) => string | undefined, field: (c: EnvironmentConfig) => { path: string[]; value: unknown }, why: string) => {
    const seen = new Map<string, string>();
    for (const { file, config, locate } of loaded) {
      const k = key(resolveEnvironment(config));
      if (k === undefined) continue;
      const other = seen.get(k);
      if (other === undefined) {
        seen.set(k, file);
        continue;
      }
      const at = field(config);
      problems.push({ file, ...locate?.(at.path), path: formatPath(at.path), message: `${what} '${k}' is already used by ${other}; each environment needs its own${why}`, value: at.value });
    }
  };
  check("stack name", (s) => s.name, (c) => ({ path: ["name"], value: c.name }), "");
  check(
    "state location",
    (s) => stateLocation(s.backend.bucket, s.backend.prefix),
    (c) => (c.backend.prefix !== undefined ? { path: ["backend", "prefix"], value: c.backend.prefix } : c.backend.bucket !== undefined ? { path: ["backend", "bucket"], value: c.backend.bucket } : { path: ["name"], value: c.name }),
    ": two environments sharing one state overwrite each other's, and the next apply of one plans to destroy the other's resources",
  );
  check(
    "bucket prefix",
    (s) => s.bucketPrefix,
    (c) => (c.naming.bucketPrefix !== undefined ? { path: ["naming", "bucketPrefix"], value: c.naming.bucketPrefix } : { path: ["projectId"], value: c.projectId }),
    " (bucket names are global)",
  );
  // Serving stacks are named <env>-serving-<n>: no environment may take one of those names, and no
  // environment's state may be one of theirs (<prefix>-serving-<n> in the same bucket).
  const specs = loaded.map((l) => ({ l, spec: resolveEnvironment(l.config) }));
  const servingStates = new Map<string, { stack: string; file: string }>();
  const servingStacks = new Map<string, string>();
  for (const { l, spec } of specs) {
    for (const s of servingStacksOf(spec)) {
      servingStates.set(stateLocation(spec.backend.bucket, s.prefix), { stack: s.name, file: l.file });
      servingStacks.set(s.name, l.file);
    }
  }
  for (const { l, spec } of specs) {
    const taken = servingStates.get(stateLocation(spec.backend.bucket, spec.backend.prefix));
    if (taken !== undefined) {
      const at = l.config.backend.prefix !== undefined ? ["backend", "prefix"] : ["name"];
      problems.push({
        file: l.file,
        ...l.locate?.(at),
        path: formatPath(at),
        value: l.config.backend.prefix ?? l.config.name,
        message: `state location '${stateLocation(spec.backend.bucket, spec.backend.prefix)}' is the state of serving stack ${taken.stack} of the environment in ${taken.file}; each stack needs its own: two stacks sharing one state overwrite each other's`,
      });
    }
  }
  for (const { l, spec } of specs) {
    const owner = servingStacks.get(spec.name);
    if (owner !== undefined) {
      problems.push({ file: l.file, ...l.locate?.(["name"]), path: "name", value: spec.name, message: `stack name '${spec.name}' is a serving stack of the environment in ${owner} (serving.shards); choose another name` });
    }
  }
  // Endpoint IDs are <env>-<model> and the fleet's alerts select the endpoints starting with '<env>-':
  // in one project, an environment named like another's name plus '-' would share both.
  for (const { l, spec } of specs) {
    const other = specs.find((o) => o.spec.projectId === spec.projectId && o.spec.name !== spec.name && spec.name.startsWith(`${o.spec.name}-`));
    if (other) {
      problems.push({
        file: l.file,
        ...l.locate?.(["name"]),
        path: "name",
        value: spec.name,
        message: `starts with '${other.spec.name}-', the name of the environment in ${other.l.file} in the same project ${spec.projectId}: endpoint IDs are <environment>-<model> and each environment's alerts watch the endpoints starting with '<environment>-', so the two would share endpoints' names and alerts; choose a name that does not start with another environment's name and '-' (or another project)`,
      });
    }
  }
  check(
    "key ring",
    (s) => (s.encryption ? `projects/${s.projectId}/locations/${s.region}/keyRings/${s.encryption.keyRingName}` : undefined),
    (c) => ({ path: ["encryption", "keyRingName"], value: c.encryption?.keyRingName }),
    ": two environments cannot create one key ring; allowed: a distinct encryption.keyRingName (1-63 letters, digits, '_' or '-')",
  );
  return problems;
}

/** The text of an environment file, or why it cannot be read (a folder named like one, no permission), naming the file. */
function readEnvironmentText(file: string, shown: string): { text: string } | { problem: Problem } {
  try {
    if (fs.statSync(file).isDirectory()) {
      return { problem: { file: shown, path: "", message: "is a folder, not an environment file; rename it or move it out of the config folder (every *.yaml and *.yml in it is read as an environment)" } };
    }
    return { text: fs.readFileSync(file, "utf8") };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { problem: { file: shown, path: "", message: `cannot be read: ${err.code === "EACCES" ? "permission denied" : err.code === "ENOENT" ? "no such file" : err.message}` } };
  }
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}
