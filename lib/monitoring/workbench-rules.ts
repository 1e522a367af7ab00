/**
 * The "Workbench instance running outside working hours" alert, as an engine-neutral definition.
 *
 * Approach: Cloud Monitoring has no time-of-day condition, but PromQL has clock functions. The
 * condition is a PromQL query over compute.googleapis.com/instance/uptime_total (reported every
 * minute while a VM runs, so its series disappears when the instance stops) for the instances'
 * VMs, kept only while the current time is outside the working windows:
 *
 *   max by (instance_name) (compute_googleapis_com:instance_uptime_total{...}) > 0
 *     unless on() ((W >= a1 and W < b1) or (W >= a2 and W < b2) ...)
 *
 * where W = day_of_week() * 1440 + hour() * 60 + minute() is the minute of the week in UTC
 * (0 = Sunday 00:00 UTC) and [a, b) are the working windows converted to UTC.
 *
 * Limits:
 * - PromQL's clock is UTC. A time zone with daylight saving time has two UTC offsets; the windows
 *   cover both (computed for 15 January and 15 July, so synthesis stays deterministic), which
 *   widens them by the DST shift: the alert never fires inside working hours, and may fire up to
 *   an hour late outside them.
 * - Working hours cannot span midnight, and public holidays are not known.
 * - A Workbench instance's VM is matched by name (the instance name); the query is scoped to the
 *   project's metrics (project_id label).
 * - Not verified against a live project: that Cloud Monitoring's PromQL evaluates day_of_week(),
 *   hour() and minute() as Prometheus does.
 */
import { clockMinutes, MonitoringPreset, WEEKDAYS, WorkingHours } from "../config/monitoring";
import { isTimeZone, utcOffsetMinutes } from "../catalog/cron";
import type { Problem } from "../core/errors";
import { AlertPolicyDefinition, consoleLink, policyProblems, runbook, seconds } from "./definitions";

const WEEK = 7 * 1440;
const GCE_NAME = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The zone's offsets in winter and summer (one value when it has no daylight saving time). */
export function utcOffsets(timeZone: string): number[] {
  const offsets = [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)].map((t) => utcOffsetMinutes(timeZone, new Date(t)));
  return [...new Set(offsets)];
}

/**
 * The working windows as sorted, merged [from, to) minutes of the week in UTC (0 = Sunday
 * 00:00 UTC), covering every UTC offset of the time zone.
 */
export function workingWindowsUtc(wh: WorkingHours): [number, number][] {
  const start = clockMinutes(wh.start);
  const end = clockMinutes(wh.end);
  if (start === undefined || end === undefined || end <= start) return [];
  const raw: [number, number][] = [];
  for (const offset of utcOffsets(wh.timeZone)) {
    for (const day of wh.days) {
      const from = WEEKDAYS.indexOf(day) * 1440 + start - offset;
      const to = from + (end - start);
      const a = ((from % WEEK) + WEEK) % WEEK;
      const b = a + (to - from);
      if (b <= WEEK) raw.push([a, b]);
      else raw.push([a, WEEK], [0, b - WEEK]);
    }
  }
  raw.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of raw) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

const MINUTE_OF_WEEK = "(day_of_week() * 1440 + hour() * 60 + minute())";

/** The PromQL query that returns one series per listed instance running outside working hours. */
export function afterHoursQuery(projectId: string, instanceNames: readonly string[], wh: WorkingHours): string {
  const running = `max by (instance_name) (compute_googleapis_com:instance_uptime_total{monitored_resource="gce_instance",project_id="${projectId}",instance_name=~"${instanceNames.join("|")}"}) > 0`;
  const windows = workingWindowsUtc(wh);
  if (windows.length === 0) return running;
  const inside = windows.map(([a, b]) => `(${MINUTE_OF_WEEK} >= ${a} and ${MINUTE_OF_WEEK} < ${b})`).join(" or ");
  return `${running} unless on() (${inside})`;
}

