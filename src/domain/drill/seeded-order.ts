/** Deterministic shuffling from a string seed (no Math.random), for stable daily orders. */
import { hashString, mulberry32, shuffled } from "../random";

/** A copy of `items` shuffled (Fisher–Yates) by a generator seeded with `seed`: same seed, same order. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  return shuffled(items, mulberry32(hashString(seed)));
}
