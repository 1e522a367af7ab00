/**
 * Property-based fuzzing of environment files: mutations of the example environments (keys
 * deleted, blocks nulled, values replaced by other YAML scalars, lists and maps, names that are
 * JavaScript built-ins, huge numbers, unicode), and the property every input must have: it either
 * loads and synthesizes, or it is refused with problems that each carry the file, line, column,
 * field and what is allowed. Never an exception from inside the library.
 *
 * Used by test/fuzz.test.ts (seeded, a few seconds) and by `npm run fuzz` (longer, in a worker
 * with a watchdog against hangs).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { parse, stringify } from "yaml";
import { Testing } from "../../lib/cdktn";
import { crossEnvironmentProblems, LoadedConfig, parseEnvironment } from "../../lib/config/load";
import { resolveEnvironment } from "../../lib/config/spec";
import { formatProblem, Problem } from "../../lib/core/errors";
import { MlopsStack } from "../../lib/stack";

const ROOT = path.join(__dirname, "..", "..");

/** The environment files mutations start from: the example stacks and an environment with every capability. */
export const SEEDS: readonly { readonly name: string; readonly data: Record<string, unknown> }[] = [
  "stacks/dev.yaml",
  "stacks/preprod.yaml",
  "stacks/prod.yaml",
  "examples/minimal/sandbox.yaml",
  "test/fixtures/everything-prod.yaml",
].map((f) => ({ name: path.basename(f), data: parse(fs.readFileSync(path.join(ROOT, f), "utf8")) }));

type Segment = string | number;

/** Names JavaScript gives a meaning of their own. */
export const BUILT_IN_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "__defineGetter__", "isPrototypeOf", "length", "name"] as const;

/** Scalars YAML reads in surprising ways, or that break naive code. */
const TRICKY_SCALARS: readonly unknown[] = [
  null, true, false, 0, -1, 1, 0.5, 1e21, -1e21, 2 ** 53 + 2, Number.MAX_VALUE, Infinity, -Infinity, NaN, 1e-300,
  "", " ", "~", "null", "true", "yes", "0x1F", "1e400", ".inf", "2024-01-31", "08:00", "0 3 * * *", "* * * * * *",
  "us-central1", "europe-west4", "asia-south1", "n1-standard-4", "g2-standard-8", "a3-highgpu-8g", "NVIDIA_L4", "NVIDIA_H100_80GB", "NVIDIA_TESLA_K80",
  "dev", "preprod", "prod", "mlops/prod", "mlops/prod/", "mlops/dev/../prod", "gs://bucket/x", "goog-ml", "google", "gcp-dev",
  "Etc/UTC", "Europe/Paris", "America/New_York", "pipeline-root", "data", "read", "readWrite", "psi", "numeric", "categorical",
  "projects/p-123456/secrets/s/versions/1", "https://example.com/hook", "a".repeat(200), "\u00e9t\u00e9", "\u{1F680}", "\u0000", "line\nbreak", "tab\there",
  ...BUILT_IN_NAMES,
];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TRICKY_SCALARS) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);

const key: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...BUILT_IN_NAMES, "name", "enabled", "storage", "models", "x.y", "", "a b"), fc.string({ maxLength: 8 }));

/** Any YAML value: a scalar, or a small list or map of them. */
export const yamlValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(key, scalar, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.constant([]) },
);

/** One edit of a document; `at` and `from` pick among the document's paths at the time it applies. */
export type Mutation =
  | { readonly op: "delete"; readonly at: number }
  | { readonly op: "null"; readonly at: number }
  | { readonly op: "replace"; readonly at: number; readonly value: unknown }
  | { readonly op: "copy"; readonly at: number; readonly from: number }
  | { readonly op: "add"; readonly at: number; readonly key: string; readonly value: unknown }
  | { readonly op: "rename"; readonly at: number; readonly to: string }
  | { readonly op: "duplicate"; readonly at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("null" as const), at: fc.nat() }),
  fc.record({ op: fc.constant("replace" as const), at: fc.nat(), value: yamlValue }),
  fc.record({ op: fc.constant("copy" as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ op: fc.constant("add" as const), at: fc.nat(), key, value: yamlValue }),
  fc.record({ op: fc.constant("rename" as const), at: fc.nat(), to: fc.constantFrom(...BUILT_IN_NAMES) }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() }),
);

