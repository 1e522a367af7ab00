import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { ModelMonitoringInput, ModelMonitoringSchema, parseTableReference, parseWindow, tableReferenceProblem } from "../lib/config/skew";
import { formatPath } from "../lib/core/errors";
import { fixedUtcOffset, toTransferSchedule } from "../lib/skew/schedule";

function block(overrides: Partial<ModelMonitoringInput> = {}): ModelMonitoringInput {
  return {
    baseline: "acme-ml-prod.features.churn_training",
    window: "24h",
    schedule: "15 3 * * *",
    features: [
      { name: "tenure_months", type: "numeric", statistic: "psi", threshold: 0.2 },
      { name: "monthly_charges", type: "numeric", statistic: "jensenShannon", threshold: 0.1 },
      { name: "contract", type: "categorical", statistic: "lInfinity", threshold: 0.15 },
    ],
    ...overrides,
  };
}

/** The issues of a parse as "path: message". */
function issues(input: unknown): string[] {
  const r = ModelMonitoringSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
}

/** Asserts exactly one issue, at `path`, whose message matches. */
function assertIssue(input: unknown, path: string, message: RegExp): void {
  const found = issues(input);
  assert.equal(found.length, 1, `expected one issue, got:\n${found.join("\n")}`);
  assert.ok(found[0].startsWith(`${path}: `), `expected an issue at ${path}, got: ${found[0]}`);
  assert.match(found[0].slice(path.length + 2), message);
}

const feature = (f: Record<string, unknown>) => block({ features: [{ name: "x", type: "numeric", statistic: "psi", threshold: 0.2, ...f } as never] });

describe("monitoring block: valid input", () => {
  test("parses with defaults: Etc/UTC, 100 serving values", () => {
    const r = ModelMonitoringSchema.parse(block());
    assert.equal(r.timeZone, "Etc/UTC");
    assert.equal(r.minSamples, 100);
    assert.deepEqual(r.features.map((f) => [f.name, f.type, f.statistic, f.threshold]), [
      ["tenure_months", "numeric", "psi", 0.2],
      ["monthly_charges", "numeric", "jensenShannon", 0.1],
      ["contract", "categorical", "lInfinity", 0.15],
    ]);
  });

  test("every statistic defined for a type is accepted, at the ends of its range", () => {
    for (const [type, statistic, threshold] of [
      ["numeric", "psi", 0],
      ["numeric", "psi", 25],
      ["numeric", "jensenShannon", 0],
      ["numeric", "jensenShannon", 1],
      ["categorical", "psi", 0.25],
      ["categorical", "jensenShannon", 0.5],
      ["categorical", "lInfinity", 0],
      ["categorical", "lInfinity", 1],
    ] as const) {
      assert.deepEqual(issues(feature({ type, statistic, threshold })), [], `${type} ${statistic} ${threshold}`);
    }
  });
});

