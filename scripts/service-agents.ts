/**
 * Prints, per environment, the commands that create the service agents its stack grants roles to
 * and that may not exist yet on a fresh project (lib/catalog/service-agents.ts says which and why).
 * Run them once per project before the first deploy:
 *
 *   npm run --silent service-agents            # every environment of ./stacks (or $MLOPS_CONFIG_DIR)
 *   npm run --silent service-agents -- prod    # one environment
 */
import { buildApp } from "../lib/app";
import { serviceAgentPrerequisites } from "../lib/catalog/service-agents";

const only = process.argv[2];
const { stacks } = buildApp();
const selected = stacks.filter((s) => !only || s.node.id === only);
if (only && selected.length === 0) {
  console.error(`no environment named '${only}'; environments: ${stacks.map((s) => s.node.id).join(", ")}`);
  process.exit(1);
}
for (const stack of selected) {
  const commands = serviceAgentPrerequisites(stack.environment.spec.projectId, stack.toTerraform());
  const agents = Math.max(commands.length - 1, 0);
  console.log(`# ${stack.node.id} (${stack.environment.spec.projectId}): ${agents} service agent${agents === 1 ? "" : "s"} to create before the first deploy`);
  for (const c of commands) console.log(c);
}
