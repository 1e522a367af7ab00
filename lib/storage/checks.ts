/**
 * The fixed facts of the data lake and the checks of a bucket's props, for the
 * `MlopsBucket`/`DataLake` constructs. Free of cdktn and provider imports.
 */
import { BUCKET_NAME } from "../catalog/naming";
import { checkProtection, DataProtection, GUARDED, labelProblems } from "../core/common";
import { Problem, throwIfAny } from "../core/errors";

/**
 * The buckets of an environment, by purpose. Keys are construct ids (parts of Terraform addresses
 * and Pulumi names): renaming one replaces the bucket.
 */
export const DATA_LAKE_BUCKETS = {
  data: "Training and evaluation data",
  artifacts: "Model artifacts (saved models, metrics, evaluation reports)",
  "pipeline-root": "Vertex AI Pipelines root (intermediate artifacts of pipeline runs)",
  checkpoints: "Training checkpoints",
} as const;
export type DataLakeBucket = keyof typeof DATA_LAKE_BUCKETS;

/** The data lake's purposes, in the order of {@link DATA_LAKE_BUCKETS}. */
export const DATA_LAKE_PURPOSES = Object.keys(DATA_LAKE_BUCKETS) as DataLakeBucket[];

/** A data lake bucket's name: `<bucketPrefix>-<purpose>`. */
export function dataLakeBucketName(bucketPrefix: string, purpose: DataLakeBucket): string {
  return `${bucketPrefix}-${purpose}`;
}

/** What a bucket gets when its props leave a setting out. */
export const BUCKET_DEFAULTS = {
  noncurrentVersionRetentionDays: 30,
  softDeleteRetentionDays: 7,
} as const;

/** What the checks read from a bucket's props (both engines' props have these fields). */
export interface BucketInput {
  readonly bucketName: string;
  readonly noncurrentVersionRetentionDays?: number;
  readonly softDeleteRetentionDays?: number;
  readonly labels?: Readonly<Record<string, string>>;
  readonly protection?: DataProtection;
}

/** A bucket's settings once the defaults fill what the props leave out. */
export interface BucketSettings {
  readonly protection: DataProtection;
  readonly noncurrentVersionRetentionDays: number;
  readonly softDeleteRetentionDays: number;
}

/** Every problem of a bucket's settings (defaults applied): name, retention windows, labels. */
export function bucketProblems(id: string, p: { readonly bucketName: string; readonly noncurrentVersionRetentionDays: number; readonly softDeleteRetentionDays: number; readonly labels?: Readonly<Record<string, string>> }): Problem[] {
  const problems: Problem[] = [...labelProblems(p.labels, id)];
  if (!BUCKET_NAME.test(p.bucketName)) {
    problems.push({ path: `${id}.bucketName`, message: `not a valid ${BUCKET_NAME.subject}; allowed: ${BUCKET_NAME.allowed}`, value: p.bucketName });
  }
  const noncurrent = p.noncurrentVersionRetentionDays;
  if (!Number.isInteger(noncurrent) || noncurrent < 1) {
    problems.push({ path: `${id}.noncurrentVersionRetentionDays`, message: "must be a whole number of days, at least 1", value: noncurrent });
  }
  const softDelete = p.softDeleteRetentionDays;
  if (!Number.isInteger(softDelete) || softDelete < 7 || softDelete > 90) {
    problems.push({ path: `${id}.softDeleteRetentionDays`, message: "must be a whole number of days from 7 to 90", value: softDelete });
  }
  return problems;
}

/**
 * Checks a bucket's props: the deletion policy first, then every other problem at once (a
 * ValidationError for `bucket '<id>'`). Returns the settings with the defaults applied.
 */
export function checkBucket(id: string, props: BucketInput): BucketSettings {
  const protection = props.protection ?? GUARDED;
  checkProtection(protection, id);
  const settings: BucketSettings = {
    protection,
    noncurrentVersionRetentionDays: props.noncurrentVersionRetentionDays ?? BUCKET_DEFAULTS.noncurrentVersionRetentionDays,
    softDeleteRetentionDays: props.softDeleteRetentionDays ?? BUCKET_DEFAULTS.softDeleteRetentionDays,
  };
  throwIfAny(bucketProblems(id, { ...settings, bucketName: props.bucketName, labels: props.labels }), `bucket '${id}'`);
  return settings;
}