export interface WorkbenchAlertInput {
  readonly environment: string;
  readonly projectId: string;
  /** Workbench instance names (their VMs carry the same name). */
  readonly instanceNames: readonly string[];
  readonly workingHours: WorkingHours;
  readonly preset: MonitoringPreset;
}

export function workbenchAlertProblems(i: WorkbenchAlertInput, where: string): Problem[] {
  const out: Problem[] = [];
  if (i.instanceNames.length === 0) out.push({ path: `${where}.instanceNames`, message: "must list at least one instance" });
  i.instanceNames.forEach((n, k) => {
    if (!GCE_NAME.test(n)) out.push({ path: `${where}.instanceNames[${k}]`, message: "not an instance name; allowed: 1-63 lowercase letters, digits or hyphens, starting with a letter", value: n });
  });
  const wh = i.workingHours;
  if (!isTimeZone(wh.timeZone)) out.push({ path: `${where}.workingHours.timeZone`, message: "not an IANA time zone name such as Europe/Paris", value: wh.timeZone });
  if (wh.days.length === 0 || wh.days.some((d) => !WEEKDAYS.includes(d))) out.push({ path: `${where}.workingHours.days`, message: `must list weekdays among ${WEEKDAYS.join(", ")}`, value: wh.days });
  const s = clockMinutes(wh.start);
  const e = clockMinutes(wh.end);
  if (s === undefined || e === undefined || e <= s) out.push({ path: `${where}.workingHours`, message: "start and end must be HH:MM with end after start", value: `${wh.start}-${wh.end}` });
  const m = i.preset.workbenchAfterHoursMinutes;
  if (!Number.isInteger(m) || m < 1 || m > 1440) out.push({ path: `${where}.preset.workbenchAfterHoursMinutes`, message: "must be a whole number of minutes from 1 to 1440", value: m });
  return out;
}

export function workbenchAlertDefinition(i: WorkbenchAlertInput, where: string): { definition?: AlertPolicyDefinition; problems: Problem[] } {
  const problems = workbenchAlertProblems(i, where);
  if (problems.length) return { problems };
  const wh = i.workingHours;
  const minutes = i.preset.workbenchAfterHoursMinutes;
  const title = `[${i.environment}] Workbench instance running outside working hours`;
  const definition: AlertPolicyDefinition = {
    key: "AfterHours",
    displayName: title,
    severity: i.preset.severities.workbenchAfterHours,
    userLabels: { "alert-kind": "workbench-after-hours" },
    conditions: [
      {
        displayName: `instance running outside ${wh.days.join(",")} ${wh.start}-${wh.end} ${wh.timeZone} for ${minutes} min`,
        conditionPrometheusQueryLanguage: {
          query: afterHoursQuery(i.projectId, i.instanceNames, wh),
          duration: seconds(minutes * 60),
          evaluationInterval: seconds(60),
        },
      },
    ],
    documentation: {
      subject: title,
      content: runbook({
        what: `A Workbench instance has been running for ${minutes} minutes outside working hours (${wh.days.join(", ")} ${wh.start}-${wh.end}, ${wh.timeZone}). The incident names the instance in the label instance_name.`,
        context: [`Environment: ${i.environment}`, `Instances watched: ${i.instanceNames.join(", ")}`],
        causes: [
          "A long-running notebook job keeps the instance busy, so idle shutdown does not stop it.",
          "Someone is working late or from another time zone.",
          "The instance is used by something other than its owner (check its access).",
        ],
        steps: [
          "Ask the instance's owner (label owner on the instance) whether it is expected.",
          "If not, stop it: gcloud workbench instances stop <name> --location=<zone>.",
          "Move long jobs to Vertex AI Pipelines or custom jobs, which stop when done.",
        ],
      }),
      links: [{ displayName: "Workbench instances", url: consoleLink("vertex-ai/workbench/instances", i.projectId) }],
    },
  };
  const defProblems = policyProblems(definition, where);
  return defProblems.length ? { problems: defProblems } : { definition, problems: [] };
}
