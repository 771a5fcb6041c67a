// IP addresses as text, built once per distinct address: a capture repeats the same few endpoints millions of
// times, so a cache hit costs a map lookup and no string building.

/** Enough for every endpoint of a busy capture; past it the cache starts again rather than grow without bound. */
const CACHE_LIMIT = 8192;

const ipv4Cache = new Map<number, string>();

function dotted(a: number): string {
  return `${a >>> 24}.${(a >>> 16) & 0xff}.${(a >>> 8) & 0xff}.${a & 0xff}`;
}

/** The IPv4 address at bytes[at..at+4) (network order), dotted. */
export function ipv4Text(view: DataView, at: number): string {
  const a = view.getUint32(at);
  let text = ipv4Cache.get(a);
  if (text === undefined) {
    if (ipv4Cache.size >= CACHE_LIMIT) ipv4Cache.clear();
    text = dotted(a);
    ipv4Cache.set(a, text);
  }
  return text;
}

type Ipv6Entry = { w0: number; w1: number; w2: number; w3: number; text: string };
/** Keyed by a hash of the four 32-bit words; an entry is used only when all four words match. */
const ipv6Cache = new Map<number, Ipv6Entry>();

/** The IPv6 address at bytes[at..at+16), in RFC 5952 form. */
export function ipv6Text(view: DataView, at: number): string {
  const w0 = view.getUint32(at);
  const w1 = view.getUint32(at + 4);
  const w2 = view.getUint32(at + 8);
  const w3 = view.getUint32(at + 12);
  const key = (w0 ^ Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77) ^ Math.imul(w3, 0xc2b2ae3d)) | 0;
  const hit = ipv6Cache.get(key);
  if (hit !== undefined && hit.w0 === w0 && hit.w1 === w1 && hit.w2 === w2 && hit.w3 === w3) return hit.text;
  if (ipv6Cache.size >= CACHE_LIMIT) ipv6Cache.clear();
  const text = formatIpv6(w0, w1, w2, w3);
  ipv6Cache.set(key, { w0, w1, w2, w3, text });
  return text;
}

/**
 * RFC 5952 §4: lowercase hex without leading zeros, the longest run of two or more zero groups (the first, on a
 * tie) as "::". §5: an IPv4-mapped address (::ffff:0:0/96) ends in dotted IPv4, as inet_ntop and Wireshark print it.
 */
export function formatIpv6(w0: number, w1: number, w2: number, w3: number): string {
  if (w0 === 0 && w1 === 0 && w2 === 0xffff) return `::ffff:${dotted(w3)}`;
  const groups = [w0 >>> 16, w0 & 0xffff, w1 >>> 16, w1 & 0xffff, w2 >>> 16, w2 & 0xffff, w3 >>> 16, w3 & 0xffff];
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = (from: number, to: number) =>
    groups
      .slice(from, to)
      .map((g) => g.toString(16))
      .join(":");
  if (bestStart < 0) return hex(0, 8);
  return `${hex(0, bestStart)}::${hex(bestStart + bestLength, 8)}`;
}
