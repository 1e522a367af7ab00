import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, test } from "node:test";
import { parse, stringify } from "yaml";
import { GoogleProvider } from "../provider/google/provider";
import { MonitoringAlertPolicy } from "../provider/google/monitoring-alert-policy";
import { App, TerraformStack } from "../lib/cdktn";
import { buildApp } from "../lib/app";
import { QUOTAS } from "../lib/catalog/quotas";
import { parseEnvironment } from "../lib/config/load";
import { ValidationError } from "../lib/core/errors";
import { main } from "../lib/cli";
import { modelOf, QuotaStack, quotaBudget } from "../lib/quota/budget";
import { jsonQuotaStack } from "../lib/quota/json";
import { appQuotaStacks } from "../lib/quota/tree";

const ROOT = path.join(__dirname, "..");

/** A stack of `count` resources of `type` in one project (and region). */
function stackOf(stack: string, project: string, type: string, count: number, o: Partial<QuotaStack> & { region?: string; model?: (i: number) => string } = {}): QuotaStack {
  return {
    stack,
    project,
    region: o.region,
    declared: o.declared,
    models: o.models,
    resources: Array.from({ length: count }, (_, i) => ({ type, path: `${stack}/Environment/Serving/Models/${o.model?.(i) ?? `m${i}`}/Endpoint`, project, region: o.region })),
  };
}

describe("counting and adding up across stacks", () => {
  test("two stacks in one project add up; another project counts on its own", () => {
    const { rows } = quotaBudget([
      stackOf("a", "shared", "google_service_account", 60),
      stackOf("b", "shared", "google_service_account", 30),
      stackOf("c", "other", "google_service_account", 70),
    ]);
    const sa = rows.filter((r) => r.quota === "serviceAccountsPerProject").map((r) => [r.project, r.used, r.state, r.stacks.map((s) => `${s.stack}:${s.used}`).join(",")]);
    assert.deepEqual(sa, [
      ["other", 70, "within", "c:70"],
      ["shared", 90, "within", "a:60,b:30"],
    ]);
  });

  test("two environments sharing a project go over together, naming both stacks, Google's default and its source", () => {
    const { errors } = quotaBudget([
      { ...stackOf("a", "shared", "google_service_account", 60), file: "stacks/a.yaml" },
      { ...stackOf("b", "shared", "google_service_account", 50), file: "stacks/b.yaml" },
    ]);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].file, "stacks/a.yaml");
    assert.equal(errors[0].path, "quotas.serviceAccountsPerProject");
    assert.match(errors[0].message, /^project shared would have 110 user-managed service accounts per project, over Google's default of 100 \(https:\/\/cloud\.google\.com\/iam\/docs\/service-accounts-create/);
    assert.match(errors[0].message, /stacks: a 60, b 50/);
    assert.match(errors[0].message, /request an increase .* declare the granted value as quotas\.serviceAccountsPerProject/);
  });

  test("regional quotas count per project and region; a declaration applies to its environment's project and region", () => {
    const ep = "google_vertex_ai_endpoint";
    const { rows, errors, warnings } = quotaBudget([
      stackOf("eu", "p", ep, 5, { region: "europe-west4", declared: { vertexEndpointsPerRegion: 4 } }),
      stackOf("us", "p", ep, 7, { region: "us-central1" }),
    ]);
    assert.deepEqual(
      rows.map((r) => [r.region, r.used, r.limit, r.state]),
      [
        ["europe-west4", 5, 4, "over"],
        ["us-central1", 7, undefined, "unknown"],
      ],
    );
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /^project p in europe-west4 would have 5 Vertex AI endpoints per region, over the declared 4 \(quotas\.vertexEndpointsPerRegion of stack 'eu'; Google's default \(unknown\)/);
    // Unknown defaults are reported, not failed.
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0].path, "quotas");
    assert.match(warnings[0].message, /^not checked, Google's default unknown: vertexEndpointsPerRegion 7 \(project p in us-central1\); declare the values granted to the project under quotas: to have them checked/);
  });

  test("the largest declaration of a project counts; models are attributed by construct path, the longest name winning", () => {
    const s = (stack: string, declared?: number) => stackOf(stack, "p", "google_vertex_ai_endpoint", 3, { region: "r", declared: declared ? { vertexEndpointsPerRegion: declared } : undefined });
    assert.equal(quotaBudget([s("a", 5), s("b", 10)]).rows[0].limit, 10);
    assert.equal(modelOf("prod/Environment/Alerts-churn-v2/Latency", ["churn", "churn-v2", "v2"]), "churn-v2");
    assert.equal(modelOf("prod/Environment/Serving/Models/churn/Endpoint", ["churn", "rec"]), "churn");
    assert.equal(modelOf("prod/Environment/Identity/workbench", ["churn"]), undefined);
  });

  test("per-policy limits are checked on each policy, naming the largest", () => {
    const policy = (n: number) => ({ type: "google_monitoring_alert_policy", path: `s/Environment/Alerts/p${n}`, project: "p", conditions: n, channels: 1 });
    const { rows, errors } = quotaBudget([{ stack: "s", project: "p", resources: [policy(2), policy(7), policy(3)] }]);
    const row = rows.find((r) => r.quota === "conditionsPerPolicy")!;
    assert.deepEqual([row.used, row.policy, row.state], [7, "s/Environment/Alerts/p7", "over"]);
    assert.match(errors.find((e) => e.path === "quotas.conditionsPerPolicy")!.message, /^an alert policy in project p has 7 \(conditions per alert policy\), over Google's limit of 6 .*the largest policy is s\/Environment\/Alerts\/p7; .*Google does not raise this limit/);
  });
});

