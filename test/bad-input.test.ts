/**
 * The bad-input corpus: every file in test/bad-input/ is an invalid environment, and its first
 * lines say what the user must be told:
 *
 *   # expect: <regular expression>
 *
 * One line per problem. The test loads each file as `npm run synth` does (parseEnvironment, then
 * formatProblem) and requires that every expectation matches a reported problem, that every
 * reported problem is expected, and that each problem shows the file's own name with its line and
 * column, names the field path, and says what is allowed or why, never in zod's default words.
 *
 * File names start with the capability they exercise; the last test keeps every capability covered.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parseEnvironment } from "../lib/config/load";
import { formatProblem, Problem } from "../lib/core/errors";

const CORPUS_DIR = path.join(__dirname, "bad-input");

/** File name prefixes: the foundation and every capability an environment file configures. */
const CAPABILITIES = [
  "foundation", // name, projectId, region, tier, labels, naming, backend, team, unknown keys
  "network",
  "encryption",
  "vpcsc",
  "workbench",
  "featurestore",
  "pipelines",
  "serving",
  "monitoring", // notifications, alerting, budget
  "skew",
  "delivery",
  "policy",
  "yaml",
] as const;

/** zod's own messages, which name neither what is allowed nor why. */
const ZOD_DEFAULTS: readonly RegExp[] = [
  /Invalid input/,
  /expected \w+, received \w+/,
  /^Invalid (option|string|email|number|type|enum value|literal|key|element|union)\b/,
  /^Too (small|big)\b/,
  /^Unrecognized keys?\b/,
  /^Required$/,
];

/** Words that say what is allowed, what is required, or why the value is refused. */
const GUIDANCE =
  /\b(allowed|must|required|needs?|expected|cannot|only|not|no|unknown|duplicate|overlaps|give|set|use|put|list|declare|add|raise|remove|reserved|did you mean)\b/;

/** Problems about the document as a whole carry no field path. */
const DOCUMENT_LEVEL = /^(YAML syntax error: |expected a mapping |expected one environment, )/;

interface CorpusFile {
  readonly name: string;
  readonly text: string;
  readonly expectations: readonly RegExp[];
}

function readCorpus(): CorpusFile[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(CORPUS_DIR, name), "utf8");
      const expectations: RegExp[] = [];
      for (const line of text.split("\n")) {
        const m = /^#\s*expect:\s*(.+?)\s*$/.exec(line);
        if (m) expectations.push(new RegExp(m[1]));
        else if (!line.startsWith("#")) break; // expectations are the leading comment block
      }
      return { name, text, expectations };
    });
}

const corpus = readCorpus();

/** Loads a file as the app does; a thrown error (instead of problems) is returned as such. */
function load(file: CorpusFile): { problems: readonly Problem[]; formatted: string[] } | { crashed: unknown } {
  try {
    const { problems } = parseEnvironment(file.text, file.name);
    return { problems, formatted: problems.map(formatProblem) };
  } catch (err) {
    return { crashed: err };
  }
}

describe("bad-input corpus: every invalid environment gets a clear message", () => {
  for (const file of corpus) {
    test(file.name, () => {
      assert.ok(file.expectations.length > 0, `${file.name} has no '# expect: <regex>' line at the top`);
      const r = load(file);
      if ("crashed" in r) {
        assert.fail(`loading ${file.name} threw instead of reporting a problem: ${String((r.crashed as Error)?.stack ?? r.crashed).split("\n").slice(0, 3).join(" | ")}`);
      }
      const { problems, formatted } = r;
      assert.ok(problems.length > 0, `${file.name} was accepted; expected:\n  ${file.expectations.join("\n  ")}`);

      const report = `problems of ${file.name}:\n  ${formatted.join("\n  ")}`;
      for (const re of file.expectations) {
        assert.ok(formatted.some((f) => re.test(f)), `no problem matches ${re}\n${report}`);
      }
      for (const f of formatted) {
        assert.ok(file.expectations.some((re) => re.test(f)), `unexpected problem (add an expectation or fix the file):\n  ${f}\n${report}`);
      }

      problems.forEach((p, i) => {
        const shown = formatted[i];
        assert.equal(p.file, file.name, `the file shown must be the file's own name: ${shown}`);
        assert.ok(Number.isInteger(p.line) && Number.isInteger(p.column), `no line and column: ${shown}`);
        assert.ok(shown.startsWith(`${file.name}:${p.line}:${p.column}: `), shown);
        for (const re of ZOD_DEFAULTS) assert.doesNotMatch(p.message, re, `a default message without context: ${shown}`);
        // A syntax error is the parser's own words, with its position; everything else is about a field.
        if (DOCUMENT_LEVEL.test(p.message)) return;
        assert.ok(p.path.length > 0, `names no field path: ${shown}`);
        assert.ok(shown.includes(`: ${p.path}: `), `the field path is not shown: ${shown}`);
        assert.ok(GUIDANCE.test(p.message), `does not say what is allowed or why: ${shown}`);
      });
    });
  }

  test("the corpus covers the foundation and every capability, at least 40 files", () => {
    assert.ok(corpus.length >= 40, `only ${corpus.length} files`);
    const unknown = corpus.filter((f) => !CAPABILITIES.some((c) => f.name.startsWith(`${c}-`))).map((f) => f.name);
    assert.deepEqual(unknown, [], `file names must start with one of: ${CAPABILITIES.join(", ")}`);
    const uncovered = CAPABILITIES.filter((c) => !corpus.some((f) => f.name.startsWith(`${c}-`)));
    assert.deepEqual(uncovered, [], "capabilities without a bad input");
  });
});
