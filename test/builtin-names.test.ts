/**
 * Names that are also JavaScript built-ins (`constructor`, `__proto__`, `toString`) are names like
 * any other: valid ones synthesize, invalid ones are refused with the library's message, and no
 * lookup ever answers with an inherited property.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parse, stringify } from "yaml";
import { Testing } from "../lib/cdktn";
import { RETIRED_ACCELERATORS } from "../lib/catalog/machines";
import { parseEnvironment } from "../lib/config/load";
import { resolveModelThresholds } from "../lib/config/monitoring";
import { TIER_PRESETS } from "../lib/config/presets";
import { resolveEnvironment } from "../lib/config/spec";
import { keyedRecord, keyId } from "../lib/core/common";
import { formatProblem } from "../lib/core/errors";
import { own } from "../lib/core/lookup";
import { MlopsStack } from "../lib/stack";
import { resources } from "./helpers";

const prod = parse(fs.readFileSync(path.join(__dirname, "..", "stacks", "prod.yaml"), "utf8"));

/** prod.yaml with every user-named key that may be a built-in name renamed to one. */
function builtInNamed(): any {
  const c = structuredClone(prod);
  c.models[1].name = "constructor"; // its own pool is named after it
  c.alerting.models = { constructor: { latencyP99Ms: 900 } };
  c.pipelines[0].name = "constructor";
  c.models[0].monitoring.retrainPipeline = "constructor";
  c.featureStore.groups[0].name = "__proto__";
  c.featureStore.groups[0].features[0].name = "constructor";
  c.featureStore.groups[0].columns.constructor = "INT64";
  c.featureStore.views[0].name = "__proto__";
  c.featureStore.views[0].groups = ["__proto__"];
  c.notifications.webhooks = [{ name: "constructor", url: "https://incidents.example.com/gcp" }];
  return c;
}

function synth(config: unknown): any {
  const { config: parsed, problems } = parseEnvironment(stringify(config), "prod.yaml");
  assert.deepEqual(problems.map(formatProblem), []);
  const stack = new MlopsStack(Testing.app(), { spec: resolveEnvironment(parsed!) });
  Testing.synth(stack, true);
  return JSON.parse(JSON.stringify(stack.toTerraform()));
}

describe("names that are JavaScript built-ins", () => {
  const json = synth(builtInNamed());

  test("a model, pipeline, feature group, feature, view and webhook named constructor or __proto__ synthesize", () => {
    const endpoints = Object.values(resources(json, "google_vertex_ai_endpoint")).map((r) => r.name);
    assert.ok(endpoints.includes("prod-constructor"), endpoints.join(", "));
    // Prod endpoints carry a customer-managed key: the model's capacity is in the document, not a pool.
    const capacity = JSON.parse(Object.values(resources(json, "google_storage_bucket_object"))[0].content);
    assert.ok(Object.hasOwn(capacity.models, "constructor"), Object.keys(capacity.models).join(", "));
    assert.ok(Object.values(resources(json, "google_vertex_ai_feature_group")).some((r) => r.name === "__proto__"));
    assert.ok(Object.values(resources(json, "google_vertex_ai_feature_group_feature")).some((r) => r.name === "constructor"));
    assert.ok(Object.values(resources(json, "google_vertex_ai_feature_online_store_featureview")).some((r) => r.name === "__proto__"));
    assert.ok(Object.values(resources(json, "google_cloud_scheduler_job")).some((r) => r.name.includes("constructor")));
  });

  test("their construct ids get a suffix no YAML name can contain; other names are their own ids", () => {
    const paths = Object.keys(resources(json, "google_vertex_ai_feature_group"));
    assert.ok(paths.some((p) => p.includes("/__proto__~key")), paths.join(", "));
    assert.equal(keyId("constructor"), "constructor~key");
    assert.equal(keyId("__proto__"), "__proto__~key");
    assert.equal(keyId("toString"), "toString~key");
    assert.equal(keyId("churn"), "churn");
    assert.equal(keyId("customer_profile"), "customer_profile");
  });

  test("the stale-data alert of a view named __proto__ is not lost", () => {
    const names = Object.values(resources(json, "google_monitoring_alert_policy")).map((r) => r.display_name as string);
    assert.ok(names.some((n) => n.includes("__proto__")), names.join("\n"));
  });

  test("a model named constructor gets its own threshold override, and only its own", () => {
    const preset = TIER_PRESETS.prod.monitoring;
    assert.equal(resolveModelThresholds(preset, { models: { constructor: { latencyP99Ms: 900 } } } as never, "constructor").latencyP99Ms, 900);
    assert.equal(resolveModelThresholds(preset, { models: {} } as never, "constructor").latencyP99Ms, preset.thresholds.latencyP99Ms);
    assert.equal(resolveModelThresholds(preset, { models: {} } as never, "toString").latencyP99Ms, preset.thresholds.latencyP99Ms);
  });

  test("lookups in fixed tables answer only with the table's own keys", () => {
    assert.equal(own(RETIRED_ACCELERATORS, "toString"), undefined);
    assert.equal(own(RETIRED_ACCELERATORS, "constructor"), undefined);
    assert.match(own(RETIRED_ACCELERATORS, "NVIDIA_TESLA_K80")!, /end of life/);
    const r = keyedRecord<number>();
    assert.equal(r.constructor, undefined);
    r.__proto__ = 1;
    assert.deepEqual(Object.keys(r), ["__proto__"]);
  });

  test("a built-in name where a catalog value is expected is refused with the catalog's list", () => {
    const c = structuredClone(prod);
    c.models[0].accelerator.type = "toString";
    c.models[1].machineType = "constructor";
    c.region = "constructor";
    const shown = parseEnvironment(stringify(c), "prod.yaml").problems.map(formatProblem);
    assert.ok(shown.some((p) => /models\[0\]\.accelerator\.type: unknown accelerator 'toString'; allowed: NVIDIA_TESLA_T4, /.test(p)), shown.join("\n"));
    assert.ok(shown.some((p) => /models\[1\]\.machineType: unknown machine type 'constructor'; allowed: /.test(p)), shown.join("\n"));
    assert.ok(shown.some((p) => /region: not a region where Vertex AI is offered; allowed: /.test(p)), shown.join("\n"));
    assert.ok(shown.every((p) => !/function|native code/.test(p)), shown.join("\n"));
  });

  test("a __proto__ key anywhere is refused at its line instead of being dropped", () => {
    const text = "name: dev\nprojectId: acme-mlops-dev\nregion: us-central1\ntier: dev\npipelines:\n  - name: train\n    template: { name: train }\n    triggers: { onAlert: true }\n    parameters:\n      __proto__: 3\n";
    assert.deepEqual(parseEnvironment(text, "dev.yaml").problems.map(formatProblem), [
      "dev.yaml:10:7: pipelines[0].parameters.__proto__: cannot be a key: JavaScript reserves '__proto__'; rename it",
    ]);
  });
});
