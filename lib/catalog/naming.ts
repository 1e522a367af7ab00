/**
 * Naming rules Google Cloud enforces at apply time, checked here at synth time.
 * Each rule carries the text shown to users when a name breaks it. Sources: the Google API protos,
 * the google provider's own validators and the product docs (resource-manager, storage, bigquery,
 * iam, artifact-registry naming pages), read 2026-08.
 */
export interface NamingRule {
  /** What is being named, for messages. */
  readonly subject: string;
  /** Human description of what is allowed. */
  readonly allowed: string;
  test(value: string): boolean;
}

function regexRule(subject: string, allowed: string, re: RegExp, extra?: (v: string) => boolean): NamingRule {
  return { subject, allowed, test: (v) => re.test(v) && (extra ? extra(v) : true) };
}

/** The length range an `allowed` text starts with ("6-30 lowercase letters, ..."), if any. */
function lengthRange(allowed: string): { min: number; max: number } | undefined {
  const m = /^(\d+)-(\d+) /.exec(allowed);
  return m ? { min: Number(m[1]), max: Number(m[2]) } : undefined;
}

/**
 * Why `v` breaks `rule`, or undefined. A name of the wrong length says so first, with its length:
 * "allowed: 2-41 lowercase letters" alone does not tell a user that only the length is wrong.
 */
export function nameProblem(rule: NamingRule, v: string): string | undefined {
  if (rule.test(v)) return undefined;
  const range = lengthRange(rule.allowed);
  const n = [...v].length;
  if (range && n > range.max) return `too long: ${n} characters, at most ${range.max}; allowed: ${rule.allowed}`;
  if (n === 0) return `must not be empty; allowed: ${rule.allowed}`;
  if (range && n < range.min) return `too short: ${n} character${n === 1 ? "" : "s"}, at least ${range.min}; allowed: ${rule.allowed}`;
  return `not a valid ${rule.subject}; allowed: ${rule.allowed}`;
}

/** A rule from a pattern, for names this library checks in more than one place. */
export function namingRule(subject: string, allowed: string, re: RegExp, extra?: (v: string) => boolean): NamingRule {
  return regexRule(subject, allowed, re, extra);
}

/** Project IDs: 6–30 chars, lowercase letters, digits, hyphens; starts with a letter; no trailing hyphen; no "google"/"ssl". */
export const PROJECT_ID = regexRule(
  "project ID",
  "6-30 lowercase letters, digits or hyphens, starting with a letter, not ending with a hyphen, not containing 'google' or 'ssl'",
  /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
  (v) => !/google|ssl/.test(v),
);

/** Cloud Storage bucket names (without dots: dotted names need domain verification). */
export const BUCKET_NAME = regexRule(
  "bucket name",
  "3-63 lowercase letters, digits, '-' or '_', starting and ending with a letter or digit, not starting with 'goog' and not containing 'google' (or look-alikes such as 'g00gle')",
  /^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/,
  (v) => !/^goog/.test(v) && !/g[o0]{2}gle/i.test(v),
);

/** BigQuery dataset IDs. A leading digit or underscore is avoided too (older docs forbid it). */
export const DATASET_ID = regexRule(
  "BigQuery dataset ID",
  "1-1024 letters, digits or underscores, starting with a letter",
  /^[A-Za-z][A-Za-z0-9_]{0,1023}$/,
);

/** Service account IDs (the part before @): RFC 1035, 6–30 characters. */
export const SERVICE_ACCOUNT_ID = regexRule(
  "service account ID",
  "6-30 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit",
  /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/,
);

/** Artifact Registry repository IDs. */
export const REPOSITORY_ID = regexRule(
  "Artifact Registry repository ID",
  "1-63 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit",
  /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/,
);

/** Compute Engine resource names (RFC 1035, 1–63). */
export const GCE_NAME = regexRule(
  "Compute Engine name",
  "1-63 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit",
  /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/,
);

/** Cloud KMS key ring and crypto key names (kms/v1 service.proto). */
export const KMS_NAME = regexRule("Cloud KMS name", "1-63 letters, digits, '_' or '-'", /^[a-zA-Z0-9_-]{1,63}$/);

/** Generic label keys and values (resource-manager rules, ASCII subset). */
export const LABEL_KEY = regexRule(
  "label key",
  "1-63 lowercase letters, digits, '_' or '-', starting with a lowercase letter",
  /^[a-z][a-z0-9_-]{0,62}$/,
);
export const LABEL_VALUE = regexRule(
  "label value",
  "0-63 lowercase letters, digits, '_' or '-'",
  /^[a-z0-9_-]{0,63}$/,
);

/** Turns free text into a valid label value (lowercase, allowed characters only, ≤ 63). */
export function toLabelValue(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, "-")
    .slice(0, 63);
}
