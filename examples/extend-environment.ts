/**
 * Using the constructs from TypeScript: build an environment from its YAML, then add what your
 * team needs with the same building blocks and grants. Run it with
 *   node --import tsx examples/extend-environment.ts
 * The same extension on Pulumi: examples/pulumi-environment.ts.
 */
import * as path from "node:path";
import { App } from "../lib/cdktn";
import { loadEnvironmentFile, MlopsBucket, MlopsEnvironment, MlopsStack, principal, resolveEnvironment } from "../lib";

/** An extra bucket for labelling exports and who may use it; CI may push images. */
export function addLabelling(env: MlopsEnvironment): void {
  const spec = env.spec;
  // The bucket gets the environment's placement, labels, guards and (where the tier has CMEK) key.
  const key = env.cmekKey("storage");
  const labelling = new MlopsBucket(env, "Labelling", {
    projectId: spec.projectId,
    region: spec.region,
    labels: spec.labels,
    protection: { preventDestroy: spec.preset.preventDestroy, allowDataTeardown: spec.preset.allowDataTeardown },
    bucketName: `${spec.bucketPrefix}-labelling`,
    purpose: "labelling",
    kmsKeyName: key?.keyId,
    dependsOn: [env.services.enable("storage.googleapis.com"), ...(key?.grants ?? [])],
  });
  // The labelling vendor's group reads it; the pipelines write to it.
  labelling.grantRead(principal("group", "labelling-vendor@example.com"));
  labelling.grantReadWrite(env.identity.accounts.pipelines);
  // CI pushes images.
  env.registry.containers.grantWrite(principal("group", "ml-ci@example.com"));
}

export function buildExample(outdir?: string) {
  const { config } = loadEnvironmentFile(path.join(__dirname, "minimal", "sandbox.yaml"));
  const app = new App(outdir ? { outdir } : {});
  const stack = new MlopsStack(app, { spec: resolveEnvironment(config) });
  addLabelling(stack.environment);
  return { app, stack };
}

if (require.main === module) buildExample().app.synth();
