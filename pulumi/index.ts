/**
 * The Pulumi program: stack `<name>` (or the stack's `environment` config) reads
 * `stacks/<name>.yaml` (or `$MLOPS_CONFIG_DIR/<name>.yaml`), validates it as `npm run synth` does,
 * and registers the Terraform JSON of the same construct tree as @pulumi/gcp resources under one
 * `MlopsEnvironment` component. Its stack outputs carry the Terraform stack's output names
 * (`bucket_data`, `dataset_raw`, `network`, ...). See lib/pulumi/README.md.
 *
 *   cd pulumi && pulumi stack select dev && pulumi preview
 */
import { runStack } from "../lib/pulumi/program";

export = () => runStack();
