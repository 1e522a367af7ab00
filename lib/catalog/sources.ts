/**
 * How every catalog entry says where it comes from. Strings Google checks server-side (roles,
 * metric types, API names, zones, service agents, quotas) are emitted only from the catalog, and
 * each entry names its source and the date it was read there. An entry that could not be found in
 * a source stays in the catalog, marked `unconfirmed`, so that the gap is visible in the docs and
 * in `catalogSummary()` instead of being silently trusted.
 */

/** `confirmed`: read in the cited source on `checked`. `unconfirmed`: not found in a source that could be read. */
export type FactStatus = "confirmed" | "unconfirmed";

export interface Sourced {
  /**
   * Where the fact was read: a URL, `owner/repo@commit:path` of a public repository, a proto or
   * a provider file with its version.
   */
  readonly source: string;
  /** The date the source was read, YYYY-MM-DD. */
  readonly checked: string;
  readonly status: FactStatus;
  /** What the source says, or why the entry is unconfirmed. @default - none */
  readonly note?: string;
}

/** The date this catalog was last checked against its sources. */
export const CATALOG_CHECKED = "2026-12-03";

/** Google's predefined roles and their permissions, as published by the IAM API (snapshot of 2026-08-22). */
export const IAM_DATASET = "iann0036/iam-dataset@2073fa52ac008a45477aa0b1b4580cd99135bf60";

/** terraform-provider-google at v7.45.0 (2026-08-18), the GA provider the Pulumi side bridges. */
export const PROVIDER_V7_45 = "hashicorp/terraform-provider-google@v7.45.0";

/** Counts of confirmed and unconfirmed entries of one kind. */
export interface SourcedCount {
  readonly total: number;
  readonly confirmed: number;
  readonly unconfirmed: number;
}

/** Counts the entries of a catalog by status. */
export function countByStatus(entries: Iterable<Sourced>): SourcedCount {
  let confirmed = 0;
  let unconfirmed = 0;
  for (const e of entries) {
    if (e.status === "confirmed") confirmed++;
    else unconfirmed++;
  }
  return { total: confirmed + unconfirmed, confirmed, unconfirmed };
}