describe("every stack of the app, whatever built it", () => {
  test("a stack that is not an environment's counts in its provider's project (or the resource's own), and adds to the environment's", () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "mlops-quota-")) });
    const extra = (id: string, project: string, n: number) => {
      const stack = new TerraformStack(app, id);
      new GoogleProvider(stack, "google", { project, region: "us-central1" });
      for (let i = 0; i < n; i++) {
        new MonitoringAlertPolicy(stack, `p${i}`, { displayName: `p${i}`, combiner: "OR", conditions: [{ displayName: "c", conditionAbsent: { filter: "x", duration: "300s" } }] });
      }
      return stack;
    };
    extra("a-serving-1", "shared", 1200);
    extra("b-serving-1", "shared", 801);
    const other = extra("c", "other", 1);
    new MonitoringAlertPolicy(other, "elsewhere", { project: "shared", displayName: "x", combiner: "OR", conditions: [{ displayName: "c", conditionAbsent: { filter: "x", duration: "300s" } }] });
    const { rows, errors } = quotaBudget(appQuotaStacks(app));
    const policies = rows.filter((r) => r.quota === "alertPoliciesPerProject").map((r) => [r.project, r.used]);
    assert.deepEqual(policies, [
      ["other", 1],
      ["shared", 2002],
    ]);
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /^project shared would have 2,002 alert policies per project, over Google's limit of 2,000 \(https:\/\/docs\.cloud\.google\.com\/monitoring\/alerts\/using-alerting-api/);
    assert.match(errors[0].message, /stacks: a-serving-1 1,200, b-serving-1 801, c 1/);
  });

  test("the review reads the same budget from synthesized JSON, with the declarations synthesis recorded", () => {
    const json = {
      provider: { google: [{ project: "p", region: "us-central1" }] },
      resource: {
        google_vertex_ai_endpoint: { a: { location: "us-central1", "//": { metadata: { path: "s/Environment/Serving/Models/a/Endpoint" } } }, b: { project: "${var.x}" } },
      },
    };
    const s = jsonQuotaStack("s", json, { stack: "s", project: "p", region: "us-central1", declared: { vertexEndpointsPerRegion: 1 }, models: ["a"] });
    assert.deepEqual(
      s.resources.map((r) => [r.path, r.project, r.region]),
      [
        ["s/Environment/Serving/Models/a/Endpoint", "p", "us-central1"],
        ["google_vertex_ai_endpoint.b", "p", "us-central1"],
      ],
    );
    const [row] = quotaBudget([s]).rows;
    assert.deepEqual([row.used, row.limit, row.state, row.models], [2, 1, "over", [{ model: "a", used: 1 }]]);
  });
});

