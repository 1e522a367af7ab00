/**
 * Property-based fuzzing, the short run that `npm test` makes: seeded (FUZZ_SEED to replay another
 * seed), bounded in time. `npm run fuzz` runs the same properties for minutes (scripts/fuzz.ts).
 * A failure prints the seed, the shrunk edits and the YAML they give.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { parse } from "yaml";
import { caseText, checkCase, fuzzCase, mutate, problemShortfall, SEEDS } from "./fuzz/environments";

const SEED = Number(process.env.FUZZ_SEED ?? 20260801);

describe("fuzzing: mutated environment files", () => {
  test("every input loads, or is refused with problems that name the file, line, field and what is allowed", () => {
    const seen = { refused: 0, loaded: 0 };
    fc.assert(
      fc.property(fuzzCase, (c) => {
        const o = checkCase(c, { synthesize: false });
        seen[o.kind === "refused" ? "refused" : "loaded"]++;
      }),
      { seed: SEED, numRuns: 300, interruptAfterTimeLimit: 3000, markInterruptAsFailure: false },
    );
    assert.ok(seen.refused > 0 && seen.loaded > 0, `the mutations should give both valid and invalid files: ${JSON.stringify(seen)}`);
  });

  test("every input that loads synthesizes, validations included", () => {
    fc.assert(
      fc.property(fuzzCase, (c) => {
        checkCase(c, { synthesize: true });
      }),
      { seed: SEED + 1, numRuns: 40, interruptAfterTimeLimit: 4000, markInterruptAsFailure: false },
    );
  });

  test("the mutations: deletions, nulls, replacements, built-in names; the seeds themselves are valid", () => {
    for (const s of SEEDS) assert.deepEqual(checkCase({ seed: SEEDS.indexOf(s), mutations: [] }, { synthesize: false }), { kind: "loaded" }, s.name);
    const dev = SEEDS[0].data;
    assert.equal((mutate(dev, [{ op: "delete", at: 1 }]) as any).name, undefined, "path 1 is the first key (0 is the document)");
    assert.equal((mutate(dev, [{ op: "null", at: 1 }]) as any).name, null);
    assert.deepEqual(mutate(dev, [{ op: "replace", at: 0, value: [1] }]), [1], "the document itself can be replaced");
    const renamed = parse(caseText({ seed: 0, mutations: [{ op: "rename", at: 0, to: "constructor" }] }).text);
    assert.equal(renamed.name, "constructor");
    const added = caseText({ seed: 0, mutations: [{ op: "add", at: 0, key: "__proto__", value: 1 }] }).text;
    assert.match(added, /^__proto__: 1$/m, "a __proto__ key reaches the YAML as a key");
  });

  test("a problem without a line, a field or guidance is a finding", () => {
    assert.match(problemShortfall({ file: "a.yaml", path: "x", message: "must be a number" }, "a.yaml")!, /no line and column/);
    assert.match(problemShortfall({ file: "a.yaml", line: 1, column: 1, path: "", message: "must be a number" }, "a.yaml")!, /names no field/);
    assert.match(problemShortfall({ file: "a.yaml", line: 1, column: 1, path: "x", message: "Invalid input: expected number, received string" }, "a.yaml")!, /zod's own words/);
    assert.match(problemShortfall({ file: "a.yaml", line: 1, column: 1, path: "x", message: "function toString() { [native code] }" }, "a.yaml")!, /does not say|internal value/);
    assert.equal(problemShortfall({ file: "a.yaml", line: 1, column: 1, path: "x", message: "must be a number" }, "a.yaml"), undefined);
  });
});
