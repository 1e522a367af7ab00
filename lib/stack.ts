import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { Construct, GcsBackend, TerraformStack } from "./cdktf";
import { EnvironmentSpec } from "./config/spec";
import { MlopsEnvironment } from "./environment";

export interface MlopsStackProps {
  readonly spec: EnvironmentSpec;
}

/**
 * One environment as one Terraform stack, named after the environment: the google provider
 * pinned to the environment's project and region, state in GCS under the environment's prefix,
 * and the MlopsEnvironment.
 */
export class MlopsStack extends TerraformStack {
  readonly environment: MlopsEnvironment;

  constructor(scope: Construct, props: MlopsStackProps) {
    super(scope, props.spec.name);
    const { spec } = props;
    new GoogleProvider(this, "google", {
      project: spec.projectId,
      region: spec.region,
    });
    new GcsBackend(this, { bucket: spec.backend.bucket, prefix: spec.backend.prefix });
    this.environment = new MlopsEnvironment(this, "Environment", { spec });
  }
}
