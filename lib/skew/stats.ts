/**
 * Training/serving skew statistics in plain TypeScript: the same formulas the generated BigQuery
 * SQL computes (lib/skew/sql.ts), so that their arithmetic can be checked on small fixtures.
 * Engine-neutral and pure: no cdktf, no provider, no I/O.
 *
 * Both sides of a feature become a distribution over the same bins: for a numeric feature, the
 * intervals between the training baseline's deciles; for a categorical feature, its categories.
 * `p` is the baseline's share of each bin and `q` the serving side's. Then:
 *
 * - population stability index  PSI = Σ (q − p) · ln(q / p), with p and q floored at
 *   {@link EMPTY_BIN_FLOOR} so that a bin empty on one side stays finite;
 * - Jensen-Shannon distance      JS = √(½ KL(p‖m) + ½ KL(q‖m)), m = (p + q) / 2, logarithms in base
 *   2, so that JS lies in [0, 1] (0: same distribution, 1: disjoint);
 * - L-infinity distance          L∞ = max |q − p| over the categories, in [0, 1].
 */

/** The statistics a feature can be watched with. */
export const SKEW_STATISTICS = ["psi", "jensenShannon", "lInfinity"] as const;
export type SkewStatistic = (typeof SKEW_STATISTICS)[number];

/** How a feature's values are compared: binned on baseline deciles, or by category. */
export const FEATURE_TYPES = ["numeric", "categorical"] as const;
export type FeatureType = (typeof FEATURE_TYPES)[number];

/** What each statistic is, where its values lie (so where a threshold may lie) and which feature types it is defined for. */
export const STATISTICS: Readonly<
  Record<SkewStatistic, { readonly title: string; readonly min: number; readonly max?: number; readonly types: readonly FeatureType[] }>
> = {
  psi: { title: "population stability index", min: 0, types: ["numeric", "categorical"] },
  jensenShannon: { title: "Jensen-Shannon distance (log base 2)", min: 0, max: 1, types: ["numeric", "categorical"] },
  // Over decile bins, L-infinity would only measure the largest shift of one bin; Vertex AI
  // Model Monitoring, which this follows, reserves it for categorical features.
  lInfinity: { title: "L-infinity distance", min: 0, max: 1, types: ["categorical"] },
};

/** The statistics defined for a feature type. */
export function statisticsFor(type: FeatureType): SkewStatistic[] {
  return SKEW_STATISTICS.filter((s) => STATISTICS[s].types.includes(type));
}

/** Why `threshold` is out of range for `statistic`, or undefined when it is in range. */
export function thresholdProblem(statistic: SkewStatistic, threshold: number): string | undefined {
  const s = STATISTICS[statistic];
  if (!Number.isFinite(threshold)) return `must be a finite number for ${statistic} (${s.title})`;
  if (s.max === undefined) return threshold < s.min ? `must be at least ${s.min} for ${statistic} (${s.title}); common values are 0.1 (moderate shift) and 0.25 (significant shift)` : undefined;
  return threshold < s.min || threshold > s.max ? `must be from ${s.min} to ${s.max} for ${statistic} (${s.title})` : undefined;
}

/** Number of quantile intervals numeric features are binned into: deciles. */
export const QUANTILE_BUCKETS = 10;

/** Floor of a bin's share in the PSI, so that a bin empty on one side gives a large but finite term. */
export const EMPTY_BIN_FLOOR = 0.0001;

/**
 * The inner cut points of the baseline's deciles, ascending and without duplicates (ties collapse
 * bins). The k-th cut is the sorted value at index ⌊k·n/10⌋, so that with RANGE_BUCKET each bin
 * holds a tenth of the baseline when there are no ties; BigQuery's APPROX_QUANTILES(x, 10)
 * approximates the same points on large tables.
 */
