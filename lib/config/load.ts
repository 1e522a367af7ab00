/**
 * Loads environment YAML files into validated configs, reporting every problem of a file with
 * its line and column, the field path, the value and what is allowed.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Document, isMap, isPair, isScalar, LineCounter, parseDocument } from "yaml";
import type { ZodError } from "zod";
import { formatPath, Problem, ValidationError } from "../core/errors";
import { EnvironmentConfig, EnvironmentConfigSchema } from "./schema";
import { stateLocation } from "../core/state";
import { EnvironmentSpec, resolveEnvironment } from "./spec";

export interface LoadedConfig {
  readonly file: string;
  readonly config: EnvironmentConfig;
  /** Line and column of a field path in the file, for problems found after loading. @default - problems name the file only */
  readonly locate?: (path: readonly PropertyKey[]) => { line?: number; column?: number };
}

/** Closest candidate by edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  return bestScore <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

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
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

/** Allowed keys of the object schema at a path, for unknown-key hints. */
function knownKeys(data: unknown, at: readonly PropertyKey[]): string[] {
  // Re-validate an empty object at that depth is brittle; derive from the JSON Schema instead.
  let schema: any = EnvironmentConfigSchema;
  for (const seg of at) {
    while (schema?.unwrap && !schema.shape && !schema.element) schema = schema.unwrap();
    if (typeof seg === "number") schema = schema?.element;
    else schema = schema?.shape?.[seg];
    while (schema?.unwrap && !schema.shape && !schema.element) schema = schema.unwrap();
  }
  void data;
  return schema?.shape ? Object.keys(schema.shape) : [];
}

/** What a value of each JSON type is called in messages. */
const EXPECTED: Record<string, string> = {
  array: "a list (e.g. [a, b] or one '- item' per line)",
  object: "a mapping of field: value (e.g. { name: x })",
  record: "a mapping of key: value",
  boolean: "true or false",
  number: "a number",
  int: "a whole number",
  string: "text (quote it if YAML reads it as something else)",
};

function zodProblems(error: ZodError, data: unknown, doc: Document, lc: LineCounter, file: string): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const allowed = knownKeys(data, issue.path);
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
    // zod's own wording ("Invalid input: expected array, received string") where a schema gives none.
    if (!missing && issue.code === "invalid_type" && /^Invalid input/.test(issue.message)) {
      const fields = issue.expected === "object" ? knownKeys(data, issue.path) : [];
      const what = fields.length ? `a mapping with the fields ${fields.join(", ")}` : (EXPECTED[String(issue.expected)] ?? String(issue.expected));
      out.push({ file, ...position(doc, lc, issue.path), path: formatPath(issue.path), message: `must be ${what}`, value });
      continue;
    }
    out.push({
      file,
      ...position(doc, lc, issue.path),
      path: formatPath(issue.path),
      message: missing ? `required field is missing; ${issue.message.replace(/^must be (a |an )?/, "expected: ")}` : issue.message,
      value: missing ? undefined : value,
    });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** Parses and validates one environment from YAML text. Returns the config or every problem. */
export function parseEnvironment(text: string, file: string): { config?: EnvironmentConfig; problems: Problem[]; locate?: LoadedConfig["locate"] } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const { line, col } = lc.linePos(e.pos[0]);
        return { file, line, column: col, path: "", message: `YAML syntax error: ${e.message.split("\n")[0]}` };
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
  const result = EnvironmentConfigSchema.safeParse(data);
  if (!result.success) return { problems: zodProblems(result.error, data, doc, lc, file) };
  return { config: result.data, problems: [], locate: (at) => position(doc, lc, at) };
}

/** Reads one YAML file. Throws a ValidationError listing every problem in it. */
export function loadEnvironmentFile(file: string): LoadedConfig {
  const shown = displayPath(file);
  const { config, problems, locate } = parseEnvironment(fs.readFileSync(file, "utf8"), shown);
  if (!config) throw new ValidationError(problems, shown);
  return { file: shown, config, locate };
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
    const r = parseEnvironment(fs.readFileSync(file, "utf8"), shown);
    problems.push(...r.problems);
    if (r.config) loaded.push({ file: shown, config: r.config, locate: r.locate });
  }
  problems.push(...crossEnvironmentProblems(loaded));
  if (problems.length > 0) throw new ValidationError(problems, files.length === 1 ? displayPath(files[0]) : `${files.length} environment files`);
  return loaded;
}

/**
 * Problems that only show across files: two environments with one stack name, one Terraform state
 * (compared as the state object the GCS backend writes, so 'mlops/prod/' and 'mlops/dev/../prod'
 * are the state of 'mlops/prod') or one bucket prefix.
 */
export function crossEnvironmentProblems(loaded: readonly LoadedConfig[]): Problem[] {
  const problems: Problem[] = [];
  const check = (what: string, key: (s: EnvironmentSpec) => string, field: (c: EnvironmentConfig) => { path: string[]; value: unknown }, why: string) => {
    const seen = new Map<string, string>();
    for (const { file, config, locate } of loaded) {
      const k = key(resolveEnvironment(config));
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
  return problems;
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}
