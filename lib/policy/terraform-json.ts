/**
 * Policy resources from synthesized Terraform JSON (`cdk.tf.json`, or `stack.toTerraform()`).
 * Plain JSON in, so it needs no engine; cdktf's construct path comes from each resource's
 * `"//".metadata.path`.
 */
import { PolicyResource } from "./types";
import { isObject } from "./values";

function pathOf(values: Record<string, unknown>): string | undefined {
  const meta = values["//"];
  const path = isObject(meta) && isObject(meta.metadata) ? meta.metadata.path : undefined;
  return typeof path === "string" ? path : undefined;
}

/** Every resource and data source of a Terraform JSON document. */
export function resourcesFromTerraform(json: unknown): PolicyResource[] {
  const out: PolicyResource[] = [];
  if (!isObject(json)) return out;
  for (const [section, mode] of [["resource", "managed"], ["data", "data"]] as const) {
    const byType = json[section];
    if (!isObject(byType)) continue;
    for (const [type, byName] of Object.entries(byType)) {
      if (!isObject(byName)) continue;
      for (const [name, values] of Object.entries(byName)) {
        if (!isObject(values)) continue;
        const path = pathOf(values);
        out.push({
          type,
          address: mode === "data" ? `data.${type}.${name}` : `${type}.${name}`,
          values,
          mode,
          ...(path ? { path } : {}),
        });
      }
    }
  }
  return out;
}