describe("monitoring block: every validation rule says what is allowed", () => {
  test("a feature listed twice (case-insensitively, like BigQuery columns)", () => {
    const input = block({
      features: [
        { name: "tenure", type: "numeric", statistic: "psi", threshold: 0.2 },
        { name: "plan", type: "categorical", statistic: "lInfinity", threshold: 0.1 },
        { name: "Tenure", type: "numeric", statistic: "jensenShannon", threshold: 0.1 },
      ],
    });
    assertIssue(input, "features[2].name", /^duplicate feature 'Tenure', already listed at features\[0\]; list each feature once$/);
  });

  test("psi threshold below 0", () => {
    assertIssue(feature({ statistic: "psi", threshold: -0.1 }), "features[0].threshold", /^must be at least 0 for psi \(population stability index\); common values are 0\.1 \(moderate shift\) and 0\.25 \(significant shift\)$/);
  });

  test("Jensen-Shannon threshold above 1", () => {
    assertIssue(feature({ statistic: "jensenShannon", threshold: 1.5 }), "features[0].threshold", /^must be from 0 to 1 for jensenShannon \(Jensen-Shannon distance \(log base 2\)\)$/);
  });

  test("L-infinity threshold out of [0, 1]", () => {
    for (const t of [-0.01, 1.01]) {
      assertIssue(feature({ type: "categorical", statistic: "lInfinity", threshold: t }), "features[0].threshold", /^must be from 0 to 1 for lInfinity \(L-infinity distance\)$/);
    }
  });

  test("a threshold that is not a number", () => {
    assertIssue(feature({ threshold: "0.2" }), "features[0].threshold", /^must be a number: the value of the statistic above which the alert fires$/);
  });

  test("an unknown statistic", () => {
    assertIssue(
      feature({ statistic: "kolmogorovSmirnov" }),
      "features[0].statistic",
      /^unknown statistic; allowed: psi \(population stability index\), jensenShannon \(Jensen-Shannon distance \(log base 2\)\), lInfinity \(L-infinity distance, categorical features only\)$/,
    );
  });

  test("an unknown feature type", () => {
    assertIssue(feature({ type: "ordinal" }), "features[0].type", /^unknown feature type; allowed: numeric, categorical$/);
  });

  test("a statistic not defined for the feature's type: L-infinity is for categorical features", () => {
    assertIssue(feature({ type: "numeric", statistic: "lInfinity", threshold: 0.1 }), "features[0].statistic", /^lInfinity is not defined for numeric features; allowed for numeric features: psi, jensenShannon$/);
  });

  test("a feature name that is not a BigQuery column name", () => {
    assertIssue(feature({ name: "tenure-months" }), "features[0].name", /^not a valid feature name; allowed: the feature's column in the baseline table and its key in the prediction instances: 1-300 letters, digits or underscores/);
  });

  test("no features, or too many", () => {
    assertIssue(block({ features: [] }), "features", /^must list at least one feature$/);
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `f${i}`, type: "numeric" as const, statistic: "psi" as const, threshold: 0.2 }));
    assertIssue(block({ features: many }), "features", /^must list at most 100 features$/);
  });

  test("a malformed window", () => {
    for (const w of ["24", "0h", "3w", "1.5d", "91d", "2161h", "24 h"]) {
      assertIssue(block({ window: w }), "window", /^not a window; allowed: <n>h \(1-2160 hours\) or <n>d \(1-90 days\), e\.g\. 24h or 7d$/);
    }
  });

  test("a malformed cron schedule", () => {
    assertIssue(block({ schedule: "15 3 * *" }), "schedule", /^has 4 fields, cron needs exactly five; allowed: five fields/);
    assertIssue(block({ schedule: "15 25 * * *" }), "schedule", /^'25' is not a valid hour \(0-23\)/);
  });

  test("a cron that BigQuery scheduled queries cannot express", () => {
    const cases: [string, RegExp][] = [
      ["0 3,9,20 * * *", /^runs at hours 3,9,20, which are not evenly spaced; allowed: a five-field cron with one run time per day/],
      ["*/5 * * * *", /^runs every 5 minutes; runs must be at least 15 minutes apart; allowed:/],
      ["0 3 1 * MON", /^restricts both the day of month and the day of week \(cron runs when either matches\); allowed:/],
      ["0 */2 * * MON", /^runs several times a day on some days only; allowed:/],
      ["7,13 * * * *", /^runs at minutes 7,13, which do not repeat evenly every hour; allowed:/],
      ["*/15 */2 * * *", /^combines a minute step with hours that are not a contiguous range; allowed:/],
    ];
    for (const [cron, re] of cases) assertIssue(block({ schedule: cron }), "schedule", re);
  });

  test("a time zone that is not one", () => {
    assertIssue(block({ timeZone: "Mars/Olympus" }), "timeZone", /^not a time zone; allowed: an IANA time zone name such as Etc\/UTC/);
  });

  test("a time zone with daylight saving time", () => {
    assertIssue(
      block({ timeZone: "Europe/Paris" }),
      "timeZone",
      /^Europe\/Paris observes daylight saving time, which BigQuery scheduled queries cannot follow \(they run on UTC times\); use Etc\/UTC and write the schedule in UTC, or a zone with a fixed offset such as Asia\/Tokyo$/,
    );
  });

  test("a baseline that is not project.dataset.table", () => {
    const cases: [string, RegExp][] = [
      ["features.churn_training", /^has 2 parts separated by '\.', expected 3; allowed: a BigQuery table reference project\.dataset\.table/],
      ["acme-ml-prod.features.churn.training", /^has 4 parts separated by '\.', expected 3/],
      ["Acme_ML.features.churn_training", /^'Acme_ML' is not a valid project ID; allowed: 6-30 lowercase letters/],
      ["acme-ml-prod.feature-store.churn_training", /^'feature-store' is not a valid BigQuery dataset ID; allowed: 1-1024 letters, digits or underscores$/],
      ["acme-ml-prod.features.churn`training", /^'churn`training' is not a valid BigQuery table ID/],
      ["acme-ml-prod.features.", /^'' is not a valid BigQuery table ID/],
    ];
    for (const [ref, re] of cases) assertIssue(block({ baseline: ref }), "baseline", re);
  });

  test("unknown fields are rejected", () => {
    const found = issues({ ...block(), thresholds: 0.2 });
    assert.equal(found.length, 1);
    assert.match(found[0], /thresholds/);
  });

  test("every problem of one block is reported at once", () => {
    const found = issues({
      baseline: "features.churn",
      window: "3w",
      schedule: "0 3 * *",
      timeZone: "Nowhere/City",
      features: [
        { name: "a", type: "numeric", statistic: "lInfinity", threshold: 0.1 },
        { name: "a", type: "categorical", statistic: "jensenShannon", threshold: 2 },
      ],
    });
    assert.deepEqual(
      found.map((f) => f.split(": ")[0]).sort(),
      ["baseline", "features[0].statistic", "features[1].name", "features[1].threshold", "schedule", "timeZone", "window"],
    );
  });
});

