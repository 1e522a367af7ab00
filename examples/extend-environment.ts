/**
 * Using the constructs from TypeScript: build an environment from its YAML, then add what your
 * team needs with the same building blocks and grants. Run it with
 *   node --import tsx examples/extend-environment.ts
 */
import * as path from "node:path";
import { App } from "../lib/cdktn";
import { loadEnvironmentFile, MlopsBucket, MlopsStack, principal, resolveEnvironment } from "../lib";

export function buildExample(outdir?: string) {
  const { config } = loadEnvironmentFile(path.join(__dirname, "minimal", "sandbox.yaml"));
  const spec = resolveEnvironment(config);
  const app = new App(outdir ? { outdir } : {});
  const stack = new MlopsStack(app, { spec });
  const env = stack.environment;

  // An extra bucket for labelling exports, with the environment's placement, labels and guards.
  const labelling = new MlopsBucket(env, "Labelling", {
    projectId: spec.projectId,
    region: spec.region,
    labels: spec.labels,
    protection: { preventDestroy: spec.preset.preventDestroy, allowDataTeardown: spec.preset.allowDataTeardown },
    bucketName: `${spec.bucketPrefix}-labelling`,
    purpose: "labelling",
    dependsOn: [env.services.enable("storage.googleapis.com")],
  });
  // The labelling vendor's group reads it; the pipelines write to it.
  labelling.grantRead(principal("group", "labelling-vendor@example.com"));
  labelling.grantReadWrite(env.identity.accounts.pipelines);
  // CI pushes images.
  env.registry.containers.grantWrite(principal("group", "ml-ci@example.com"));
  return { app, stack };
}

if (require.main === module) buildExample().app.synth();