/** Every path in a document (mapping keys and list indexes), the root's children first. */
function paths(data: unknown, at: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (data === null || typeof data !== "object") return out;
  const entries: [Segment, unknown][] = Array.isArray(data) ? data.map((v, i) => [i, v]) : Object.entries(data);
  for (const [k, v] of entries) {
    out.push([...at, k]);
    paths(v, [...at, k], out);
  }
  return out;
}

function get(root: any, at: readonly Segment[]): any {
  let node = root;
  for (const seg of at) node = node?.[seg];
  return node;
}

const isContainer = (v: unknown): v is Record<Segment, unknown> => v !== null && typeof v === "object";

/** `data` with the mutations applied in turn (a copy). */
export function mutate(data: unknown, mutations: readonly Mutation[]): unknown {
  // The document hangs under a holder, so that the root itself can be replaced like any value.
  const holder: { doc: any } = { doc: structuredClone(data) };
  for (const m of mutations) {
    const all = [["doc"] as Segment[], ...paths(holder.doc).map((p) => ["doc", ...p])];
    const pick = (n: number) => all[n % all.length];
    const set = (p: readonly Segment[], v: unknown) => {
      get(holder, p.slice(0, -1))[p[p.length - 1]] = v;
    };
    switch (m.op) {
      case "delete": {
        const p = pick(m.at);
        if (p.length === 1) break;
        const parent = get(holder, p.slice(0, -1));
        if (Array.isArray(parent)) parent.splice(p[p.length - 1] as number, 1);
        else delete parent[p[p.length - 1]];
        break;
      }
      case "null":
        set(pick(m.at), null);
        break;
      case "replace":
        set(pick(m.at), structuredClone(m.value));
        break;
      case "copy":
        set(pick(m.at), structuredClone(get(holder, pick(m.from))));
        break;
      case "add": {
        const containers = all.filter((p) => isContainer(get(holder, p)));
        if (containers.length === 0) break;
        const target = get(holder, containers[m.at % containers.length]);
        if (Array.isArray(target)) target.push(structuredClone(m.value));
        // defineProperty, so that a key such as __proto__ becomes a key, as YAML makes it.
        else Object.defineProperty(target, m.key, { value: structuredClone(m.value), enumerable: true, writable: true, configurable: true });
        break;
      }
      case "rename": {
        // A value that is a name (a string under a name-like key, or a list item) becomes a built-in name.
        const names = all.filter((p) => typeof get(holder, p) === "string" && (/name|pool|group|Pipeline|type|region|tier|rule/i.test(String(p[p.length - 1])) || typeof p[p.length - 1] === "number"));
        if (names.length > 0) set(names[m.at % names.length], m.to);
        break;
      }
      case "duplicate": {
        const lists = all.filter((p) => Array.isArray(get(holder, p)) && get(holder, p).length > 0);
        if (lists.length === 0) break;
        const list = get(holder, lists[m.at % lists.length]);
        list.push(structuredClone(list[0]));
        break;
      }
    }
  }
  return holder.doc;
}

