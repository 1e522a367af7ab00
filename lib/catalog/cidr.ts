/** IPv4 ranges: parsing and overlap, for the YAML schema and the network construct alike. */

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
