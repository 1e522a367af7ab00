/**
 * Schedules as Google Cloud accepts them: unix cron with exactly five fields (Cloud Scheduler,
 * Vertex AI feature view sync, BigQuery scheduled queries use their own forms, see callers) and
 * IANA time zones. Cloud Scheduler's dialect is a strict subset of what general cron libraries
 * accept (no seconds field, no `L`, `W`, `#` or `?`), so it is checked here against its own rules:
 * cloud.google.com/scheduler/docs/configuring/cron-job-schedules.
 */

interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly CronField[] = [
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31 },
  { name: "month", min: 1, max: 12, names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"] },
  // 7 is Sunday too.
  { name: "day of week", min: 0, max: 7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"] },
];

export const CRON_ALLOWED =
  "five fields 'minute hour day-of-month month day-of-week' (0-59, 0-23, 1-31, 1-12 or JAN-DEC, 0-7 or SUN-SAT) using numbers, '*', ranges a-b, steps /n and lists a,b; e.g. '0 3 * * *' or '*/15 8-18 * * MON-FRI'";

function value(field: CronField, text: string): number | undefined {
  const upper = text.toUpperCase();
  const named = field.names?.indexOf(upper) ?? -1;
  if (named >= 0) return field.min === 1 ? named + 1 : named;
  if (!/^[0-9]{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= field.min && n <= field.max ? n : undefined;
}

function fieldProblem(field: CronField, text: string): string | undefined {
  for (const part of text.split(",")) {
    const [range, step, extra] = part.split("/");
    if (extra !== undefined || range === "") return `'${part}' in the ${field.name} field is not a value, range or step`;
    if (step !== undefined && (!/^[0-9]+$/.test(step) || Number(step) < 1 || Number(step) > field.max)) {
      return `step '/${step}' in the ${field.name} field must be a whole number from 1 to ${field.max}`;
    }
    if (range === "*") continue;
    const [from, to, more] = range.split("-");
    if (more !== undefined) return `'${range}' in the ${field.name} field is not a range a-b`;
    const a = value(field, from);
    if (a === undefined) return `'${from}' is not a valid ${field.name} (${field.min}-${field.max}${field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : ""})`;
    if (to !== undefined) {
      const b = value(field, to);
      if (b === undefined) return `'${to}' is not a valid ${field.name} (${field.min}-${field.max}${field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : ""})`;
      if (b < a) return `range '${range}' in the ${field.name} field runs backwards`;
    }
  }
  return undefined;
}

/** Why `expr` is not a five-field unix cron expression, or undefined when it is one. */
export function cronProblem(expr: string): string | undefined {
  if (typeof expr !== "string") return `not a cron expression; allowed: ${CRON_ALLOWED}`;
  const parts = expr.trim() === "" ? [] : expr.trim().split(/\s+/);
  if (parts.length !== 5) {
    return `has ${parts.length} field${parts.length === 1 ? "" : "s"}, cron needs exactly five; allowed: ${CRON_ALLOWED}`;
  }
  for (let i = 0; i < 5; i++) {
    const p = fieldProblem(FIELDS[i], parts[i]);
    if (p) return `${p}; allowed: ${CRON_ALLOWED}`;
  }
  return undefined;
}

let zones: Set<string> | undefined;

/**
 * Node's canonical time zone names. `Intl.supportedValuesOf` is typed only in TypeScript's ES2022
 * library; declared here so that programs compiled with an older `lib` (a default cdktn app uses
 * ES2018) accept the library's sources and declarations alike.
 */
function supportedTimeZones(): readonly string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: "timeZone") => string[] };
  return intl.supportedValuesOf?.("timeZone") ?? [];
}

/** Names of UTC itself, which every time zone database has. */
export const UTC_NAMES: ReadonlySet<string> = new Set(["UTC", "Etc/UTC", "Etc/GMT"]);

/**
 * True when `tz` is an IANA time zone name (e.g. Europe/Paris, Etc/UTC, Asia/Kolkata). Node's
 * canonical list omits some current names in favour of older aliases (it lists Asia/Calcutta),
 * so a properly cased Area/Location name that the time zone database resolves is accepted too.
 */
export function isTimeZone(tz: string): boolean {
  if (typeof tz !== "string") return false;
  // The usual answer, without building the list of every zone Node knows.
  if (UTC_NAMES.has(tz)) return true;
  zones ??= new Set([...supportedTimeZones(), ...UTC_NAMES]);
  if (zones.has(tz)) return true;
  if (!/^[A-Z][A-Za-z_+-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)+$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export const TIME_ZONE_ALLOWED = "an IANA time zone name such as Etc/UTC, Europe/Paris or America/New_York";

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one. */
const OFFSET_FORMATS = new Map<string, Intl.DateTimeFormat>();

/**
 * The UTC offset of `timeZone` (a valid IANA name) at `at`, in minutes east of UTC, from Node's
 * time zone database. UTC itself is answered without it.
 */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  if (UTC_NAMES.has(timeZone)) return 0;
  let format = OFFSET_FORMATS.get(timeZone);
  if (!format) OFFSET_FORMATS.set(timeZone, (format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })));
  const name = format.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}
