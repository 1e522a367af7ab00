/** Command-line arguments: `--flag value`, `--flag=value` and boolean `--flag`, nothing else. */

/** Wrong use of the command line: exit code 2, with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export interface FlagSpec {
  /** Flags that take a value, e.g. `--out`. */
  readonly values?: readonly string[];
  /** Flags that take none, e.g. `--check`. */
  readonly booleans?: readonly string[];
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string>>;
  readonly booleans: ReadonlySet<string>;
}

/** Parses `argv` against the flags a command accepts; a UsageError for anything else. */
export function parseFlags(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const valueFlags = spec.values ?? [];
  const booleanFlags = spec.booleans ?? [];
  const allowed = [...valueFlags, ...booleanFlags].sort();
  const values: Record<string, string> = {};
  const booleans = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const [flag, inline] = arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (booleanFlags.includes(flag)) {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
      booleans.add(flag);
      continue;
    }
    if (!valueFlags.includes(flag)) {
      const what = arg.startsWith("-") ? "unknown option" : "unexpected argument";
      throw new UsageError(`${what} '${arg}'${allowed.length ? `; allowed: ${allowed.join(", ")}` : "; this command takes no options"}`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) throw new UsageError(`${flag} needs a value`);
    if (flag in values) throw new UsageError(`${flag} given twice`);
    values[flag] = value;
  }
  return { values, booleans };
}

/** A whole number of at least `min` from a flag's value, or a UsageError. */
export function wholeNumber(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number, at least ${min} (got '${value}')`);
  return n;
}
