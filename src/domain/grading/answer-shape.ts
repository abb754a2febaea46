/**
 * Is this an explanation or a list of words? Before suggesting rubric items from an answer, we
 * look at its shape: empty, very short, mostly the rubric's own signal phrases (keyword
 * stuffing), or without sentence structure (a bare list of terms: almost no function words such
 * as "the", "because", "we", or mostly fragments of one to three words). Stuffed and listed
 * answers get no suggestions, and the user is told why.
 */
import { findOccurrences, type PreparedText } from "./phrase-match";

export type AnswerFlagCode = "empty" | "too-short" | "term-list" | "mostly-signals";

export interface AnswerFlag {
  code: AnswerFlagCode;
  /** What was noticed, in words for the user. */
  message: string;
}

export interface AnswerShape {
  /** Word tokens (symbols such as % not counted). */
  words: number;
  /** Share of the words that belong to a signal phrase of the rubric. */
  signalShare: number;
  /** Share of the words that are function words (articles, pronouns, auxiliaries, connectives…). */
  functionShare: number;
  /** Fragments between commas, semicolons, sentence ends and line breaks, and how many have ≤ 3 words. */
  fragments: number;
  shortFragments: number;
  flags: AnswerFlag[];
  /** True when the shape says the answer should get no suggestions (empty, stuffed, a term list). */
  refuse: boolean;
}

/** Below this many words an answer is flagged as very short (a written answer; callers may pass another). */
export const DEFAULT_MIN_WORDS = 20;
/** At least this share of signal words: keyword stuffing. */
export const STUFFING_SHARE = 0.45;

// Function words of English prose: what a list of terms lacks.
const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those it its they them their there we our us i me my you your he she " +
    "is are was were be been being am do does did doing have has had having will would shall should " +
    "can could may might must of to in on at by for with from into onto over under about as than " +
    "then so because since if when while where which who whom whose what why how and or but nor not " +
    "no yet also too very just only even still each every any all some more most less such both " +
    "either one other another same own after before until unless though although whether rather " +
    "instead thus hence therefore first second finally here now dont doesnt isnt arent wont cant " +
    "shouldnt wouldnt didnt cannot its whats thats theres lets"
  ).split(" "),
);

/**
 * The shape of `answer` (prepared text) given every signal phrase of the question's rubric
 * (`signals`): counts, and the flags to show. `minWords`: below it, "too short".
 */
export function answerShape(
  answer: PreparedText,
  signals: readonly string[],
  minWords = DEFAULT_MIN_WORDS,
): AnswerShape {
  const { tokens } = answer;
  const words = tokens.filter((t) => t.word).length;
  const covered = new Set<number>();
  for (const s of new Set(signals)) {
    for (const o of findOccurrences(answer, s)) {
      for (let k = o.from; k <= o.to; k++) if (tokens[k]!.word) covered.add(k);
    }
  }
  const functionWords = tokens.filter((t) => t.word && FUNCTION_WORDS.has(t.key)).length;
  // Fragments: runs of words between hard separators (commas, sentence ends, line breaks, bullets).
  const sizes: number[] = [];
  for (const t of tokens) {
    if (!t.word) continue;
    if (t.gap === "hard" || sizes.length === 0) sizes.push(1);
    else sizes[sizes.length - 1]!++;
  }
  const shortFragments = sizes.filter((n) => n <= 3).length;
  const signalShare = words ? covered.size / words : 0;
  const functionShare = words ? functionWords / words : 0;

  const flags: AnswerFlag[] = [];
  if (words === 0) {
    flags.push({ code: "empty", message: "Nothing is written here." });
  } else {
    if (signalShare >= STUFFING_SHARE) {
      flags.push({
        code: "mostly-signals",
        message: `About ${Math.round(signalShare * 100)}% of this answer is the rubric's own key phrases, so no items are suggested: tick only what you actually explained.`,
      });
    } else if (
      (words >= 8 && functionShare < 0.1) ||
      (sizes.length >= 4 && shortFragments / sizes.length >= 0.75 && functionShare < 0.2)
    ) {
      flags.push({
        code: "term-list",
        message:
          "This reads as a list of terms rather than an explanation, so no items are suggested: an interviewer wants the reasoning behind each point.",
      });
    }
    if (words < minWords) {
      flags.push({
        code: "too-short",
        message: `Very short (${words} word${words === 1 ? "" : "s"}): an interviewer expects the reasoning, not only the conclusion.`,
      });
    }
  }
  return {
    words,
    signalShare,
    functionShare,
    fragments: sizes.length,
    shortFragments,
    flags,
    refuse: flags.some((f) => f.code !== "too-short"),
  };
}
