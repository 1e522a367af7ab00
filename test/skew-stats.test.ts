import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  categoricalDistributions,
  decileCuts,
  EMPTY_BIN_FLOOR,
  jensenShannonDistance,
  lInfinityDistance,
  numericDistributions,
  populationStabilityIndex,
  rangeBucket,
  statistic,
  statisticsFor,
  thresholdProblem,
} from "../lib/skew/stats";

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} != ${expected}`);

describe("the statistics on two-bin fixtures computed by hand", () => {
  // p = (0.5, 0.5), q = (0.9, 0.1).
  const p = [0.5, 0.5];
  const q = [0.9, 0.1];

  test("PSI = 0.4·ln(0.9/0.5) + (−0.4)·ln(0.1/0.5) = 0.4·ln 1.8 + 0.4·ln 5", () => {
    close(populationStabilityIndex(p, q), 0.4 * Math.log(1.8) + 0.4 * Math.log(5), "psi");
    close(populationStabilityIndex(p, q), 0.8788898309344878, "psi");
  });

  test("Jensen-Shannon distance with m = (0.7, 0.3), in bits", () => {
    const kp = 0.5 * Math.log2(0.5 / 0.7) + 0.5 * Math.log2(0.5 / 0.3);
    const kq = 0.9 * Math.log2(0.9 / 0.7) + 0.1 * Math.log2(0.1 / 0.3);
    close(jensenShannonDistance(p, q), Math.sqrt((kp + kq) / 2), "js");
    close(jensenShannonDistance(p, q), 0.38313587985994224, "js");
  });

  test("L-infinity = max(|0.9 − 0.5|, |0.1 − 0.5|) = 0.4", () => {
    close(lInfinityDistance(p, q), 0.4, "linf");
  });

  test("identical distributions: every statistic is 0", () => {
    for (const d of [[1], [0.25, 0.75], [0.1, 0.2, 0.3, 0.4]]) {
      close(populationStabilityIndex(d, d), 0, "psi");
      close(jensenShannonDistance(d, d), 0, "js");
      close(lInfinityDistance(d, d), 0, "linf");
    }
  });

  test("disjoint distributions: JS distance and L-infinity are 1, PSI is large but finite thanks to the floor", () => {
    close(jensenShannonDistance([1, 0], [0, 1]), 1, "js");
    close(lInfinityDistance([1, 0], [0, 1]), 1, "linf");
    // Each bin: (1 − 0.0001) · ln(1 / 0.0001).
    close(populationStabilityIndex([1, 0], [0, 1]), 2 * (1 - EMPTY_BIN_FLOOR) * Math.log(1 / EMPTY_BIN_FLOOR), "psi");
  });

  test("PSI and JS are symmetric in p and q; JS stays within [0, 1]", () => {
    close(populationStabilityIndex(q, p), populationStabilityIndex(p, q), "psi");
    close(jensenShannonDistance(q, p), jensenShannonDistance(p, q), "js");
    for (const [a, b] of [[[0.2, 0.8], [0.7, 0.3]], [[0.01, 0.99], [0.99, 0.01]], [[0.3, 0.3, 0.4], [0, 0, 1]]]) {
      const js = jensenShannonDistance(a, b);
      assert.ok(js >= 0 && js <= 1, String(js));
    }
  });
});

describe("binning like the SQL: baseline deciles and RANGE_BUCKET", () => {
  test("the deciles of 1..20 cut it into ten bins of two values", () => {
    const baseline = Array.from({ length: 20 }, (_, i) => i + 1);
    assert.deepEqual(decileCuts(baseline), [3, 5, 7, 9, 11, 13, 15, 17, 19]);
  });

  test("ties merge cut points", () => {
    assert.deepEqual(decileCuts([0, 0, 0, 0, 0, 0, 0, 0, 1, 2]), [0, 1, 2]);
    assert.deepEqual(decileCuts([]), []);
  });

  test("RANGE_BUCKET: cut points at or below the value; below the first is 0, at or above the last is the count", () => {
    const cuts = [3, 5, 7];
    assert.deepEqual([0, 2.99, 3, 4, 5, 6.5, 7, 100].map((x) => rangeBucket(x, cuts)), [0, 0, 1, 1, 2, 2, 3, 3]);
  });

  test("a numeric feature: baseline 1..20, serving 1, 2, 3, 4, 19, 20, 21, 22", () => {
    const d = numericDistributions(Array.from({ length: 20 }, (_, i) => i + 1), [1, 2, 3, 4, 19, 20, 21, 22]);
    // Baseline: a tenth in each bin. Serving: bin 0 {1, 2}, bin 1 {3, 4}, bin 9 {19, 20, 21, 22}
    // (values above the baseline's range land in the last bin).
    assert.deepEqual(d.bins, ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    assert.deepEqual(d.p, Array(10).fill(0.1));
    assert.deepEqual(d.q, [0.25, 0.25, 0, 0, 0, 0, 0, 0, 0, 0.5]);
    // PSI: bins 0 and 1 add 0.15·ln 2.5 each, bin 9 adds 0.4·ln 5, the seven empty serving bins
    // add (0.0001 − 0.1)·ln(0.0001 / 0.1) each.
    close(statistic("psi", d), 2 * 0.15 * Math.log(2.5) + 0.4 * Math.log(5) + 7 * (0.0001 - 0.1) * Math.log(0.0001 / 0.1), "psi");
    close(statistic("psi", d), 5.749255651128095, "psi");
    // JS: m = 0.175 in bins 0 and 1, 0.3 in bin 9, 0.05 in the seven others.
    const kp = 2 * 0.1 * Math.log2(0.1 / 0.175) + 0.1 * Math.log2(0.1 / 0.3) + 7 * 0.1 * Math.log2(0.1 / 0.05);
    const kq = 2 * 0.25 * Math.log2(0.25 / 0.175) + 0.5 * Math.log2(0.5 / 0.3);
    close(statistic("jensenShannon", d), Math.sqrt((kp + kq) / 2), "js");
    close(statistic("jensenShannon", d), 0.7091551836567035, "js");
    close(statistic("lInfinity", d), 0.4, "linf");
  });

  test("a categorical feature: categories seen on one side only have share 0 on the other", () => {
    const d = categoricalDistributions(["a", "a", "b", "c"], ["a", "b", "b", "d"]);
    assert.deepEqual(d.bins, ["a", "b", "c", "d"]);
    assert.deepEqual(d.p, [0.5, 0.25, 0.25, 0]);
    assert.deepEqual(d.q, [0.25, 0.5, 0, 0.25]);
    close(statistic("lInfinity", d), 0.25, "linf");
    // a: −0.25·ln 0.5, b: 0.25·ln 2, c: (0.0001 − 0.25)·ln(0.0001 / 0.25), d: the same as c.
    close(statistic("psi", d), 2 * 0.25 * Math.log(2) + 2 * (0.25 - 0.0001) * Math.log(0.25 / 0.0001), "psi");
    close(statistic("psi", d), 4.257031786505947, "psi");
    // m = 0.375 for a and b, 0.125 for c and d: KL(p‖m) = KL(q‖m) = 0.5·log₂(4/3) + 0.25·log₂(2/3) + 0.25.
    close(statistic("jensenShannon", d), Math.sqrt(0.5 * Math.log2(4 / 3) + 0.25 * Math.log2(2 / 3) + 0.25), "js");
    close(statistic("jensenShannon", d), 0.5579230452841438, "js");
  });
});

describe("statistic catalog", () => {
  test("statistics per feature type", () => {
    assert.deepEqual(statisticsFor("numeric"), ["psi", "jensenShannon"]);
    assert.deepEqual(statisticsFor("categorical"), ["psi", "jensenShannon", "lInfinity"]);
  });

  test("threshold ranges", () => {
    assert.equal(thresholdProblem("psi", 0), undefined);
    assert.equal(thresholdProblem("psi", 3), undefined);
    assert.match(thresholdProblem("psi", -0.01) ?? "", /^must be at least 0 for psi/);
    assert.match(thresholdProblem("psi", Infinity) ?? "", /^must be a finite number for psi/);
    assert.equal(thresholdProblem("jensenShannon", 1), undefined);
    assert.match(thresholdProblem("jensenShannon", 1.0001) ?? "", /^must be from 0 to 1 for jensenShannon/);
    assert.match(thresholdProblem("lInfinity", -1) ?? "", /^must be from 0 to 1 for lInfinity/);
  });
});
