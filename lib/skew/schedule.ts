/**
 * Cron schedules converted to the BigQuery Data Transfer Service's own schedule format, which
 * scheduled queries use (TransferConfig.schedule). Engine-neutral and pure.
 *
 * The transfer service does not take cron: it takes the App Engine cron.yaml ("groc") syntax, with
 * every time in UTC ("The specified times are in UTC", google provider 6.50.0 docs of
 * google_bigquery_data_transfer_config.schedule; the BigQuery console converts local times to UTC,
 * "UTC is not affected by daylight saving time", cloud.google.com/bigquery/docs/scheduling-queries).
 * So the YAML keeps the familiar five-field cron, restricted to what has an exact equivalent:
 *
 * | cron                          | transfer schedule                      |
 * |-------------------------------|----------------------------------------|
 * | `30 3 * * *`                  | `every day 03:30`                      |
 * | `30 3 * * MON-FRI`            | `every mon,tue,wed,thu,fri 03:30`      |
 * | `30 3 1,15 * *`               | `1,15 of month 03:30`                  |
 * | `30 3 1 JAN,JUL *`            | `1 of jan,jul 03:30`                   |
 * | `10 0-23/6 * * *`              | `every 6 hours from 00:10 to 18:10`    |
 * | `10 8-18/2 * * *`             | `every 2 hours from 08:10 to 18:10`    |
 * | `0-59/15 8-18 * * *`           | `every 15 minutes from 08:00 to 18:45` |
 *
 * A time zone with a fixed UTC offset (Etc/UTC, Asia/Tokyo, Asia/Kolkata) is converted to UTC
 * exactly; a zone with daylight saving time cannot be, because the service has no time zone, and is
 * rejected. Not verified against the service: the shortest interval it accepts for scheduled
 * queries (15 minutes is required here, a conservative choice) and whether it accepts every groc
 * form above (`every N hours|minutes from HH:MM to HH:MM`, day lists `of month`, month lists);
 * they are documented groc forms (cloud.google.com/appengine/docs/standard/scheduling-jobs-with-cron-yaml).
 */
import { cronProblem, isTimeZone, TIME_ZONE_ALLOWED, utcOffsetMinutes } from "../catalog/cron";

/** Shortest interval between runs accepted here, in minutes. */
export const MIN_INTERVAL_MINUTES = 15;

const WEEKDAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const CRON_WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
const CRON_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

export const SCHEDULE_ALLOWED =
  "a five-field cron with one run time per day on every day, some weekdays or some days of the month (e.g. '30 3 * * *', '30 3 * * MON-FRI', '30 3 1,15 * *'), or runs at a fixed step through the day (e.g. '10 */6 * * *', '*/30 8-18 * * *'); BigQuery scheduled queries have no other forms";

/** The outcome of converting a cron expression: the transfer schedule, or what is wrong and where. */
export type TransferScheduleResult =
  | { readonly ok: true; readonly schedule: string; readonly utcOffsetMinutes: number }
  | { readonly ok: false; readonly field: "schedule" | "timeZone"; readonly message: string };

