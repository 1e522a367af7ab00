/**
 * How long a scheduled job may go without a successful run: the longest gap between two
 * consecutive times of its cron schedule, plus slack for the run itself. Engine-neutral.
 */
import { cronProblem } from "../catalog/cron";

const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

function values(field: string, min: number, max: number, names?: string[]): Set<number> {
  const out = new Set<number>();
  const value = (t: string) => {
    const i = names ? names.indexOf(t.toUpperCase()) : -1;
    return i >= 0 ? (min === 1 ? i + 1 : i) : Number(t);
  };
  for (const part of field.split(",")) {
    const [range, stepText] = part.split("/");
    const step = stepText ? Number(stepText) : 1;
    let from = min;
    let to = max;
    if (range !== "*") {
      const [a, b] = range.split("-");
      from = value(a);
      to = b !== undefined ? value(b) : stepText ? max : from;
    }
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

/** Strips a `CRON_TZ=<zone> ` or `TZ=<zone> ` prefix (feature view syncs use it). */
function splitZone(expr: string): { zone?: string; cron: string } {
  const m = /^(?:CRON_TZ|TZ)=(\S+)\s+(.*)$/.exec(expr.trim());
  return m ? { zone: m[1], cron: m[2] } : { cron: expr.trim() };
}

/**
 * The longest gap, in minutes, between two consecutive times of a five-field cron schedule over
 * a year (UTC arithmetic), or undefined when the expression is invalid or fires less than twice
 * a year. Day of month and day of week combine as in cron: when both are restricted, either matches.
 */
export function cronMaxGapMinutes(expr: string): number | undefined {
  // Every job of every model asks; the answer depends on the expression only.
  if (!MAX_GAPS.has(expr)) MAX_GAPS.set(expr, maxGap(expr));
  return MAX_GAPS.get(expr);
}

const MAX_GAPS = new Map<string, number | undefined>();

function maxGap(expr: string): number | undefined {
  const { cron } = splitZone(expr);
  if (cronProblem(cron) !== undefined) return undefined;
  const [mi, ho, dm, mo, dw] = cron.split(/\s+/);
  const minutes = [...values(mi, 0, 59)].sort((a, b) => a - b);
  const hours = [...values(ho, 0, 23)].sort((a, b) => a - b);
  const doms = values(dm, 1, 31);
  const months = values(mo, 1, 12, MONTHS);
  const dows = new Set([...values(dw, 0, 7, DAYS)].map((d) => d % 7));
  const domAny = dm === "*" || dm.startsWith("*/");
  const dowAny = dw === "*" || dw.startsWith("*/");
  const start = Date.UTC(2025, 0, 1);
  let previous: number | undefined;
  let longest = 0;
  let fires = 0;
  // 400 days: a full year plus the wrap into the next, so yearly gaps are seen.
  for (let day = 0; day < 400; day++) {
    const date = new Date(start + day * 86_400_000);
    if (!months.has(date.getUTCMonth() + 1)) continue;
    const domOk = doms.has(date.getUTCDate());
    const dowOk = dows.has(date.getUTCDay());
    const dayOk = domAny && dowAny ? true : domAny ? dowOk : dowAny ? domOk : domOk || dowOk;
    if (!dayOk) continue;
    for (const h of hours) {
      for (const m of minutes) {
        const t = day * 1440 + h * 60 + m;
        if (previous !== undefined) longest = Math.max(longest, t - previous);
        previous = t;
        fires++;
      }
    }
  }
  return fires >= 2 ? longest : undefined;
}

/**
 * Minutes a scheduled job may go without a success before it is overdue: the longest gap of its
 * schedule, plus `graceMinutes` for the run itself, plus 60 when the schedule names a time zone
 * (a daylight-saving change stretches one gap by an hour).
 */
export function successWindowMinutes(expr: string, graceMinutes = 120): number | undefined {
  const gap = cronMaxGapMinutes(expr);
  if (gap === undefined) return undefined;
  const zone = splitZone(expr).zone;
  return gap + graceMinutes + (zone && zone !== "UTC" && zone !== "Etc/UTC" ? 60 : 0);
}
