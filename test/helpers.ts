import assert from "node:assert/strict";
import { EnvironmentConfigInput, EnvironmentConfigSchema } from "../lib/config/schema";
import { resolveEnvironment } from "../lib/config/spec";
import { ValidationError } from "../lib/core/errors";
import { Testing } from "../lib/cdktn";
import { MlopsStack } from "../lib/stack";

/** A valid environment; tests override what they exercise. */
export function baseConfig(overrides: Partial<EnvironmentConfigInput> = {}): EnvironmentConfigInput {
  return {
    name: "test",
    projectId: "acme-ml-test",
    region: "europe-west4",
    tier: "dev",
    team: [{ email: "ada@example.com" }],
    models: [{ name: "churn", machineType: "n1-standard-4", accelerator: { type: "NVIDIA_TESLA_T4", count: 1 }, minReplicas: 2, maxReplicas: 3 }],
    notifications: { emails: ["oncall@example.com"] },
    ...overrides,
  };
}

export interface TfResource {
  [key: string]: any;
}

export interface Synthesized {
  readonly json: any;
  readonly stack: MlopsStack;
}

/** Synthesizes one environment stack (with validations) and returns the parsed Terraform JSON. */
export function synthEnvironment(overrides: Partial<EnvironmentConfigInput> = {}): Synthesized {
  const config = EnvironmentConfigSchema.parse(baseConfig(overrides));
  const app = Testing.app();
  const stack = new MlopsStack(app, { spec: resolveEnvironment(config) });
  Testing.synth(stack, true); // runs validations and fails on error annotations
  // toTerraform keeps the construct-path metadata that Testing.synth strips.
  return { json: JSON.parse(JSON.stringify(stack.toTerraform())), stack };
}

/** Resources of one type, keyed by their construct path below the stack (e.g. `Environment/DataLake/data`). */
export function resources(json: any, type: string): Record<string, TfResource> {
  const out: Record<string, TfResource> = {};
  for (const r of Object.values<TfResource>(json.resource?.[type] ?? {})) {
    const path: string = r["//"].metadata.path;
    out[path.split("/").slice(1).filter((s) => s !== "Resource").join("/")] = r;
  }
  return out;
}

/** The one resource of `type` at construct path `path` (below the stack); fails when absent. */
export function resource(json: any, type: string, path: string): TfResource {
  const all = resources(json, type);
  const r = all[path];
  if (!r) throw new Error(`no ${type} at ${path}; have: ${Object.keys(all).join(", ")}`);
  return r;
}

/** Every resource of every type, as [type, path, resource]. */
export function allResources(json: any): [string, string, TfResource][] {
  const out: [string, string, TfResource][] = [];
  for (const type of Object.keys(json.resource ?? {})) {
    for (const [path, r] of Object.entries(resources(json, type))) out.push([type, path, r]);
  }
  return out;
}

/** The Terraform reference `${type.logicalId}` of a resource, as it appears in depends_on. */
export function addressOf(type: string, r: TfResource): string {
  return `${type}.${r["//"].metadata.uniqueId}`;
}

/** Asserts that `fn` throws a ValidationError with a problem at `path` whose message matches. */
export function assertProblem(fn: () => unknown, path: string, message: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ValidationError, `expected ValidationError, got ${String(err)}`);
    const hit = err.problems.find((p) => p.path === path && message.test(p.message));
    assert.ok(hit, `no problem at ${path} matching ${message}; got:\n${err.message}`);
    return true;
  });
}
