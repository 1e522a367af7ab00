import { GoogleProvider } from "../provider/google/provider";
import { Construct, GcsBackend, TerraformStack } from "./cdktn";
import { EnvironmentSpec } from "./config/spec";
import { MlopsEnvironment } from "./environment";
import { providerSettings } from "./project/checks";
import { applyPolicy } from "./policy/cdktn";

export interface MlopsStackProps {
  readonly spec: EnvironmentSpec;
}

/**
 * One environment as one Terraform stack, named after the environment: the google provider
 * pinned to the environment's project and region (and, with a budget, naming the project as the
 * quota project of its requests), state in GCS under the environment's prefix,
 * the MlopsEnvironment, and the policy pack, which judges every resource at synthesis (errors fail
 * preprod and prod, dev reports warnings) and writes policy-report.{json,md} next to the stack.
 */
export class MlopsStack extends TerraformStack {
  readonly environment: MlopsEnvironment;

  constructor(scope: Construct, props: MlopsStackProps) {
    super(scope, props.spec.name);
    const { spec } = props;
    new GoogleProvider(this, "google", providerSettings(spec));
    new GcsBackend(this, { bucket: spec.backend.bucket, prefix: spec.backend.prefix });
    this.environment = new MlopsEnvironment(this, "Environment", { spec });
    applyPolicy(this, { tier: spec.tier, suppressions: spec.policy.suppressions });
  }
}
