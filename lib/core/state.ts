/**
 * Where Terraform's GCS backend keeps a stack's state, as one comparable string.
 *
 * The backend (terraform `internal/backend/remote-state/gcs`) strips leading '/' from `prefix` and
 * stores each workspace at `path.Join(prefix, "<workspace>.tfstate")`. Go's `path.Join` cleans the
 * result: it resolves '.' and '..' and drops empty and trailing segments. So prefixes that read
 * differently can name one state object: `mlops/prod/`, `/mlops/prod`, `mlops//prod` and
 * `mlops/dev/../prod` are all `mlops/prod/default.tfstate`. Two environments that share it
 * overwrite each other's state, and the next apply of one plans to destroy the other's resources.
 * Every comparison of state locations goes through {@link stateLocation}, never the raw strings.
 */
import { posix } from "node:path";

/** The workspace cdktf stacks use. */
export const DEFAULT_WORKSPACE = "default";

/** The state object's name in the bucket: `path.Join(prefix without leading '/', "<workspace>.tfstate")`. */
export function stateObjectName(prefix: string, workspace = DEFAULT_WORKSPACE): string {
  return posix.join(prefix.replace(/^\/+/, ""), `${workspace}.tfstate`);
}

/** The state object of a GCS backend as `gs://<bucket>/<object>`: equal strings are one state. */
export function stateLocation(bucket: string, prefix: string, workspace = DEFAULT_WORKSPACE): string {
  return `gs://${bucket.toLowerCase()}/${stateObjectName(prefix, workspace)}`;
}

export const STATE_PREFIX_ALLOWED =
  "segments of letters, digits, '.', '_' or '-' separated by single '/', e.g. mlops/prod; no leading or trailing '/', no '.' or '..' segment";

/**
 * Why `prefix` is refused as a state prefix, or undefined. Refused are the spellings the backend
 * would silently rewrite (leading, trailing or doubled '/', '.' and '..' segments), so that the
 * prefix in the file is the state location, and a reviewer reading it sees which state it is.
 */
export function statePrefixProblem(prefix: string): string | undefined {
  const bad = /[^A-Za-z0-9._/-]/.exec(prefix);
  if (prefix.length === 0) return `must not be empty; allowed: ${STATE_PREFIX_ALLOWED}`;
  if (bad) return `'${bad[0]}' is not allowed; allowed: ${STATE_PREFIX_ALLOWED}`;
  const cleaned = stateObjectName(prefix).replace(/\/?default\.tfstate$/, "");
  const same = `the backend would store the state under '${cleaned || "(the bucket's root)"}'`;
  if (prefix.startsWith("/")) return `must not start with '/': ${same}; allowed: ${STATE_PREFIX_ALLOWED}`;
  if (prefix.endsWith("/")) return `must not end with '/': ${same}, so '${prefix}' and '${prefix.replace(/\/+$/, "")}' are one state location; allowed: ${STATE_PREFIX_ALLOWED}`;
  if (prefix.includes("//")) return `must not contain an empty segment ('//'): ${same}; allowed: ${STATE_PREFIX_ALLOWED}`;
  if (prefix.split("/").some((s) => s === "." || s === "..")) {
    return `must not contain a '.' or '..' segment: ${same}, so the prefix would hide which state it is; allowed: ${STATE_PREFIX_ALLOWED}`;
  }
  return undefined;
}
