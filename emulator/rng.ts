/** Seeded randomness: the same seed gives the same sample data and the same fault decisions. */

export type Rng = () => number;

/** 32-bit string hash (FNV-1a) used to derive independent streams from one seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for sample data. */
export function seededRng(seed: number, stream = ''): Rng {
  let a = (seed ^ hash32(stream)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** 32 lower-case hex digits: the shape of IAM project ids, CodeArts ids and task ids. */
export function hex32(rng: Rng): string {
  let out = '';
  for (let i = 0; i < 4; i++) out += Math.floor(rng() * 0x100000000).toString(16).padStart(8, '0');
  return out;
}

/** A version-4-shaped UUID: the shape of DCS and DMS instance ids. */
export function uuid(rng: Rng): string {
  const h = hex32(rng);
  const variant = '89ab'[Math.floor(rng() * 4)]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
