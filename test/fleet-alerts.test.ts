/**
 * Fleet-level model alerts: one policy per signal for the environment's models, one per group of
 * models with their own thresholds, filters within Cloud Monitoring's limits, and policies that do
 * not change when a model with the default thresholds is added.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parse } from "yaml";
import { GoogleProvider } from "../provider/google/provider";
import { TerraformStack, Testing } from "../lib/cdktn";
import { EnvironmentConfigInput } from "../lib/config/schema";
import { MAX_CONDITION_FILTER_CHARS } from "../lib/monitoring/definitions";
import { FleetModelAlerts } from "../lib/monitoring/fleet-model-alerts";
import { fleetAlertPolicyCount } from "../lib/monitoring/fleet-rules";
import { CHANNEL, MONITORING_PRESETS, PROJECT } from "./fixtures/monitoring";
import { assertProblem, resources, synthEnvironment, TfResource } from "./helpers";

/** The prod fixture with `n` generated models: half L4 on g2-standard-8, half T4 on n1-standard-8, maxReplicas 3-6. */
function prodWith(n: number, alertingModels?: Record<string, unknown>): Partial<EnvironmentConfigInput> {
  const raw = parse(fs.readFileSync(path.join(__dirname, "fixtures", "stacks", "prod.yaml"), "utf8"));
  raw.models = Array.from({ length: n }, (_, i) =>
    i % 2 === 0
      ? { name: `m${i}`, machineType: "g2-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 }, maxReplicas: 3 + (i % 4) }
      : { name: `m${i}`, machineType: "n1-standard-8", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, maxReplicas: 3 + (i % 4) },
  );
  // The fixture's overrides name its own models (churn, recommender), which are replaced; the
  // skew check reads churn's prediction logs, so it goes with them.
  delete raw.alerting;
  if (alertingModels) raw.alerting = { models: alertingModels };
  // A large fleet's endpoints live in serving stacks; its alerts stay in the environment's stack.
  if (n > 100) raw.serving = { shards: Math.ceil(n / 100) };
  return raw;
}

/** The model alert policies, keyed below `ModelAlerts/`. */
function modelPolicies(json: any): Record<string, TfResource> {
  const out: Record<string, TfResource> = {};
  const at = "Environment/ModelAlerts/";
  for (const [p, r] of Object.entries(resources(json, "google_monitoring_alert_policy"))) if (p.startsWith(at)) out[p.slice(at.length)] = r;
  return out;
}

const conditionBody = (c: any) => c.condition_threshold ?? c.condition_absent;
const filtersOf = (c: any): string[] => [conditionBody(c).filter, c.condition_threshold?.denominator_filter].filter(Boolean);
/** Endpoints a condition lists as the alternatives of a full match (not counting a NOT clause). */
const listed = (filter: string): string[] => {
  const m = /(?<!NOT )resource\.labels\.endpoint_id=monitoring\.regex\.full_match\("([a-z0-9|-]*)"\)/.exec(filter);
  return m ? m[1].split("|") : [];
};
const excludedBy = (filter: string): string[] => {
  const m = /NOT resource\.labels\.endpoint_id=monitoring\.regex\.full_match\("([a-z0-9|-]*)"\)/.exec(filter);
  return m ? m[1].split("|") : [];
};
const SIGNALS = ["Latency", "ErrorRate", "ReplicasAtMax", "GpuSaturated", "NoTraffic"];

describe("fleet model alerts in a prod environment", () => {
  const small = modelPolicies(synthEnvironment(prodWith(10)).json);
  const t0 = Date.now();
  const large = modelPolicies(synthEnvironment(prodWith(1000, { m1: { latencyP99Ms: 800 }, m3: { expectTraffic: false } })).json);
  const largeMs = Date.now() - t0;

  test("as many model policies for 1,000 models as for 10: one per signal, one per maxReplicas", () => {
    const expected = ["ErrorRate", "GpuSaturated", "Latency", "NoTraffic", "ReplicasAtMax-max3-15min", "ReplicasAtMax-max4-15min", "ReplicasAtMax-max5-15min", "ReplicasAtMax-max6-15min"];
    assert.deepEqual(Object.keys(small).sort(), expected);
    // The two overrides of the large fleet add one latency group (m3's expectTraffic: false only removes it from NoTraffic).
    assert.deepEqual(Object.keys(large).sort(), [...expected, "Latency-p99-800ms"].sort());
    assert.ok(largeMs < 60_000, `synthesis of 1,000 models took ${largeMs} ms`);
  });

  test("every endpoint is covered by latency, errors, GPU saturation and traffic (prefix) and by its replicas-at-max group", () => {
    for (const signal of ["Latency", "ErrorRate", "GpuSaturated", "NoTraffic"]) {
      const [c] = large[signal].conditions;
      assert.equal(large[signal].conditions.length, 1, signal);
      for (const f of filtersOf(c)) assert.match(f, /resource\.type="aiplatform\.googleapis\.com\/Endpoint" AND resource\.labels\.endpoint_id=starts_with\("prod-"\)/, signal);
      assert.deepEqual(conditionBody(c).aggregations[0].group_by_fields, ["resource.label.endpoint_id"], signal);
    }
    assert.deepEqual(excludedBy(large.Latency.conditions[0].condition_threshold.filter), ["prod-m1"]);
    assert.deepEqual(excludedBy(large.NoTraffic.conditions[0].condition_absent.filter), ["prod-m3"]);
    for (const signal of ["ErrorRate", "GpuSaturated"]) assert.doesNotMatch(large[signal].conditions[0].condition_threshold.filter, /NOT /, signal);
    // Each endpoint is in exactly one replicas group, whose threshold is its own maxReplicas.
    const seen = new Map<string, number>();
    for (const [key, p] of Object.entries(large).filter(([k]) => k.startsWith("ReplicasAtMax"))) {
      for (const c of p.conditions) {
        assert.deepEqual(c.condition_threshold.aggregations[0].group_by_fields, ["resource.label.endpoint_id", "metric.label.deployed_model_id"]);
        for (const id of listed(c.condition_threshold.filter)) {
          assert.ok(!seen.has(id), `${id} twice`);
          seen.set(id, c.condition_threshold.threshold_value);
          assert.equal(c.condition_threshold.threshold_value, 3 + (Number(id.slice("prod-m".length)) % 4), `${key}: ${id}`);
        }
      }
    }
    assert.equal(seen.size, 1000);
  });

  test("an overridden model is in its group's policy with its threshold, and not in the default one", () => {
    const group = large["Latency-p99-800ms"];
    assert.equal(group.conditions.length, 1);
    assert.equal(group.conditions[0].condition_threshold.threshold_value, 800);
    assert.deepEqual(listed(group.conditions[0].condition_threshold.filter), ["prod-m1"]);
    assert.equal(large.Latency.conditions[0].condition_threshold.threshold_value, 500);
    assert.equal(group.user_labels["alert-group"], "p99-800ms");
    assert.equal(large.Latency.user_labels["alert-group"], "default");
  });

  test("every filter is within Cloud Monitoring's limit and every policy has at most six conditions", () => {
    // Six, as alert.proto states (lib/catalog/quotas.ts), not a value derived from the code under test.
    for (const [key, p] of Object.entries(large)) {
      assert.ok(p.conditions.length >= 1 && p.conditions.length <= 6, key);
      for (const c of p.conditions) for (const f of filtersOf(c)) assert.ok(f.length <= MAX_CONDITION_FILTER_CHARS, `${key}: ${f.length}`);
    }
    // 250 endpoints per maxReplicas do not fit one filter: two conditions.
    assert.equal(large["ReplicasAtMax-max3-15min"].conditions.length, 2);
  });

  test("the runbook and subject name the endpoint through Monitoring's documentation variable", () => {
    for (const signal of SIGNALS.filter((s) => s !== "ReplicasAtMax")) {
      assert.match(large[signal].documentation.subject, /^\[prod\] \$\$\{resource\.label\.endpoint_id\}: /, signal);
      assert.match(large[signal].documentation.content, /- Endpoint ID: \$\$\{resource\.label\.endpoint_id\} \(the model is the ID without the environment's prefix `prod-`\)/, signal);
    }
    assert.match(large["ReplicasAtMax-max3-15min"].documentation.content, /Deployed model \$\$\{metric\.label\.deployed_model_id\} of the endpoint has run at its maximum of 3 replicas/);
    assert.equal(large.Latency.severity, "CRITICAL");
    assert.equal(large.GpuSaturated.severity, "WARNING");
  });
});

describe("adding a model", () => {
  test("with the default thresholds changes only its replicas-at-max group's filter (the list of that maxReplicas)", () => {
    const before = modelPolicies(synthEnvironment(prodWith(10)).json);
    const after = modelPolicies(synthEnvironment(prodWith(11)).json); // m10: maxReplicas 5
    assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort());
    const strip = (r: TfResource) => {
      const { "//": _, ...rest } = r;
      return rest;
    };
    for (const key of Object.keys(before)) {
      if (key === "ReplicasAtMax-max5-15min") continue;
      assert.deepEqual(strip(after[key]), strip(before[key]), key);
    }
    const changed = (r: TfResource) => r.conditions[0].condition_threshold.filter;
    assert.equal(changed(after["ReplicasAtMax-max5-15min"]), changed(before["ReplicasAtMax-max5-15min"]).replace('|prod-m6")', '|prod-m6|prod-m10")'));
  });
});

describe("FleetModelAlerts", () => {
  function synth(models: number, overrides: (i: number) => Record<string, unknown> = () => ({})): any {
    const app = Testing.app();
    const s = new TerraformStack(app, "t");
    new GoogleProvider(s, "google", { project: PROJECT, region: "us-central1" });
    const preset = MONITORING_PRESETS.prod;
    new FleetModelAlerts(s, "Fleet", {
      projectId: PROJECT,
      environment: "prod",
      notificationChannels: [CHANNEL],
      endpointPrefix: "prod-",
      preset,
      excludedEndpointIds: ["prod-garden", "other-public"],
      models: Array.from({ length: models }, (_, i) => ({
        name: `model-${i}`,
        endpointId: `prod-model-${i}`,
        maxReplicas: 3,
        acceleratorCount: i % 2,
        thresholds: { ...preset.thresholds, ...overrides(i) },
      })),
    });
    Testing.synth(s, true);
    return JSON.parse(JSON.stringify(s.toTerraform()));
  }

  test("a group too large for one policy continues in <key>-part2, each policy within six conditions", () => {
    const json = synth(1500);
    const p = resources(json, "google_monitoring_alert_policy");
    const replicas = Object.keys(p).filter((k) => k.startsWith("Fleet/ReplicasAtMax")).sort();
    assert.deepEqual(replicas, ["Fleet/ReplicasAtMax-max3-15min", "Fleet/ReplicasAtMax-max3-15min-part2", "Fleet/ReplicasAtMax-max3-15min-part3"]);
    const ids = replicas.flatMap((k) => p[k].conditions.flatMap((c: any) => listed(c.condition_threshold.filter)));
    assert.equal(ids.length, 1500);
    assert.equal(new Set(ids).size, 1500);
    assert.equal(p["Fleet/ReplicasAtMax-max3-15min"].conditions.length, 6);
    for (const k of replicas) assert.ok(p[k].conditions.length <= 6);
    assert.match(p["Fleet/ReplicasAtMax-max3-15min-part2"].display_name, /\(part 2 of 3\)$/);
    for (const r of Object.values(p)) for (const c of r.conditions) for (const f of filtersOf(c)) assert.ok(f.length <= MAX_CONDITION_FILTER_CHARS);
    const input = { environment: "prod", projectId: PROJECT, endpointPrefix: "prod-", defaults: MONITORING_PRESETS.prod.thresholds, excludedEndpointIds: [], privateServiceAccess: false, preset: MONITORING_PRESETS.prod };
    assert.equal(fleetAlertPolicyCount({ ...input, models: [] }), 0);
    assert.equal(Object.keys(p).length, 7, "Latency, ErrorRate, GpuSaturated, NoTraffic and three replicas parts");
  });

  test("endpoints without GPUs are in no GPU policy's list or exclusions", () => {
    const p = resources(synth(10, (i) => (i < 4 ? { gpuDutyCyclePercent: 70 } : {})), "google_monitoring_alert_policy");
    assert.deepEqual(listed(p["Fleet/GpuSaturated-70pct"].conditions[0].condition_threshold.filter), ["prod-model-1", "prod-model-3"]);
    assert.deepEqual(excludedBy(p["Fleet/GpuSaturated"].conditions[0].condition_threshold.filter), ["prod-model-1", "prod-model-3", "prod-garden"]);
    assert.equal(p["Fleet/GpuSaturated-70pct"].conditions[0].condition_threshold.threshold_value, 0.7);
  });

  test("unwatched endpoints with the prefix are excluded from every default policy; others need no exclusion", () => {
    const json = synth(2);
    const latency = resources(json, "google_monitoring_alert_policy")["Fleet/Latency"];
    assert.equal(
      latency.conditions[0].condition_threshold.filter,
      'metric.type="aiplatform.googleapis.com/prediction/online/prediction_latencies" AND resource.type="aiplatform.googleapis.com/Endpoint" AND resource.labels.endpoint_id=starts_with("prod-") AND NOT resource.labels.endpoint_id=monitoring.regex.full_match("prod-garden") AND metric.labels.latency_type="total"',
    );
  });

  test("a default filter longer than Cloud Monitoring accepts is refused at synth, with the count and the way out", () => {
    assertProblem(() => synth(200, (i) => (i < 150 ? { latencyP99Ms: 1000 + i } : {})), "Fleet.Latency", /^the default policy's filter would be \d+ characters, over Cloud Monitoring's 2048: it excludes 151 endpoints by name/);
  });

  test("endpoints outside the prefix, unknown at synth, or watched twice are errors", () => {
    const preset = MONITORING_PRESETS.prod;
    const model = (name: string, endpointId: string) => ({ name, endpointId, maxReplicas: 2, acceleratorCount: 0, thresholds: preset.thresholds });
    const build = () =>
      new FleetModelAlerts(new TerraformStack(Testing.app(), "t"), "Fleet", { projectId: PROJECT, environment: "prod", notificationChannels: [CHANNEL], endpointPrefix: "prod-", preset, models: [model("a", "dev-a"), model("b", "prod-b"), model("c", "prod-b")] });
    assertProblem(build, "Fleet.models.a.endpointId", /^must start with the fleet's endpoint prefix 'prod-'/);
    assertProblem(build, "Fleet.models.c.endpointId", /^is watched twice/);
  });
});

describe("environments without overrides or with unwatched models", () => {
  test("a dev environment excludes its public endpoint from the default policies and has no default no-traffic policy", () => {
    const json = synthEnvironment({
      models: [
        { name: "churn", machineType: "n1-standard-4", minReplicas: 1, maxReplicas: 3 },
        { name: "public", machineType: "n1-standard-4", minReplicas: 1, maxReplicas: 3, publicEndpoint: true },
      ],
    }).json;
    const p = modelPolicies(json);
    assert.deepEqual(Object.keys(p).sort(), ["ErrorRate", "Latency", "ReplicasAtMax-max3-60min"]);
    assert.deepEqual(excludedBy(p.Latency.conditions[0].condition_threshold.filter), ["test-public"]);
    assert.deepEqual(listed(p["ReplicasAtMax-max3-60min"].conditions[0].condition_threshold.filter), ["test-churn"]);
  });
});
