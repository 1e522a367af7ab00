import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { parseDocument } from "yaml";
import { z } from "zod";
import { WAREHOUSE_DATASETS } from "../lib/bigquery/warehouse";
import {
  alertParameter,
  DEFAULT_ALERT_PARAMETER,
  DEFAULT_OBJECT_PARAMETER,
  DEFAULT_TIME_ZONE,
  PIPELINE_DATASETS,
  PIPELINE_TRIGGER_BUCKETS,
  PipelineConfigInput,
  PipelinesSchema,
  templateReference,
} from "../lib/config/pipelines";
import { formatPath } from "../lib/core/errors";
import { pipelineResourceNames, resourceNameProblems } from "../lib/pipelines/requests";
import { DATA_LAKE_BUCKETS } from "../lib/storage/data-lake";

const VERSION = `sha256:${"ab12".repeat(16)}`;

/** A valid pipeline; tests override what they exercise. */
function pipeline(overrides: Record<string, unknown> = {}): PipelineConfigInput {
  return {
    name: "train",
    template: { name: "training", tag: "v1" },
    parameters: { epochs: 3 },
    triggers: { schedule: { cron: "0 3 * * MON" } },
    ...overrides,
  } as PipelineConfigInput;
}

/** Every issue of a list of pipelines as "path: message". */
function issues(list: unknown): string[] {
  const r = PipelinesSchema.safeParse(list);
  return r.success ? [] : r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

/** The one issue of `list`; fails when there is none or more than one. */
function only(list: unknown): string {
  const found = issues(list);
  assert.equal(found.length, 1, `expected one issue, got:\n${found.join("\n")}`);
  return found[0];
}

/** Issues of a YAML `pipelines:` list, parsed the way environment files are (doc.toJS()). */
function yamlIssues(text: string): string[] {
  return issues(parseDocument(text).toJS());
}

describe("pipelines schema: valid input and defaults", () => {
  test("a valid pipeline parses, with the defaults applied", () => {
    const [p] = PipelinesSchema.parse([
      pipeline({ template: { name: "training" }, triggers: { schedule: { cron: "*/15 8-18 * * MON-FRI" }, onNewData: { bucket: "data" }, onAlert: true } }),
    ]);
    assert.equal(p.triggers.schedule?.timeZone, DEFAULT_TIME_ZONE);
    assert.equal(p.triggers.onNewData?.prefix, "");
    assert.equal(p.triggers.onNewData?.parameter, DEFAULT_OBJECT_PARAMETER);
    assert.equal(alertParameter(p.triggers.onAlert), DEFAULT_ALERT_PARAMETER);
    assert.equal(templateReference(p.template), "latest");
    assert.deepEqual(p.datasets, {});
  });

  test("no pipelines is an empty list", () => {
    assert.deepEqual(PipelinesSchema.parse(undefined), []);
  });

  test("JSON values of every kind are accepted as parameters", () => {
    const params = { s: "x", n: -1.5, i: 9007199254740991, b: false, l: [1, "a", [true]], m: { nested: { deep: null } }, template: "${not_an_expression}" };
    assert.deepEqual(issues([pipeline({ parameters: params })]), []);
  });

  test("template version, tag, and datasets with their access", () => {
    const [p] = PipelinesSchema.parse([pipeline({ template: { name: "training", version: VERSION }, datasets: { raw: "read", features: "readWrite" } })]);
    assert.equal(templateReference(p.template), VERSION);
    assert.deepEqual(p.datasets, { raw: "read", features: "readWrite" });
  });

  test("onAlert may name the parameter the alert is passed in", () => {
    const [p] = PipelinesSchema.parse([pipeline({ triggers: { onAlert: { parameter: "drift_report" } } })]);
    assert.equal(alertParameter(p.triggers.onAlert), "drift_report");
  });
});

describe("pipelines schema: every rule and its message", () => {
  test("malformed cron", () => {
    assert.match(only([pipeline({ triggers: { schedule: { cron: "0 3 * *" } } })]), /^\[0\]\.triggers\.schedule\.cron: has 4 fields, cron needs exactly five; allowed: five fields/);
    assert.match(only([pipeline({ triggers: { schedule: { cron: "0 25 * * *" } } })]), /^\[0\]\.triggers\.schedule\.cron: '25' is not a valid hour \(0-23\)/);
  });

  test("malformed time zone", () => {
    assert.equal(
      only([pipeline({ triggers: { schedule: { cron: "0 3 * * *", timeZone: "CET+1" } } })]),
      "[0].triggers.schedule.timeZone: not a time zone; allowed: an IANA time zone name such as Etc/UTC, Europe/Paris or America/New_York",
    );
  });

  test("a trigger on a bucket the environment does not own", () => {
    assert.equal(
      only([pipeline({ triggers: { onNewData: { bucket: "acme-landing-zone" } } })]),
      "[0].triggers.onNewData.bucket: not a bucket of the environment; allowed: data, artifacts, pipeline-root, checkpoints (the environment's buckets by purpose, not bucket names)",
    );
  });

  test("watching the whole pipeline root would make every run start the next", () => {
    assert.match(only([pipeline({ triggers: { onNewData: { bucket: "pipeline-root" } } })]), /^\[0\]\.triggers\.onNewData\.prefix: required on pipeline-root: every run writes its artifacts there/);
  });

  test("watching a folder of the pipeline root where runs write", () => {
    const list = [pipeline({ triggers: { onNewData: { bucket: "pipeline-root", prefix: "tra" } } }), pipeline({ name: "score", triggers: { onNewData: { bucket: "pipeline-root", prefix: "train/x/" } } })];
    assert.deepEqual(issues(list), [
      "[0].triggers.onNewData.prefix: overlaps 'pipeline-root/train/', where the runs of pipeline 'train' write their artifacts; each of those runs would start another",
      "[1].triggers.onNewData.prefix: overlaps 'pipeline-root/train/', where the runs of pipeline 'train' write their artifacts; each of those runs would start another",
    ]);
    assert.deepEqual(issues([pipeline({ triggers: { onNewData: { bucket: "pipeline-root", prefix: "incoming/" } } })]), []);
  });

  test("malformed object prefix", () => {
    assert.match(only([pipeline({ triggers: { onNewData: { bucket: "data", prefix: "/incoming" } } })]), /^\[0\]\.triggers\.onNewData\.prefix: not a usable object prefix; allowed: 0-512 letters/);
    assert.match(only([pipeline({ triggers: { onNewData: { bucket: "data", prefix: "in*" } } })]), /onNewData\.prefix: not a usable object prefix/);
  });

  test("a pipeline without a template", () => {
    const p: Record<string, unknown> = { ...pipeline() };
    delete p.template;
    assert.equal(only([p]), "[0].template: a pipeline needs a template: a KFP template in the environment's pipelines repository, e.g. { name: training, tag: v1 }");
    assert.equal(only([pipeline({ template: "training" })]), "[0].template: must be a KFP template: { name, tag } or { name, version }");
  });

  test("a template with both a tag and a version", () => {
    assert.equal(
      only([pipeline({ template: { name: "training", tag: "v1", version: VERSION } })]),
      "[0].template.version: give either tag or version, not both: a version already names one exact template",
    );
  });

  test("malformed template name, tag and version", () => {
    assert.match(only([pipeline({ template: { name: "my/training" } })]), /^\[0\]\.template\.name: not a valid KFP template name; allowed: 1-128 letters/);
    assert.match(only([pipeline({ template: { name: "training", tag: "sha256:abc" } })]), /^\[0\]\.template\.tag: not a valid template tag; allowed: .*not starting with 'sha256:'/);
    assert.match(only([pipeline({ template: { name: "training", version: "v1" } })]), /^\[0\]\.template\.version: not a template version; allowed: 'sha256:' followed by 64 lowercase hex digits/);
  });

  test("duplicate pipeline names", () => {
    assert.equal(
      only([pipeline(), pipeline({ name: "score" }), pipeline()]),
      "[2].name: duplicate pipeline name 'train', already used by pipelines[0]; each pipeline needs its own name",
    );
  });

  test("names Cloud Scheduler, Workflows, Pub/Sub, Eventarc or labels would reject", () => {
    for (const name of ["Train", "train_v2", "2train", "train-", "goog train"]) {
      assert.match(only([pipeline({ name })]), /^\[0\]\.name: not a valid pipeline name; allowed: 1-30 lowercase letters, digits or hyphens, starting with a letter/, name);
    }
    assert.match(only([pipeline({ name: "t".repeat(31) })]), /^\[0\]\.name: too long: 31 characters, at most 30; allowed: 1-30 lowercase letters/);
  });

  test("the longest pipeline name with the longest environment name gives names every service accepts", () => {
    const names = pipelineResourceNames("e".repeat(20), `t${"0".repeat(29)}`);
    assert.deepEqual(resourceNameProblems(names), []);
    assert.equal(names.newDataTrigger.length, 60);
    assert.match(resourceNameProblems(pipelineResourceNames("e".repeat(45), "train-with-a-long-name"))[0].message, /breaks the rule of Workflows names: 1-64 letters/);
    assert.match(resourceNameProblems(pipelineResourceNames("goog", "train")).map((p) => p.message).join("\n"), /Pub\/Sub topic names: .*not with 'goog'/);
  });

  test("parameter values that are not JSON-serializable", () => {
    const cases: [unknown, string][] = [
      [Number.NaN, "[0].parameters.p: NaN is not a JSON number; allowed: finite numbers (YAML .inf and .nan are not)"],
      [Number.POSITIVE_INFINITY, "[0].parameters.p: Infinity is not a JSON number; allowed: finite numbers (YAML .inf and .nan are not)"],
      [new Date("2024-01-31"), '[0].parameters.p: is a date, which JSON has no type for; quote it to pass a string, e.g. "2024-01-31"'],
      [new Uint8Array([1, 2]), "[0].parameters.p: is binary data, which JSON has no type for; pass a gs:// URI or a base64 string instead"],
      [undefined, "[0].parameters.p: has no value; allowed: strings, numbers, booleans, lists and maps of these"],
      [null, "[0].parameters.p: has no value; omit the parameter to use the template's default"],
      [2 ** 60, "[0].parameters.p: integer too large to be sent exactly (beyond ±9007199254740991); quote it to pass a string"],
      [() => 1, "[0].parameters.p: a function is not a JSON value; allowed: strings, numbers, booleans, null, lists and maps of these"],
      [BigInt(1), "[0].parameters.p: a bigint is not a JSON value; allowed: strings, numbers, booleans, null, lists and maps of these"],
      [new Map(), "[0].parameters.p: a Map object is not a JSON value; allowed: strings, numbers, booleans, null, lists and maps of these"],
      [{ grid: [1, Number.NaN] }, "[0].parameters.p.grid[1]: NaN is not a JSON number; allowed: finite numbers (YAML .inf and .nan are not)"],
    ];
    for (const [value, expected] of cases) assert.equal(only([pipeline({ parameters: { p: value } })]), expected, String(value));
  });

  test("YAML values without a JSON form: .inf, .nan, !!binary, !!timestamp", () => {
    const text = [
      "- name: train",
      "  template: { name: training }",
      "  triggers: { schedule: { cron: '0 3 * * *' } }",
      "  parameters:",
      "    threshold: .inf",
      "    ratio: .nan",
      "    blob: !!binary aGVsbG8=",
      "    since: !!timestamp 2024-01-31",
      "    ok: [1, two, { three: 3 }]",
    ].join("\n");
    assert.deepEqual(yamlIssues(text), [
      "[0].parameters.threshold: Infinity is not a JSON number; allowed: finite numbers (YAML .inf and .nan are not)",
      "[0].parameters.ratio: NaN is not a JSON number; allowed: finite numbers (YAML .inf and .nan are not)",
      "[0].parameters.blob: is binary data, which JSON has no type for; pass a gs:// URI or a base64 string instead",
      '[0].parameters.since: is a date, which JSON has no type for; quote it to pass a string, e.g. "2024-01-31"',
    ]);
  });

  test("parameter names must be pipeline input names", () => {
    assert.equal(only([pipeline({ parameters: { "learning-rate": 0.1 } })]), "[0].parameters.learning-rate: not a valid parameter name; allowed: a pipeline input name: 1-128 letters, digits or '_', not starting with a digit");
    assert.equal(only([pipeline({ parameters: ["epochs"] })]), "[0].parameters: must be a mapping of pipeline input names to values");
  });

  test("a fixed parameter that a trigger sets", () => {
    assert.equal(
      only([pipeline({ parameters: { trigger_object_uri: "gs://x" }, triggers: { onNewData: { bucket: "data" } } })]),
      "[0].parameters.trigger_object_uri: is set by the onNewData trigger for the runs it starts; remove it or give triggers.onNewData another parameter",
    );
    assert.equal(
      only([pipeline({ parameters: { trigger_alert: "" }, triggers: { onAlert: true } })]),
      "[0].parameters.trigger_alert: is set by the onAlert trigger for the runs it starts; remove it or give triggers.onAlert another parameter",
    );
    assert.equal(
      only([pipeline({ triggers: { onNewData: { bucket: "data", parameter: "source" }, onAlert: { parameter: "source" } } })]),
      "[0].triggers.onAlert: uses the parameter 'source' of onNewData; the two triggers need different parameters",
    );
  });

  test("a pipeline without a trigger", () => {
    const msg = "[0].triggers: declare at least one of schedule, onNewData, onAlert: a pipeline without a trigger starts nothing";
    assert.equal(only([pipeline({ triggers: {} })]), msg);
    assert.equal(only([pipeline({ triggers: { onAlert: false } })]), msg);
    const p: Record<string, unknown> = { ...pipeline() };
    delete p.triggers;
    assert.equal(only([p]), "[0].triggers: a pipeline needs triggers: declare at least one of schedule, onNewData, onAlert");
  });

  test("onAlert must be a boolean or name a parameter", () => {
    assert.equal(only([pipeline({ triggers: { onAlert: "yes" } })]), "[0].triggers.onAlert: must be true, false or { parameter: <pipeline input name> }");
  });

  test("datasets: only the environment's, with read or readWrite", () => {
    assert.equal(only([pipeline({ datasets: { raw: "write" } })]), "[0].datasets.raw: not an access level; allowed: read, readWrite");
    const unknown = PipelinesSchema.safeParse([pipeline({ datasets: { staging: "read" } })]);
    assert.ok(!unknown.success);
    assert.deepEqual(unknown.error.issues.map((i) => [i.code, formatPath(i.path)]), [["unrecognized_keys", "[0].datasets"]]);
  });

  test("unknown fields are rejected (the loader names them and suggests the closest)", () => {
    const r = PipelinesSchema.safeParse([pipeline({ trigger: {} })]);
    assert.ok(!r.success);
    assert.deepEqual(r.error.issues.map((i) => [i.code, (i as { keys?: string[] }).keys]), [["unrecognized_keys", ["trigger"]]]);
  });

  test("every problem of every pipeline is reported at once", () => {
    const found = issues([pipeline({ name: "Bad", triggers: { schedule: { cron: "x", timeZone: "Mars/Olympus" } } }), pipeline({ template: undefined, parameters: { p: Number.NaN } })]);
    assert.deepEqual(found.map((f) => f.split(":")[0]), ["[0].name", "[0].triggers.schedule.cron", "[0].triggers.schedule.timeZone", "[1].template", "[1].parameters.p"]);
  });
});

describe("pipelines schema: consistency with the rest of the library", () => {
  test("the trigger buckets and datasets are the environment's", () => {
    assert.deepEqual([...PIPELINE_TRIGGER_BUCKETS], Object.keys(DATA_LAKE_BUCKETS));
    assert.deepEqual([...PIPELINE_DATASETS], Object.keys(WAREHOUSE_DATASETS));
  });

  test("the JSON Schema for editors offers the buckets, datasets and access levels", () => {
    const schema: any = z.toJSONSchema(PipelinesSchema, { io: "input", unrepresentable: "any" });
    const item = schema.items;
    assert.deepEqual(item.required.sort(), ["name", "template", "triggers"]);
    assert.deepEqual(item.properties.triggers.properties.onNewData.properties.bucket.enum, [...PIPELINE_TRIGGER_BUCKETS]);
    assert.deepEqual(Object.keys(item.properties.datasets.properties), [...PIPELINE_DATASETS]);
    assert.deepEqual(item.properties.datasets.properties.raw.enum, ["read", "readWrite"]);
    assert.equal(item.additionalProperties, false);
  });
});
