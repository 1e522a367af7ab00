/**
 * Lookups in fixed tables by a key that comes from input (a YAML value, a Terraform type, a rate
 * file): only the table's own keys count, never an inherited property such as `constructor` or
 * `toString`, which a plain `table[key]` would return.
 */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
