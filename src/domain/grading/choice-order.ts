/**
 * The order in which a choice question's options are shown: shuffled per attempt by a recorded
 * seed (mulberry32 + Fisher–Yates from domain/random), so a reload, the mock report and anyone
 * replaying the attempt see the same order and the same letters. No seed: the file's order.
 */
import type { ChoiceOption, ChoiceQuestion } from "../packs";
import { mulberry32, shuffled } from "../random";

export interface ShownOption {
  option: ChoiceOption;
  /** "A", "B", … in the order shown. */
  letter: string;
}

/** The letter of the option shown at `index` (A…Z, then AA, AB…). */
export function optionLetter(index: number): string {
  const base = String.fromCharCode(65 + (index % 26));
  return index < 26 ? base : optionLetter(Math.floor(index / 26) - 1) + base;
}

/** `q`'s options in the order shown for `seed` (the file's order when `seed` is undefined), lettered. */
export function shownOptions(q: Pick<ChoiceQuestion, "options">, seed: number | undefined): ShownOption[] {
  const order = seed === undefined ? [...q.options] : shuffled(q.options, mulberry32(seed));
  return order.map((option, i) => ({ option, letter: optionLetter(i) }));
}

/** The letters of `ids` as shown for `seed`, in letter order ("B, D"); unknown ids are skipped. */
export function lettersOf(
  q: Pick<ChoiceQuestion, "options">,
  seed: number | undefined,
  ids: readonly string[],
): string[] {
  return shownOptions(q, seed)
    .filter((s) => ids.includes(s.option.id))
    .map((s) => s.letter);
}
