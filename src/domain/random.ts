/**
 * Seeded randomness for the domain (mock interviews, drill order). Everything that depends on chance takes a seed, so the
 * same mock can be taken again or shared. mulberry32 is a tiny 32-bit PRNG: fast, good enough to
 * shuffle a question pool, and identical in every JavaScript engine.
 */

/** A function returning numbers in [0, 1), deterministic for a given seed. */
export type Rng = () => number;

/** The mulberry32 generator seeded with the unsigned 32-bit integer `seed`. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash of `text`, used to derive independent seeds (e.g. one per section). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mix a seed with a label into a new seed, so sub-streams stay independent of each other. */
export function deriveSeed(seed: number, label: string): number {
  return (hashString(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}

/** A new array with the items of `items` in a random order (Fisher–Yates driven by `rng`). */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** A fresh seed from an arbitrary number (e.g. `Date.now()` in the UI): an unsigned 32-bit int. */
export function seedFrom(value: number): number {
  return (mulberry32(Math.floor(value) >>> 0)() * 4294967296) >>> 0;
}

/** Whether `seed` is a valid seed: an integer in [0, 2^32). */
export function isSeed(seed: unknown): seed is number {
  return typeof seed === "number" && Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff;
}
