/**
 * IPv4 ranges: parsing, overlap and the ranges Google refuses for subnets, for the YAML schema and
 * the network construct alike.
 */
import { CATALOG_CHECKED, Sourced } from "./sources";

/** Smallest and largest prefix lengths accepted for a range (subnet primary ranges: /8 to /29). */
export const CIDR_PREFIX_MIN = 8;
export const CIDR_PREFIX_MAX = 29;

/** What a valid range looks like, for messages. */
export const CIDR_ALLOWED = `an IPv4 range 'a.b.c.d/n' with each octet 0-255 (no leading zeros), n from ${CIDR_PREFIX_MIN} to ${CIDR_PREFIX_MAX}, and the address aligned to the prefix`;

/** A parsed IPv4 range. `first` and `last` are the range's bounds as unsigned 32-bit numbers. */
export interface Ipv4Cidr {
  /** The range as given, e.g. `10.10.0.0/20`. */
  readonly text: string;
  /** The network address, e.g. `10.10.0.0`. */
  readonly address: string;
  /** The prefix length, e.g. 20. */
  readonly prefixLength: number;
  readonly first: number;
  readonly last: number;
}

/** The result of {@link parseCidr}: the range, or why the text is not one. */
export type CidrParseResult = { readonly ok: true; readonly cidr: Ipv4Cidr } | { readonly ok: false; readonly reason: string };

const OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
const CIDR_RE = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}/([0-9]{1,2})$`);

function toDotted(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}

/**
 * Parses an IPv4 CIDR range. Rejects malformed text, octets outside 0-255, prefixes outside
 * /8../29 and addresses with host bits set (`10.10.1.0/20` is not aligned; `10.10.0.0/20` is).
 */
export function parseCidr(text: string): CidrParseResult {
  const m = CIDR_RE.exec(text);
  if (!m) return { ok: false, reason: `not ${CIDR_ALLOWED}` };
  const prefixLength = Number(m[5]);
  if (prefixLength < CIDR_PREFIX_MIN || prefixLength > CIDR_PREFIX_MAX) {
    return { ok: false, reason: `prefix length /${prefixLength} is outside /${CIDR_PREFIX_MIN}../${CIDR_PREFIX_MAX}` };
  }
  const first = ((Number(m[1]) * 256 + Number(m[2])) * 256 + Number(m[3])) * 256 + Number(m[4]);
  const size = 2 ** (32 - prefixLength);
  if (first % size !== 0) {
    const aligned = first - (first % size);
    return { ok: false, reason: `address is not aligned to the /${prefixLength} prefix (host bits set); did you mean ${toDotted(aligned)}/${prefixLength}?` };
  }
  return { ok: true, cidr: { text, address: toDotted(first), prefixLength, first, last: first + size - 1 } };
}

/** True when two ranges share at least one address. Text that does not parse never overlaps (report it with parseCidr). */
export function cidrsOverlap(a: Ipv4Cidr | string, b: Ipv4Cidr | string): boolean {
  const ra = typeof a === "string" ? parseCidr(a) : { ok: true as const, cidr: a };
  const rb = typeof b === "string" ? parseCidr(b) : { ok: true as const, cidr: b };
  if (!ra.ok || !rb.ok) return false;
  return ra.cidr.first <= rb.cidr.last && rb.cidr.first <= ra.cidr.last;
}

/** First and last address of a well-formed range of any prefix length (the catalog's own, e.g. 224.0.0.0/4). */
function bounds(text: string): { first: number; last: number } {
  const [address, prefix] = text.split("/");
  const first = address.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
  return { first, last: first + 2 ** (32 - Number(prefix)) - 1 };
}

/** The page that lists the IPv4 ranges a VPC subnet (primary or secondary) may and may not use. */
const VPC_RANGES_PAGE = "https://cloud.google.com/vpc/docs/subnets (\"Valid IPv4 ranges\", \"Prohibited IPv4 subnet ranges\")";

/** A range Google does not accept for a VPC subnet, with why. */
export interface ProhibitedRange extends Sourced {
  readonly cidr: string;
  readonly why: string;
}

const prohibited = (cidr: string, why: string, status: Sourced["status"], note?: string): ProhibitedRange => ({
  cidr,
  why,
  source: VPC_RANGES_PAGE,
  checked: CATALOG_CHECKED,
  status,
  note,
});

/**
 * Ranges a subnet (and the private services range allocated in the same VPC) must not overlap.
 * Besides these, Google also prohibits the public addresses of its own APIs and services, which
 * no fixed list here can cover. The page itself was not readable in the stored copies on
 * 2026-12-03 (only its opening section); the list follows its "Prohibited IPv4 subnet ranges"
 * table as the VPC documentation has long given it, and the link-local entry is also an observed
 * apply-time refusal of a 169.254.0.0/20 subnet.
 */
export const PROHIBITED_SUBNET_RANGES: readonly ProhibitedRange[] = [
  prohibited("169.254.0.0/16", "link-local addresses (RFC 3927); Compute Engine's metadata server is 169.254.169.254", "confirmed", "Google refuses a 169.254.0.0/20 subnet at apply time (observed, 2026)"),
  prohibited("127.0.0.0/8", "loopback addresses (RFC 1122)", "unconfirmed", "page section not readable in the stored copy"),
  prohibited("0.0.0.0/8", "the current network (RFC 1122)", "unconfirmed", "page section not readable in the stored copy"),
  prohibited("224.0.0.0/4", "multicast (RFC 5771)", "unconfirmed", "page section not readable in the stored copy"),
  prohibited("199.36.153.4/30", "restricted.googleapis.com, Private Google Access for VPC Service Controls", "unconfirmed", "the range is documented at cloud.google.com/vpc-service-controls/docs/private-connectivity; its prohibition for subnets is from the page above, not re-read"),
  prohibited("199.36.153.8/30", "private.googleapis.com, Private Google Access", "unconfirmed", "page section not readable in the stored copy"),
];

/**
 * Why `cidr` cannot be a subnet or private services range, or undefined when no prohibited range
 * overlaps it. Text that does not parse is left to {@link parseCidr}.
 */
export function prohibitedRangeProblem(cidr: Ipv4Cidr | string): string | undefined {
  const parsed = typeof cidr === "string" ? parseCidr(cidr) : { ok: true as const, cidr };
  if (!parsed.ok) return undefined;
  const { first, last } = parsed.cidr;
  const hit = PROHIBITED_SUBNET_RANGES.find((r) => {
    const b = bounds(r.cidr);
    return first <= b.last && b.first <= last;
  });
  if (!hit) return undefined;
  return `overlaps ${hit.cidr} (${hit.why}), which Google does not accept in a VPC subnet; allowed: a private range such as 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (lib/catalog/cidr.ts lists the prohibited ranges)`;
}
