import assert from "node:assert/strict";
import { test } from "node:test";
import { cronProblem, isTimeZone } from "../lib/catalog/cron";

test("valid five-field cron expressions", () => {
  for (const e of ["0 3 * * *", "*/15 8-18 * * MON-FRI", "0 0 1 JAN,JUL *", "30 2 * * 7", "0 */6 1-15/2 * 1-5", "5,35 * * * sun"]) {
    assert.equal(cronProblem(e), undefined, e);
  }
});

test("invalid cron expressions say why", () => {
  const cases: [string, RegExp][] = [
    ["0 3 * *", /^has 4 fields, cron needs exactly five/],
    ["0 0 3 * * *", /^has 6 fields, cron needs exactly five/],
    ["", /^has 0 fields/],
    ["60 * * * *", /^'60' is not a valid minute \(0-59\)/],
    ["0 24 * * *", /^'24' is not a valid hour \(0-23\)/],
    ["0 0 0 * *", /^'0' is not a valid day of month \(1-31\)/],
    ["0 0 L * *", /^'L' is not a valid day of month/],
    ["0 0 * 13 *", /^'13' is not a valid month \(1-12 or JAN-DEC\)/],
    ["0 0 * * MON#2", /^'MON#2' is not a valid day of week/],
    ["0 0 * * 5-1", /^range '5-1' in the day of week field runs backwards/],
    ["*/0 * * * *", /^step '\/0' in the minute field must be a whole number from 1 to 59/],
    ["0 0 ? * *", /^'\?' is not a valid day of month/],
  ];
  for (const [e, re] of cases) assert.match(cronProblem(e) ?? "valid", re, e);
});

test("time zones: IANA names only", () => {
  for (const tz of ["Etc/UTC", "UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata", "Asia/Calcutta", "America/Argentina/Buenos_Aires"]) {
    assert.equal(isTimeZone(tz), true, tz);
  }
  for (const tz of ["CET+1", "Paris", "utc+2", "Europe/Pariss", "europe/paris", "+01:00"]) assert.equal(isTimeZone(tz), false, tz);
});
