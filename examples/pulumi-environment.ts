/**
 * The Pulumi variant from TypeScript: the environment of examples/minimal as one component,
 * extended with the constructs' own API before it is synthesized (the labelling bucket and grants
 * of examples/extend-environment.ts), and a resource of the program's own that is granted access
 * to the environment's data bucket. In a Pulumi project: `export = pulumiExample;` in index.ts.
 */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { Account } from "@pulumi/gcp/serviceaccount";
import { loadEnvironmentFile, MlopsEnvironment, resolveEnvironment } from "../lib/pulumi";
import { addLabelling } from "./extend-environment";

export function pulumiExample() {
  const spec = resolveEnvironment(loadEnvironmentFile(path.join(__dirname, "minimal", "sandbox.yaml")).config);
  const env = new MlopsEnvironment(spec.name, { spec, extend: addLabelling });
  // Composed with the program's own resources: an account, with the environment's provider...
  const labeller = new Account("labeller", { project: spec.projectId, accountId: `${spec.name}-labeller` }, { provider: env.provider });
  // ...that reads the data bucket (an IAM member on the registered bucket, once per role).
  env.grant(env.buckets.data, "roles/storage.objectViewer", { member: pulumi.interpolate`serviceAccount:${labeller.email}`, grantKey: "labeller" });
  return { ...env.outputs, labeller: labeller.email };
}