describe("table references and windows", () => {
  test("a valid reference and its parts", () => {
    assert.equal(tableReferenceProblem("acme-ml-prod.features.churn_training"), undefined);
    assert.equal(tableReferenceProblem("acme-ml-prod.features.churn-2024 v2"), undefined);
    assert.deepEqual(parseTableReference("acme-ml-prod.features.churn_training"), { projectId: "acme-ml-prod", datasetId: "features", tableId: "churn_training" });
  });

  test("windows in hours or days", () => {
    assert.deepEqual(parseWindow("24h"), { amount: 24, unit: "HOUR", hours: 24 });
    assert.deepEqual(parseWindow("7d"), { amount: 7, unit: "DAY", hours: 168 });
    assert.deepEqual(parseWindow("90d"), { amount: 90, unit: "DAY", hours: 2160 });
    assert.equal(parseWindow("91d"), undefined);
  });
});

describe("cron to the BigQuery Data Transfer Service schedule", () => {
  const utc: [string, string][] = [
    ["30 3 * * *", "every day 03:30"],
    ["30 3 * * MON-FRI", "every mon,tue,wed,thu,fri 03:30"],
    ["30 3 * * 0,7", "every sun 03:30"],
    ["30 3 1,15 * *", "1,15 of month 03:30"],
    ["30 3 1 JAN,JUL *", "1 of jan,jul 03:30"],
    ["0 0 * JAN *", "every day of jan 00:00"],
    ["10 */6 * * *", "every 6 hours from 00:10 to 18:10"],
    ["0 3,15 * * *", "every 12 hours from 03:00 to 15:00"],
    ["5 * * * *", "every 1 hours from 00:05 to 23:05"],
    ["10 8-18/2 * * *", "every 2 hours from 08:10 to 18:10"],
    ["*/15 8-18 * * *", "every 15 minutes from 08:00 to 18:45"],
    ["*/30 * * * *", "every 30 minutes from 00:00 to 23:30"],
    ["5,35 9 * * *", "every 30 minutes from 09:05 to 09:35"],
  ];
  for (const [cron, expected] of utc) {
    test(`${cron} → ${expected}`, () => {
      const r = toTransferSchedule(cron, "Etc/UTC");
      assert.deepEqual(r, { ok: true, schedule: expected, utcOffsetMinutes: 0 });
    });
  }

  test("fixed-offset zones are converted to UTC, moving the weekday when the time crosses midnight", () => {
    assert.deepEqual(toTransferSchedule("30 3 * * MON", "Asia/Tokyo"), { ok: true, schedule: "every sun 18:30", utcOffsetMinutes: 540 });
    assert.deepEqual(toTransferSchedule("0 20 * * MON,FRI", "Pacific/Honolulu"), { ok: true, schedule: "every tue,sat 06:00", utcOffsetMinutes: -600 });
    assert.deepEqual(toTransferSchedule("0 12 * * *", "Asia/Tokyo"), { ok: true, schedule: "every day 03:00", utcOffsetMinutes: 540 });
    // Spread evenly over the day: only the phase moves.
    assert.deepEqual(toTransferSchedule("0 */6 * * *", "Asia/Tokyo"), { ok: true, schedule: "every 6 hours from 03:00 to 21:00", utcOffsetMinutes: 540 });
  });

  test("conversions a UTC schedule cannot express are blamed on the time zone", () => {
    const cases: [string, RegExp][] = [
      ["0 1 1,15 * *", /^moves 01:00 to the previous day in UTC, which a day-of-month schedule cannot express/],
      ["0 1 * JAN *", /^moves 01:00 to the previous day in UTC, which a schedule limited to some months cannot express/],
      ["0 8-18 * * *", /^moves the runs from 08:00 to 18:00 across midnight in UTC/],
    ];
    for (const [cron, re] of cases) {
      const r = toTransferSchedule(cron, "Asia/Tokyo");
      assert.equal(r.ok, false, cron);
      if (!r.ok) {
        assert.equal(r.field, "timeZone", cron);
        assert.match(r.message, re, cron);
      }
    }
  });

  test("fixed offsets: none for zones with daylight saving time", () => {
    assert.equal(fixedUtcOffset("Etc/UTC"), 0);
    assert.equal(fixedUtcOffset("Asia/Tokyo"), 540);
    assert.equal(fixedUtcOffset("Etc/GMT+5"), -300);
    assert.equal(fixedUtcOffset("Europe/Paris"), undefined);
    assert.equal(fixedUtcOffset("America/New_York"), undefined);
  });
});
