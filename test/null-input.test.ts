/**
 * Every block, field and list item of the schema, emptied: `network:` with its body commented out,
 * `onAlert: ~`, a `~` item in a list. The test walks the zod schema itself, so a block added later
 * is covered without being listed here, and requires for each emptied place one clear problem at
 * that place: the file's line and column, the field path, what is allowed, and the value (null).
 * Never an exception from a check that read into the empty value.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parse, stringify } from "yaml";
import { parseEnvironment } from "../lib/config/load";
import { EnvironmentConfigSchema } from "../lib/config/schema";
import { formatPath, formatProblem } from "../lib/core/errors";

type Segment = string | number;

/** A key for a record's values, per record (a valid one where the record's keys are checked). */
const RECORD_KEYS: Readonly<Record<string, string>> = {
  labels: "team",
  "alerting.models": "churn",
  parameters: "epochs",
};

/** Every path the schema describes: object fields, the first item of each list, one value of each record. */
function schemaPaths(schema: any, at: Segment[] = [], out: Segment[][] = []): Segment[][] {
  const def = schema?._zod?.def;
  switch (def?.type) {
    case "optional":
    case "default":
    case "nullable":
    case "readonly":
      return schemaPaths(def.innerType, at, out);
    case "pipe":
      return schemaPaths(def.in, at, out);
    case "union":
      for (const option of def.options) schemaPaths(option, at, out);
      return out;
    case "object":
      for (const [key, field] of Object.entries(def.shape)) {
        out.push([...at, key]);
        schemaPaths(field, [...at, key], out);
      }
      return out;
    case "array":
      out.push([...at, 0]);
      return schemaPaths(def.element, [...at, 0], out);
    case "record": {
      const named = at.filter((s) => typeof s === "string").join(".");
      const key = Object.entries(RECORD_KEYS).find(([suffix]) => named === suffix || named.endsWith(`.${suffix}`))?.[1] ?? "key";
      out.push([...at, key]);
      return schemaPaths(def.valueType, [...at, key], out);
    }
    default:
      return out;
  }
}

/** `data` with null at `at`, creating the containers on the way (a mapping, or a list of one). */
function withNull(data: any, at: readonly Segment[]): any {
  const copy = structuredClone(data);
  let node = copy;
  at.forEach((seg, i) => {
    if (i === at.length - 1) {
      node[seg] = null;
      return;
    }
    const next = at[i + 1];
    const fits = typeof next === "number" ? Array.isArray(node[seg]) : node[seg] !== null && typeof node[seg] === "object" && !Array.isArray(node[seg]);
    if (!fits) node[seg] = typeof next === "number" ? [] : {};
    node = node[seg];
  });
  return copy;
}

const base = parse(fs.readFileSync(path.join(__dirname, "..", "stacks", "prod.yaml"), "utf8"));
const paths = schemaPaths(EnvironmentConfigSchema);

describe("an emptied block, field or list item gets one clear problem at its place", () => {
  test("the walk reaches every capability's blocks", () => {
    const shown = new Set(paths.map((p) => String(p[0])));
    for (const top of Object.keys((EnvironmentConfigSchema as any)._zod.def.shape)) assert.ok(shown.has(top), top);
    assert.ok(paths.length >= 150, `only ${paths.length} paths`);
    for (const deep of ["models[0].monitoring.features[0].statistic", "pipelines[0].triggers.onAlert.parameter", "featureStore.views[0].features[0].features[0]", "notifications.webhooks[0].basicAuth.passwordSecret", "alerting.models.churn.latencyP99Ms"]) {
      assert.ok(paths.some((p) => formatPath(p) === deep), deep);
    }
  });

  test(`each of the ${paths.length} places, set to null`, () => {
    const failures: string[] = [];
    for (const at of paths) {
      const where = formatPath(at);
      const text = stringify(withNull(base, at));
      let problems;
      try {
        problems = parseEnvironment(text, "env.yaml").problems;
      } catch (err) {
        failures.push(`${where}: threw ${String((err as Error)?.stack ?? err).split("\n").slice(0, 2).join(" | ")}`);
        continue;
      }
      const hit = problems.find((p) => p.path === where);
      if (!hit) {
        failures.push(`${where}: no problem at the emptied place; got:\n    ${problems.map(formatProblem).join("\n    ") || "(accepted)"}`);
        continue;
      }
      const shown = formatProblem(hit);
      if (!Number.isInteger(hit.line) || !Number.isInteger(hit.column)) failures.push(`${where}: no line and column: ${shown}`);
      if (!/^(is empty|has no value); /.test(hit.message) || !/\b(allowed|must|required|omit|remove)\b/.test(hit.message)) {
        failures.push(`${where}: does not say the value is empty and what is allowed: ${shown}`);
      }
      if (!/\(got null\)$/.test(shown)) failures.push(`${where}: does not show the value: ${shown}`);
      if (/Invalid input|expected \w+, received/.test(hit.message)) failures.push(`${where}: zod's own words: ${shown}`);
    }
    assert.deepEqual(failures, []);
  });

  test("a body commented out reads as the user wrote it: the block's line, its fields, how to leave it out", () => {
    const text = "name: dev\nprojectId: acme-mlops-dev\nregion: us-central1\ntier: dev\nnetwork:\n#  subnetCidr: 10.10.0.0/20\nfeatureStore:\n#  groups: []\n";
    assert.deepEqual(parseEnvironment(text, "dev.yaml").problems.map(formatProblem), [
      "dev.yaml:5:9: network: is empty; must be a mapping with the fields subnetCidr, privateServiceAccess, privateServiceAccessCidr, flowLogSampling, sharedVpc; or remove the key to use the defaults (got null)",
      "dev.yaml:7:14: featureStore: is empty; must be a mapping with the fields name, storage, bigtable, privateEndpoint, projectAllowlist, groups, views; or remove the key to leave it out (got null)",
    ]);
  });

  test("an emptied list or item is reported once: references into it are not checked", () => {
    const emptied = (at: Segment[]) => parseEnvironment(stringify(withNull(base, at)), "env.yaml").problems.map((p) => p.path);
    assert.deepEqual(emptied(["pipelines"]), ["pipelines"], "no 'no pipeline named' for the model's retrainPipeline");
    assert.deepEqual(emptied(["pipelines", 0]), ["pipelines[0]"]);
    assert.deepEqual(emptied(["pipelines", 0, "triggers", "onAlert"]), ["pipelines[0].triggers.onAlert"], "no 'has no onAlert trigger'");
    assert.deepEqual(emptied(["featureStore", "groups", 0]), ["featureStore.groups[0]"], "no 'no feature group named'");
    assert.deepEqual(emptied(["models"]), ["models"], "no 'no model named' for alerting.models");
  });

  test("checks that run past failed fields go through checkAcross only (no other `when`)", () => {
    const root = path.join(__dirname, "..", "lib");
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith(".ts") && p !== path.join(root, "config", "fields.ts") && /\bwhen:\s/.test(fs.readFileSync(p, "utf8"))) offenders.push(path.relative(root, p));
      }
    };
    walk(root);
    assert.deepEqual(offenders, []);
  });
});