/** A mutated environment file: which seed, and the edits. */
export interface FuzzCase {
  readonly seed: number;
  readonly mutations: readonly Mutation[];
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.record({
  seed: fc.nat({ max: SEEDS.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
});

/** The YAML text of a case, as a user would have written it. */
export function caseText(c: FuzzCase): { name: string; text: string } {
  const s = SEEDS[c.seed];
  return { name: s.name, text: stringify(mutate(s.data, c.mutations)) };
}

/** zod's own messages, which name neither what is allowed nor why. */
const ZOD_DEFAULTS: readonly RegExp[] = [/Invalid input/, /expected \w+, received \w+/, /^Invalid (option|string|email|number|type|enum value|literal|key|element|union)\b/, /^Too (small|big)\b/, /^Unrecognized keys?\b/, /^Required$/];

/** Words that say what is allowed, what is required, or why the value is refused. */
const GUIDANCE =
  /\b(allowed|must|required|needs?|expected|cannot|only|not|no|unknown|duplicate|overlaps|give|set|use|put|list|declare|add|raise|remove|reserved|rename|quote|omit|store|split|move|empty|did you mean)\b/;

/** Problems about the document as a whole carry no field path. */
const DOCUMENT_LEVEL = /^(YAML syntax error: |expected a mapping |expected one environment, )/;

/** Why a reported problem falls short of the library's standard, or undefined. */
export function problemShortfall(p: Problem, file: string): string | undefined {
  const shown = formatProblem(p);
  if (p.file !== file) return `names another file: ${shown}`;
  if (!Number.isInteger(p.line) || !Number.isInteger(p.column)) return `no line and column: ${shown}`;
  if (ZOD_DEFAULTS.some((re) => re.test(p.message))) return `zod's own words: ${shown}`;
  if (DOCUMENT_LEVEL.test(p.message)) return undefined;
  if (!p.path) return `names no field: ${shown}`;
  if (!GUIDANCE.test(p.message)) return `does not say what is allowed or why: ${shown}`;
  if (/function \w*\(|\[native code\]|\[object Object\]|undefined\b/.test(shown)) return `shows an internal value: ${shown}`;
  return undefined;
}

/** What happened to one input. */
export type Outcome = { readonly kind: "refused"; readonly problems: number } | { readonly kind: "synthesized" } | { readonly kind: "loaded" };

/**
 * Loads a case (and with `synthesize`, builds and synthesizes its stack, validations included).
 * Throws, with the input, when the library misbehaves: an exception from loading or synthesis, or
 * a problem without file, line, field or guidance.
 */
export function checkCase(c: FuzzCase, options: { readonly synthesize: boolean }): Outcome {
  const { name, text } = caseText(c);
  const fail = (why: string): never => {
    throw new Error(`${why}\n--- ${name} ---\n${text}`);
  };
  let result: ReturnType<typeof parseEnvironment>;
  try {
    result = parseEnvironment(text, name);
  } catch (err) {
    return fail(`loading threw ${String((err as Error)?.stack ?? err)}`);
  }
  if (!result.config) {
    if (result.problems.length === 0) fail("refused without a problem");
    for (const p of result.problems) {
      const short = problemShortfall(p, name);
      if (short) fail(short);
    }
    return { kind: "refused", problems: result.problems.length };
  }
  // The file next to the other seeds: the checks across files must hold too.
  try {
    const others: LoadedConfig[] = SEEDS.filter((s, i) => i !== c.seed && s.name !== "everything-prod.yaml").flatMap((s) => {
      const r = parseEnvironment(stringify(s.data), s.name);
      return r.config ? [{ file: s.name, config: r.config, locate: r.locate }] : [];
    });
    for (const p of crossEnvironmentProblems([...others, { file: name, config: result.config, locate: result.locate }])) {
      if (p.file !== name) continue;
      const short = problemShortfall(p, name);
      if (short) fail(`across files: ${short}`);
    }
  } catch (err) {
    return fail(`the checks across files threw ${String((err as Error)?.stack ?? err)}`);
  }
  if (!options.synthesize) return { kind: "loaded" };
  try {
    const stack = new MlopsStack(Testing.app(), { spec: resolveEnvironment(result.config) });
    Testing.synth(stack, true);
  } catch (err) {
    return fail(`a valid file failed to synthesize: ${String((err as Error)?.stack ?? err).split("\n").slice(0, 12).join("\n")}`);
  }
  return { kind: "synthesized" };
}
