/**
 * An application of its own on gcp-mlops-constructs: one stack holding an MLOps environment built
 * from its YAML file, and a bucket used on its own with a grant. Compile with `tsc`, run with
 * `node main.js` (or `npx cdktn synth`): it writes cdktf.out/stacks/analytics/cdk.tf.json.
 */
import * as path from "node:path";
import { App, TerraformStack } from "cdktn";
import { Construct } from "constructs";
import { applyPolicy, loadEnvironmentFile, MlopsBucket, MlopsEnvironment, principal, resolveEnvironment } from "gcp-mlops-constructs";
import { GoogleProvider } from "gcp-mlops-constructs/provider/google/provider";

class AnalyticsStack extends TerraformStack {
  constructor(scope: Construct, id: string, environmentFile: string) {
    super(scope, id);
    // The environment file is validated (every problem with its line) and resolved with its tier's presets.
    const spec = resolveEnvironment(loadEnvironmentFile(environmentFile).config);
    new GoogleProvider(this, "google", { project: spec.projectId, region: spec.region });

    // The whole environment: network, keys, data lake, warehouse, registry, identities, Workbench, serving, monitoring.
    const env = new MlopsEnvironment(this, "Environment", { spec });

    // One construct on its own: a private, versioned bucket for exports, read by the analysts' group.
    const exportsBucket = new MlopsBucket(this, "Exports", {
      projectId: spec.projectId,
      region: spec.region,
      labels: spec.labels,
      bucketName: `${spec.bucketPrefix}-exports`,
      purpose: "exports",
    });
    exportsBucket.grantRead(principal("group", "analysts@example.com"));
    exportsBucket.grantReadWrite(env.identity.accounts.pipelines);

    // The policy pack judges every resource at synthesis and writes policy-report.{json,md}.
    applyPolicy(this, { tier: spec.tier });
  }
}

const app = new App();
new AnalyticsStack(app, "analytics", path.join(__dirname, "environments", "dev.yaml"));
app.synth();
