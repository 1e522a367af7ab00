/**
 * The quota budget read from an app's construct tree, before anything is synthesized: every
 * `TerraformStack` of the app, whatever built it, and every resource in it.
 *
 * Where a resource counts: its own `project` and `region` (or `location`) arguments when they are
 * plain strings, else those of its google provider (the resource's own provider, else the stack's
 * default one). That holds for an environment's stack (whose provider is pinned to the
 * environment's project and region, and whose resources name the project) and for any other stack
 * of the app, e.g. one that holds part of an environment's serving. Values that are only known at
 * apply time (references) are not guessed: such a resource falls back to its provider's.
 */
import { Token, TerraformResource, TerraformStack } from "../cdktn";
import type { IConstruct } from "../cdktn";
import type { LoadedConfig } from "../config/load";
import { MlopsStack } from "../stack";
import { COUNTED_TYPES, policySize } from "../catalog/quotas";
import type { QuotaResource, QuotaStack } from "./budget";

const plain = (v: unknown): string | undefined => (typeof v === "string" && !Token.isUnresolved(v) ? v : undefined);

interface Where {
  readonly project?: string;
  readonly region?: string;
}

/** The project and region a google provider construct is configured with. */
function providerWhere(provider: IConstruct | undefined): Where {
  if (!provider || typeof (provider as { toTerraform?: unknown }).toTerraform !== "function") return {};
  const tf = (provider as unknown as { toTerraform(): any }).toTerraform();
  const google = tf?.provider?.google;
  const config = Array.isArray(google) ? google[0] : google;
  return { project: plain(config?.project), region: plain(config?.region) };
}

function isGoogleProvider(c: IConstruct): boolean {
  const p = c as { terraformResourceType?: unknown; alias?: unknown; toTerraform?: unknown };
  return p.terraformResourceType === "google" && typeof p.toTerraform === "function" && !(c instanceof TerraformResource);
}

/**
 * The arguments of a resource as synthesis writes them, with overrides, read without resolving
 * the stack (`toTerraform()` of each resource costs seconds at a thousand models): the generated
 * binding's attributes under the construct's raw overrides. Undefined when the resource was moved
 * away (`moveTo`), so it is not created where it stands.
 */
function argumentsOf(c: TerraformResource): Record<string, unknown> | undefined {
  const internals = c as unknown as { _hasMoved?: boolean; synthesizeAttributes(): Record<string, unknown>; rawOverrides?: Record<string, unknown> };
  if (internals._hasMoved) return undefined;
  return { ...internals.synthesizeAttributes(), ...(internals.rawOverrides ?? {}) };
}

/** The counted resources of one stack, each with the project and region it is created in. */
export function stackQuotaResources(stack: TerraformStack): QuotaResource[] {
  const all = stack.node.findAll();
  const defaultProvider = all.find((c) => isGoogleProvider(c) && !(c as { alias?: unknown }).alias);
  const fallback = providerWhere(defaultProvider);
  const providers = new Map<IConstruct, Where>();
  const out: QuotaResource[] = [];
  for (const c of all) {
    if (!(c instanceof TerraformResource) || !COUNTED_TYPES.has(c.terraformResourceType)) continue;
    const args = argumentsOf(c);
    if (!args) continue; // moved away: not created here
    let where = fallback;
    if (c.provider) {
      if (!providers.has(c.provider)) providers.set(c.provider, providerWhere(c.provider));
      where = providers.get(c.provider)!;
    }
    const policy = c.terraformResourceType === "google_monitoring_alert_policy" ? policySize(args) : undefined;
    out.push({
      type: c.terraformResourceType,
      path: c.node.path,
      project: plain(args.project) ?? where.project,
      region: plain(args.region) ?? plain(args.location) ?? where.region,
      ...(policy ? { conditions: policy.conditions, channels: policy.channels } : {}),
    });
  }
  return out;
}

/**
 * Every stack of an app as the budget reads it. An environment's stack carries its environment's
 * name, file, model names and declared quotas (`configs` gives files, matched by environment name).
 */
export function appQuotaStacks(app: IConstruct, configs: readonly LoadedConfig[] = []): QuotaStack[] {
  const stacks = app.node.findAll().filter((c): c is TerraformStack => c instanceof TerraformStack);
  const allModels = stacks.flatMap((s) => (s instanceof MlopsStack ? s.environment.spec.models.map((m) => m.name) : []));
  return stacks.map((stack) => {
    const resources = stackQuotaResources(stack);
    if (!(stack instanceof MlopsStack)) return { stack: stack.node.id, models: allModels, resources };
    const spec = stack.environment.spec;
    const loaded = configs.find((c) => c.config.name === spec.name);
    return {
      stack: stack.node.id,
      environment: spec.name,
      file: loaded?.file,
      locate: loaded?.locate,
      project: spec.projectId,
      region: spec.region,
      declared: spec.quotas,
      models: spec.models.map((m) => m.name),
      resources,
    };
  });
}
