/**
 * Zones per region, for every region the library accepts (lib/catalog/regions.ts): a Workbench
 * instance's zone must be one of its region's zones, or Compute Engine refuses it at apply time
 * (`us-central1-z` passes a pattern check and does not exist).
 *
 * The authority is Google's "Regions and zones" page (cloud.google.com/compute/docs/regions-zones,
 * "Available regions and zones"); `gcloud compute zones list` prints the live list. Read in the
 * stored copies on 2026-12-03:
 * - the current Memorystore for Redis "Regions and zones" page, which lists each region's zones
 *   by name (cloud.google.com/memorystore/docs/redis/regions), for the Asia-Pacific and African
 *   regions below;
 * - the regions-zones page itself, in an older edition whose table gives each region's zone
 *   letters (us-central1 a, b, c, f; europe-west1 b, c, d; ...), and its current opening
 *   paragraph (us-west1 a, b, c);
 * - the other regions could not be read in any stored copy and are marked unconfirmed: their
 *   zones follow the same page as the library's authors last knew it (a, b, c; us-east1 b, c, d).
 * Google opens zones over time (and specialised zones, e.g. for AI hardware, are not listed here):
 * when one is missing, add it with the date you checked.
 */
import { CATALOG_CHECKED, Sourced } from "./sources";
import { VERTEX_AI_REGIONS } from "./regions";

/** What a zone name looks like: `<region>-<letter>`, e.g. `us-central1-b`. */
export const ZONE_PATTERN = /^[a-z]+-[a-z]+[0-9]+-[a-z]$/;

export interface RegionZones extends Sourced {
  /** Zone names, e.g. `us-central1-a`. */
  readonly zones: readonly string[];
}

const MEMORYSTORE_PAGE = "https://cloud.google.com/memorystore/docs/redis/regions (Supported regions: zones by name)";
const REGIONS_ZONES_PAGE = "https://cloud.google.com/compute/docs/regions-zones (Available regions and zones)";

/** How each region's row was read: in which page, and whether it could be read at all. */
const MEMORYSTORE: Sourced = { source: MEMORYSTORE_PAGE, checked: CATALOG_CHECKED, status: "confirmed" };
const REGIONS_ZONES: Sourced = {
  source: REGIONS_ZONES_PAGE,
  checked: CATALOG_CHECKED,
  status: "confirmed",
  note: "read in an older stored edition of the page: zones opened since are missing",
};
const UNREAD: Sourced = { source: REGIONS_ZONES_PAGE, checked: CATALOG_CHECKED, status: "unconfirmed", note: "this region's row could not be read in a stored copy of the page" };

/** Region, its zone letters, and how the row was read. */
const TABLE: readonly (readonly [string, string, Sourced])[] = [
  ["africa-south1", "abc", MEMORYSTORE],
  ["asia-east1", "abc", MEMORYSTORE],
  ["asia-east2", "abc", MEMORYSTORE],
  ["asia-northeast1", "abc", MEMORYSTORE],
  ["asia-northeast2", "abc", MEMORYSTORE],
  ["asia-northeast3", "abc", MEMORYSTORE],
  ["asia-south1", "abc", MEMORYSTORE],
  ["asia-southeast1", "abc", MEMORYSTORE],
  ["asia-southeast2", "abc", MEMORYSTORE],
  ["australia-southeast1", "abc", MEMORYSTORE],
  ["australia-southeast2", "abc", MEMORYSTORE],
  ["europe-central2", "abc", UNREAD],
  ["europe-north1", "abc", REGIONS_ZONES],
  ["europe-southwest1", "abc", UNREAD],
  ["europe-west1", "bcd", REGIONS_ZONES],
  ["europe-west12", "abc", UNREAD],
  ["europe-west2", "abc", REGIONS_ZONES],
  ["europe-west3", "abc", REGIONS_ZONES],
  ["europe-west4", "abc", REGIONS_ZONES],
  ["europe-west6", "abc", UNREAD],
  ["europe-west8", "abc", UNREAD],
  ["europe-west9", "abc", UNREAD],
  ["me-central1", "abc", UNREAD],
  ["me-central2", "abc", UNREAD],
  ["me-west1", "abc", UNREAD],
  ["northamerica-northeast1", "abc", REGIONS_ZONES],
  ["northamerica-northeast2", "abc", UNREAD],
  ["southamerica-east1", "abc", UNREAD],
  ["southamerica-west1", "abc", UNREAD],
  ["us-central1", "abcf", REGIONS_ZONES],
  ["us-east1", "bcd", UNREAD],
  ["us-east4", "abc", UNREAD],
  ["us-east5", "abc", UNREAD],
  ["us-south1", "abc", UNREAD],
  ["us-west1", "abc", REGIONS_ZONES],
  ["us-west2", "abc", UNREAD],
  ["us-west3", "abc", UNREAD],
  ["us-west4", "abc", UNREAD],
];

/** Zones of each region the library accepts, by region. */
export const ZONES_BY_REGION: Readonly<Record<string, RegionZones>> = Object.fromEntries(
  TABLE.map(([r, letters, source]) => [r, { ...source, zones: [...letters].map((l) => `${r}-${l}`) }]),
);

/** The zones of `region`, or undefined when the catalog does not list the region. */
export function zonesOf(regionName: string): readonly string[] | undefined {
  return ZONES_BY_REGION[regionName]?.zones;
}

/**
 * Why `zone` is not a zone of `region`, or undefined when it is (or when the catalog does not
 * list the region, which the region check reports on its own).
 */
export function zoneProblem(zone: string, regionName: string): string | undefined {
  if (!zone.startsWith(`${regionName}-`)) return `must be a zone of the environment's region ${regionName}, e.g. ${regionName}-b`;
  const zones = zonesOf(regionName);
  if (!zones || zones.includes(zone)) return undefined;
  return `not a zone of ${regionName}; allowed: ${zones.join(", ")} (lib/catalog/zones.ts, ${ZONES_BY_REGION[regionName].checked}: add the zone there if Google opened it since)`;
}

/** The regions the catalog has zones for (every region the library accepts). */
export const REGIONS_WITH_ZONES: readonly string[] = VERTEX_AI_REGIONS.filter((r) => r in ZONES_BY_REGION);