export function decileCuts(baseline: readonly number[]): number[] {
  const sorted = baseline.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const cuts: number[] = [];
  for (let k = 1; k < QUANTILE_BUCKETS; k++) {
    const c = sorted[Math.min(sorted.length - 1, Math.floor((k * sorted.length) / QUANTILE_BUCKETS))];
    if (cuts[cuts.length - 1] !== c) cuts.push(c);
  }
  return cuts;
}

/**
 * BigQuery's RANGE_BUCKET(x, cuts): the number of cut points less than or equal to `x`, so 0 below
 * the first cut and `cuts.length` at or above the last.
 */
export function rangeBucket(x: number, cuts: readonly number[]): number {
  let i = 0;
  while (i < cuts.length && cuts[i] <= x) i++;
  return i;
}

/** Share of each bin among `keys` (the bin of every value). */
export function shares(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const out = new Map<string, number>();
  for (const [k, n] of counts) out.set(k, n / keys.length);
  return out;
}

/** The two sides as aligned shares over the union of their bins: p (baseline) and q (serving). */
export interface Distributions {
  readonly bins: readonly string[];
  readonly p: readonly number[];
  readonly q: readonly number[];
}

/** Aligns two share maps over the union of their bins; a bin seen on one side only has share 0 on the other. */
export function align(baseline: ReadonlyMap<string, number>, serving: ReadonlyMap<string, number>): Distributions {
  const bins = [...new Set([...baseline.keys(), ...serving.keys()])].sort();
  return { bins, p: bins.map((b) => baseline.get(b) ?? 0), q: bins.map((b) => serving.get(b) ?? 0) };
}

/** Population stability index: Σ (q − p) · ln(q / p), shares floored at {@link EMPTY_BIN_FLOOR}. */
export function populationStabilityIndex(p: readonly number[], q: readonly number[]): number {
  let sum = 0;
  p.forEach((pi, i) => {
    const a = Math.max(pi, EMPTY_BIN_FLOOR);
    const b = Math.max(q[i], EMPTY_BIN_FLOOR);
    sum += (b - a) * Math.log(b / a);
  });
  return sum;
}

/** Jensen-Shannon distance in bits: √(½ Σ p·log₂(p/m) + ½ Σ q·log₂(q/m)), m = (p + q) / 2; terms with a zero share are 0. */
export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number {
  let kp = 0;
  let kq = 0;
  p.forEach((pi, i) => {
    const m = (pi + q[i]) / 2;
    if (pi > 0) kp += pi * Math.log2(pi / m);
    if (q[i] > 0) kq += q[i] * Math.log2(q[i] / m);
  });
  // Rounding can leave a tiny negative divergence for identical distributions.
  return Math.sqrt(Math.max(0, (kp + kq) / 2));
}

/** L-infinity distance: the largest difference between the two shares of one bin. */
export function lInfinityDistance(p: readonly number[], q: readonly number[]): number {
  return p.reduce((max, pi, i) => Math.max(max, Math.abs(q[i] - pi)), 0);
}

/** Applies one statistic to aligned distributions. */
export function statistic(name: SkewStatistic, d: Distributions): number {
  switch (name) {
    case "psi":
      return populationStabilityIndex(d.p, d.q);
    case "jensenShannon":
      return jensenShannonDistance(d.p, d.q);
    case "lInfinity":
      return lInfinityDistance(d.p, d.q);
  }
}

/** The two sides of a numeric feature binned on the baseline's deciles (bin keys are RANGE_BUCKET numbers). */
export function numericDistributions(baseline: readonly number[], serving: readonly number[]): Distributions {
  const cuts = decileCuts(baseline);
  const bin = (xs: readonly number[]) => shares(xs.filter((x) => Number.isFinite(x)).map((x) => String(rangeBucket(x, cuts))));
  return align(bin(baseline), bin(serving));
}

/** The two sides of a categorical feature over their categories. */
export function categoricalDistributions(baseline: readonly string[], serving: readonly string[]): Distributions {
  return align(shares(baseline), shares(serving));
}