/** A folder with the prod fixture, its models replaced by `n` generated ones (no pool: prod has CMEK). */
function fleetDir(n: number, quotas?: Record<string, number>): string {
  const prod = parse(fs.readFileSync(path.join(ROOT, "test", "fixtures", "stacks", "prod.yaml"), "utf8"));
  const models = Array.from({ length: n }, (_, i) => ({ name: `model-${String(i).padStart(3, "0")}`, machineType: "g2-standard-8", accelerator: { type: "NVIDIA_L4", count: 1 }, maxReplicas: 2 }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-fleet-"));
  fs.writeFileSync(path.join(dir, "prod.yaml"), stringify({ ...prod, alerting: undefined, models, ...(quotas ? { quotas } : {}) }));
  return dir;
}

describe("a fleet that cannot fit fails at synthesis", () => {
  test("over the declared endpoints of its project and region: the message names quota, values, count and models; the CLI prints it without a stack trace", () => {
    const dir = fleetDir(24, { vertexEndpointsPerRegion: 20 });
    assert.throws(
      () => buildApp({ configDir: dir }),
      (e: unknown) => {
        assert.ok(e instanceof ValidationError);
        const p = e.problems.find((x) => x.path === "quotas.vertexEndpointsPerRegion")!;
        assert.ok(p, e.message);
        assert.equal(p.file, path.join(dir, "prod.yaml"));
        assert.ok(p.line! > 1);
        assert.match(p.message, /^project acme-mlops-prod in us-central1 would have 24 Vertex AI endpoints per region, over the declared 20 \(quotas\.vertexEndpointsPerRegion of stack 'prod'; Google's default \(unknown\), https:\/\/cloud\.google\.com\/vertex-ai\/docs\/quotas\)/);
        assert.match(p.message, /stacks: prod 24; 24 models add 24 \(most: model-000 1, model-001 1, model-002 1, model-003 1, model-004 1, …\)/);
        assert.match(p.message, /fewer models per project .*\(this library gives each model an endpoint of its own/);
        return true;
      },
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = main(["validate", "--config-dir", dir], { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } as never, env: {} });
    assert.equal(code, 1);
    assert.match(err.join(""), /^error: 1 problem in the quota budget of 1 stack:\n {2}- .*prod\.yaml:\d+:\d+: quotas\.vertexEndpointsPerRegion: project acme-mlops-prod in us-central1 would have 24/);
    assert.doesNotMatch(err.join(""), /at .*\.ts:\d+|MLOPS_DEBUG/);
  });

  test("declaring the granted increase makes it pass", () => {
    const { quotas } = buildApp({ configDir: fleetDir(24, { vertexEndpointsPerRegion: 30 }) });
    const row = quotas.budget.rows.find((r) => r.quota === "vertexEndpointsPerRegion")!;
    assert.deepEqual([row.used, row.limit, row.state, row.declared?.stack], [24, 30, "within", "prod"]);
  });
});

describe("the quotas block", () => {
  const env = (quotas: string) => `name: q\nprojectId: acme-ml-q\nregion: us-central1\ntier: dev\nquotas:\n${quotas}`;
  const problems = (text: string) => parseEnvironment(text, "q.yaml").problems.map((p) => `${p.path}: ${p.message}`);

  test("a limit cannot be declared above Google's value, and the message says so", () => {
    assert.deepEqual(problems(env("  alertPoliciesPerProject: 3000\n")), [
      `quotas.alertPoliciesPerProject: must be at most 2000: alert policies per project is a limit Google does not raise (2000, ${QUOTAS.alertPoliciesPerProject.source}); declare only quotas Google granted an increase of`,
    ]);
    assert.deepEqual(problems(env("  alertPoliciesPerProject: 1500\n  serviceAccountsPerProject: 300\n")), []);
  });

  test("values are positive whole numbers; unknown names get a did-you-mean", () => {
    assert.match(problems(env("  serviceAccountsPerProject: 0\n"))[0], /^quotas\.serviceAccountsPerProject: must be at least 1 \(the user-managed service accounts per project Google granted the project\)/);
    assert.match(problems(env("  serviceAccountsPerProject: 1.5\n"))[0], /must be a whole number of at least 1/);
    assert.match(problems(env("  vertexEndpointPerRegion: 2000\n"))[0], /^quotas\.vertexEndpointPerRegion: unknown field; did you mean 'vertexEndpointsPerRegion'\?/);
  });
});

describe("the shipped environments and fixtures fit", () => {
  for (const dir of ["stacks", path.join("test", "fixtures", "stacks"), path.join("examples", "consumer", "environments")]) {
    test(`${dir}: no quota over its value, summed over every stack of the folder`, () => {
      const { quotas } = buildApp({ configDir: path.join(ROOT, dir) });
      assert.ok(quotas.budget.rows.length > 0);
      assert.deepEqual(
        quotas.budget.rows.filter((r) => r.state === "over" || r.state === "over-unconfirmed").map((r) => `${r.quota} ${r.project}: ${r.used} > ${r.limit}`),
        [],
      );
    });
  }

  test("the everything-enabled fixture fits", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mlops-everything-"));
    fs.copyFileSync(path.join(ROOT, "test", "fixtures", "everything-prod.yaml"), path.join(dir, "everything-prod.yaml"));
    const { quotas } = buildApp({ configDir: dir });
    assert.deepEqual(quotas.budget.rows.filter((r) => r.state === "over" || r.state === "over-unconfirmed").map((r) => r.quota), []);
  });
});
