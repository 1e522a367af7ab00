/**
 * The Pulumi program: stack `<name>` reads `stacks/<name>.yaml` (or `$MLOPS_CONFIG_DIR/<name>.yaml`),
 * validates it with the schema the cdktf app uses, and builds the same environment. Its stack
 * outputs carry the cdktf stack's output names (`bucket_data`, `dataset_raw`, `network`, ...).
 *
 *   cd pulumi && pulumi stack select dev && pulumi preview
 */
import { runStack } from "../lib/pulumi/program";

export = () => runStack();
