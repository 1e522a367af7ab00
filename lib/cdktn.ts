/**
 * The one place this library touches the `cdktf` package.
 *
 * cdktf was archived upstream; its community fork renames the packages. Every other module
 * imports these names from here, so moving engines is a change of this file's imports.
 * Keep the surface small: stacks, tokens, outputs, backends, aspects, annotations, testing.
 */
export {
  App,
  Annotations,
  Aspects,
  GcsBackend,
  LocalBackend,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  Testing,
  Token,
} from "cdktn";
export type { IAspect, ITerraformDependable, TerraformResourceLifecycle } from "cdktn";
export { Construct } from "constructs";
export type { IConstruct } from "constructs";
