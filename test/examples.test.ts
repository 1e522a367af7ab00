import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { test } from "node:test";
import { buildExample } from "../examples/extend-environment";
import { buildApp } from "../lib/app";
import { loadEnvironmentDir } from "../lib/config/load";
import { resource, resources } from "./helpers";

test("examples/minimal is a valid environment folder", () => {
  const [env] = loadEnvironmentDir(path.join(__dirname, "..", "examples", "minimal"));
  assert.equal(env.config.name, "sandbox");
  assert.deepEqual(env.config.team, []);
});

test("examples/extend-environment adds a guarded bucket with grants by intent", () => {
  const { stack } = buildExample();
  const json = JSON.parse(JSON.stringify(stack.toTerraform()));
  const b = resource(json, "google_storage_bucket", "Environment/Labelling");
  assert.equal(b.name, "acme-ml-sandbox-labelling");
  assert.equal(b.public_access_prevention, "enforced");
  assert.equal(b.labels.component, "labelling");
  const grants = Object.entries(resources(json, "google_storage_bucket_iam_member"))
    .filter(([p]) => p.startsWith("Environment/Labelling/"))
    .map(([, g]) => `${g.member} ${g.role}`)
    .sort();
  assert.deepEqual(grants, [
    "group:labelling-vendor@example.com roles/storage.objectViewer",
    "serviceAccount:sandbox-pipelines@acme-ml-sandbox.iam.gserviceaccount.com roles/storage.objectUser",
  ]);
  const writers = Object.values(resources(json, "google_artifact_registry_repository_iam_member")).filter((g) => g.role === "roles/artifactregistry.writer");
  assert.deepEqual(writers.map((g) => g.member), ["group:ml-ci@example.com"]);
});

test("examples/consumer installs the package: no import of the repository's sources, and the README shows its main.ts", () => {
  const dir = path.join(__dirname, "..", "examples", "consumer");
  const main = fs.readFileSync(path.join(dir, "main.ts"), "utf8");
  const specifiers = [...main.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(specifiers, ["node:path", "cdktn", "constructs", "gcp-mlops-constructs", "gcp-mlops-constructs/provider/google/provider"]);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ["cdktn", "constructs", "gcp-mlops-constructs"]);
  const ours = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8"));
  assert.equal(pkg.dependencies.cdktn, ours.devDependencies.cdktn);
  assert.equal(pkg.dependencies.constructs, ours.devDependencies.constructs);
  const template = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "node_modules", "cdktn-cli", "bundle", "templates", "typescript", "tsconfig.json"), "utf8"));
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8")), template, "the tsconfig `cdktn init` writes");
  const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Using the constructs from TypeScript"));
  assert.ok(section.includes(`\`\`\`ts\n${main}\`\`\``), "README's 'Using the constructs from TypeScript' shows examples/consumer/main.ts as it is");
});

test("examples/large-fleet splits its endpoints over two serving stacks and keeps its alerts in its own", () => {
  const { stacks } = buildApp({ configDir: path.join(__dirname, "..", "examples", "large-fleet") });
  assert.equal(stacks.length, 1);
  const [fleet] = stacks;
  assert.deepEqual(
    fleet.servingStacks.map((s) => s.node.id),
    ["fleet-serving-0", "fleet-serving-1"],
  );
  const endpoints = fleet.servingStacks.flatMap((s) => [...s.fleet.models.keys()]).sort();
  assert.deepEqual(endpoints, ["churn", "eta", "fraud", "pricing", "ranking", "search"]);
  assert.equal(fleet.environment.serving, undefined);
  const json = JSON.parse(JSON.stringify(fleet.toTerraform()));
  // The fleet's latency policy, in the environment's stack, watches the endpoints the serving stacks hold.
  const latency = Object.entries<any>(json.resource.google_monitoring_alert_policy).find(([a]) => a.startsWith("Environment_ModelAlerts_Latency_"))![1];
  assert.match(latency.conditions[0].condition_threshold.filter, /resource\.labels\.endpoint_id=starts_with\("fleet-"\)/);
  assert.deepEqual(latency.conditions[0].condition_threshold.aggregations[0].group_by_fields, ["resource.label.endpoint_id"]);
});