interface Field {
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const MINUTE: Field = { min: 0, max: 59 };
const HOUR: Field = { min: 0, max: 23 };
const DAY_OF_MONTH: Field = { min: 1, max: 31 };
const MONTH: Field = { min: 1, max: 12, names: CRON_MONTHS };
const DAY_OF_WEEK: Field = { min: 0, max: 7, names: CRON_WEEKDAYS };

function valueOf(field: Field, text: string): number {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return field.min === 1 ? named + 1 : named;
  return Number(text);
}

/** The values a (syntactically valid) cron field selects, ascending. Day of week 7 becomes 0. */
function expand(field: Field, text: string): number[] {
  const out = new Set<number>();
  for (const part of text.split(",")) {
    const [range, stepText] = part.split("/");
    const step = stepText === undefined ? 1 : Number(stepText);
    let from: number;
    let to: number;
    if (range === "*") {
      from = field.min;
      to = field === DAY_OF_WEEK ? 6 : field.max;
    } else {
      const [a, b] = range.split("-");
      from = valueOf(field, a);
      to = b === undefined ? (stepText === undefined ? from : field.max) : valueOf(field, b);
    }
    for (let v = from; v <= to; v += step) out.add(field === DAY_OF_WEEK && v === 7 ? 0 : v);
  }
  return [...out].sort((a, b) => a - b);
}

function isAll(field: Field, values: readonly number[]): boolean {
  const max = field === DAY_OF_WEEK ? 6 : field.max;
  return values.length === max - field.min + 1;
}

/** `values` as start, step and count when they are an arithmetic progression (a single value has step 0). */
function progression(values: readonly number[]): { start: number; step: number; count: number } | undefined {
  if (values.length === 1) return { start: values[0], step: 0, count: 1 };
  const step = values[1] - values[0];
  for (let i = 2; i < values.length; i++) if (values[i] - values[i - 1] !== step) return undefined;
  return { start: values[0], step, count: values.length };
}

const pad = (n: number) => String(n).padStart(2, "0");
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const mod = (a: number, n: number) => ((a % n) + n) % n;

/**
 * The fixed UTC offset of `timeZone` in minutes, or undefined when the zone observes daylight
 * saving time (its offset differs between the first days of the months of 2025 and 2026).
 */
export function fixedUtcOffset(timeZone: string): number | undefined {
  // Asked once per model: the answer depends on the zone only.
  if (FIXED_OFFSETS.has(timeZone)) return FIXED_OFFSETS.get(timeZone);
  const offsets = new Set<number>();
  for (const year of [2025, 2026]) for (let month = 0; month < 12; month++) offsets.add(utcOffsetMinutes(timeZone, new Date(Date.UTC(year, month, 1, 12))));
  const fixed = offsets.size === 1 ? [...offsets][0] : undefined;
  FIXED_OFFSETS.set(timeZone, fixed);
  return fixed;
}

const FIXED_OFFSETS = new Map<string, number | undefined>();

const fail = (field: "schedule" | "timeZone", message: string): TransferScheduleResult => ({ ok: false, field, message });

/**
 * Converts a five-field cron expression, read in `timeZone`, to the transfer service's schedule
 * format in UTC. Fails with the field to blame and a message saying what is allowed.
 */
export function toTransferSchedule(cron: string, timeZone = "Etc/UTC"): TransferScheduleResult {
  const syntax = cronProblem(cron);
  if (syntax) return fail("schedule", syntax);
  if (!isTimeZone(timeZone)) return fail("timeZone", `not a time zone; allowed: ${TIME_ZONE_ALLOWED}`);
  const offset = fixedUtcOffset(timeZone);
  if (offset === undefined) {
    return fail(
      "timeZone",
      `${timeZone} observes daylight saving time, which BigQuery scheduled queries cannot follow (they run on UTC times); use Etc/UTC and write the schedule in UTC, or a zone with a fixed offset such as Asia/Tokyo`,
    );
  }
  const [mText, hText, domText, monText, dowText] = cron.trim().split(/\s+/);
  const minutes = expand(MINUTE, mText);
  const hours = expand(HOUR, hText);
  const days = expand(DAY_OF_MONTH, domText);
  const months = expand(MONTH, monText);
  const weekdays = expand(DAY_OF_WEEK, dowText);
  const everyDay = isAll(DAY_OF_MONTH, days) && isAll(DAY_OF_WEEK, weekdays);
  const everyMonth = isAll(MONTH, months);
  const unsupported = (why: string) => fail("schedule", `${why}; allowed: ${SCHEDULE_ALLOWED}`);

  if (!isAll(DAY_OF_MONTH, days) && !isAll(DAY_OF_WEEK, weekdays)) {
    return unsupported("restricts both the day of month and the day of week (cron runs when either matches)");
  }

  // One run time per selected day.
  if (minutes.length === 1 && hours.length === 1) {
    const local = hours[0] * 60 + minutes[0];
    const utc = local - offset;
    const dayShift = Math.floor(utc / 1440);
    const time = clock(mod(utc, 1440));
    const monthScope = everyMonth ? "" : ` of ${months.map((m) => MONTH_NAMES[m - 1]).join(",")}`;
    if (dayShift !== 0 && !everyMonth) {
      return fail("timeZone", `moves ${clock(local)} to the ${dayShift < 0 ? "previous" : "next"} day in UTC, which a schedule limited to some months cannot express; use Etc/UTC and write the schedule in UTC`);
    }
    if (!isAll(DAY_OF_MONTH, days)) {
      if (dayShift !== 0) {
        return fail("timeZone", `moves ${clock(local)} to the ${dayShift < 0 ? "previous" : "next"} day in UTC, which a day-of-month schedule cannot express; use Etc/UTC and write the schedule in UTC`);
      }
      return { ok: true, schedule: `${days.join(",")} of ${everyMonth ? "month" : monthScope.slice(4)} ${time}`, utcOffsetMinutes: offset };
    }
    const dayList = isAll(DAY_OF_WEEK, weekdays) ? "day" : [...new Set(weekdays.map((w) => mod(w + dayShift, 7)))].sort((a, b) => a - b).map((w) => WEEKDAY_NAMES[w]).join(",");
    return { ok: true, schedule: `every ${dayList}${monthScope} ${time}`, utcOffsetMinutes: offset };
  }

  // Runs at a fixed step through the day.
  if (!everyDay || !everyMonth) return unsupported("runs several times a day on some days only");
  const h = progression(hours);
  const m = progression(minutes);
  let stepMinutes: number;
  let first: number;
  let last: number;
  if (minutes.length === 1) {
    if (!h) return unsupported(`runs at hours ${hours.join(",")}, which are not evenly spaced`);
    stepMinutes = h.step * 60;
    first = h.start * 60 + minutes[0];
    last = hours[hours.length - 1] * 60 + minutes[0];
  } else {
    if (!m || 60 % m.step !== 0 || m.start >= m.step || m.count !== 60 / m.step) {
      return unsupported(`runs at minutes ${minutes.join(",")}, which do not repeat evenly every hour`);
    }
    if (!h || (hours.length > 1 && h.step !== 1)) return unsupported("combines a minute step with hours that are not a contiguous range");
    stepMinutes = m.step;
    first = hours[0] * 60 + m.start;
    last = hours[hours.length - 1] * 60 + minutes[minutes.length - 1];
  }
  if (stepMinutes < MIN_INTERVAL_MINUTES) {
    return unsupported(`runs every ${stepMinutes} minutes; runs must be at least ${MIN_INTERVAL_MINUTES} minutes apart`);
  }
  const unit = stepMinutes % 60 === 0 ? `${stepMinutes / 60} hours` : `${stepMinutes} minutes`;
  const wholeDay = (last - first) + stepMinutes === 1440;
  if (wholeDay) {
    // Evenly spread over the whole day: shifting to UTC only moves the phase.
    const start = mod(first - offset, stepMinutes);
    return { ok: true, schedule: `every ${unit} from ${clock(start)} to ${clock(start + 1440 - stepMinutes)}`, utcOffsetMinutes: offset };
  }
  const from = first - offset;
  const to = last - offset;
  if (Math.floor(from / 1440) !== Math.floor(to / 1440)) {
    return fail("timeZone", `moves the runs from ${clock(first)} to ${clock(last)} across midnight in UTC, which the transfer service cannot express; use Etc/UTC and write the schedule in UTC`);
  }
  return { ok: true, schedule: `every ${unit} from ${clock(mod(from, 1440))} to ${clock(mod(to, 1440))}`, utcOffsetMinutes: offset };
}
