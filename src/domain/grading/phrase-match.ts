/**
 * Finding a rubric's signal phrases in free text, tolerantly but not credulously: case,
 * punctuation, plurals and common inflections (-s/-es/-ies, -ing, -ed) are ignored, and a hyphen,
 * a slash, an underscore, a space or nothing between words are equal ("re-run" = "rerun" =
 * "re run"). Each occurrence says whether it reads as negated: a negator (no, not, never, without,
 * don't, skip…) within four words before it (articles and "and"/"or" not counted) in the same clause, or a dismissal right after it
 * ("… is unnecessary", "… doesn't matter"); a negation does not reach past a clause break or a
 * word such as "until", "because" or "but". Matching works on tokens prepared once per text, so a
 * text can be searched for thousands of phrases quickly.
 */

/** One word (or symbol such as `%`) of a text, with where it is and how it was separated. */
export interface Token {
  /** Lower-case, apostrophes removed ("don't" → "dont"). */
  key: string;
  /** `key` with plural and inflection endings removed. */
  stem: string;
  /** Offsets of the token in the original text. */
  start: number;
  end: number;
  /** What separates it from the previous token: "soft" (space, hyphen, slash…) or "hard" (, . ; newline…). */
  gap: "soft" | "hard";
  /** False for symbol tokens (`%`, `+`, `@`…), which do not count as words. */
  word: boolean;
}

/** A text split into tokens once, for repeated searches. */
export interface PreparedText {
  text: string;
  tokens: Token[];
  /** Token indices by their first one and two characters (across a one-letter token), so a search
   * visits only the tokens a phrase can start at. */
  starts: Map<string, number[]>;
}

/** Where a phrase occurs: token indices [from, to] (inclusive), the answer's own wording, negation. */
export interface PhraseOccurrence {
  from: number;
  to: number;
  /** The matched passage exactly as written in the text. */
  text: string;
  negated: boolean;
  /** `text`, widened to include the negation when there is one ("skip the canary"). */
  context: string;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:['’]\p{L}+|(?<=\p{N})[.,]\p{N}+)*|[%+@^=&$€£<>]/gu;
// Separators that keep words together: spaces, hyphens, slashes, underscores, Markdown emphasis, quotes.
const SOFT_GAP_RE = /^[ \t\u00a0\-‐‑‒–/_*`~"“”‘’']*$/;
const VOWEL_RE = /[aeiouy]/;
const ED_KEEP = new Set(["embed", "imbed", "shed", "bed", "red", "fed", "wed"]);

/**
 * The stem of one lower-case word: a light suffix stripper (not a full Porter stemmer) that
 * makes singular/plural and -ing/-ed forms meet: "slices", "slicing", "sliced" → "slic"; "retrains"
 * → "retrain"; "policies" → "policy"; "biases" → "bias"; "dropped" → "drop".
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 2 || !/\p{L}/u.test(w)) return w;
  if (w.length >= 5 && (w.endsWith("ies") || w.endsWith("ied"))) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length >= 4 && /(s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is|ias)$/.test(w)) w = w.slice(0, -1);
  // A plural may hide an -ing form ("embeddings", "settings"): strip both.
  if (w.endsWith("ing") && VOWEL_RE.test(w.slice(0, -3)) && w.length >= 5) w = w.slice(0, -3);
  else if (
    w.endsWith("ed") &&
    !w.endsWith("eed") &&
    !ED_KEEP.has(w) &&
    VOWEL_RE.test(w.slice(0, -2)) &&
    w.length >= 4
  )
    w = w.slice(0, -2);
  if (w.length >= 3 && /([b-df-hj-km-np-rt-wyz])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length >= 3 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

/** Split `text` into tokens (see `Token`). */
export function prepareText(text: string): PreparedText {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const raw = m[0];
    const key = raw.toLowerCase().replace(/['’]/g, "");
    const between = text.slice(last, start);
    tokens.push({
      key,
      stem: stem(key),
      start,
      end: start + raw.length,
      gap: tokens.length === 0 || SOFT_GAP_RE.test(between) ? "soft" : "hard",
      word: /[\p{L}\p{N}]/u.test(raw),
    });
    last = start + raw.length;
  }
  const starts = new Map<string, number[]>();
  const add = (k: string, i: number) => {
    const list = starts.get(k);
    if (list) list.push(i);
    else starts.set(k, [i]);
  };
  tokens.forEach((t, i) => {
    add(t.key[0]!, i);
    const two = (t.key + (tokens[i + 1]?.key ?? "")).slice(0, 2);
    if (two.length === 2) add(two, i);
  });
  return { text, tokens, starts };
}

interface PreparedPhrase {
  /** The first two characters of the phrase (one for a one-character phrase): where a match can start. */
  head: string;
  /** The phrase's stems joined: matched against text stems joined over a run of tokens. */
  stems: string;
  /** The stem of the phrase's keys joined (for compounds: "timebased" = "time-based"). */
  compound: string;
  compoundRawLength: number;
  /** The phrase's own first token, when it is itself a negator (e.g. "not comparable"). */
  negative: boolean;
}

const phraseCache = new Map<string, PreparedPhrase | null>();

function preparePhrase(phrase: string): PreparedPhrase | null {
  const cached = phraseCache.get(phrase);
  if (cached !== undefined) return cached;
  const { tokens } = prepareText(phrase);
  const raw = tokens.map((t) => t.key).join("");
  const prepared = tokens.length
    ? {
        head: raw.slice(0, 2),
        stems: tokens.map((t) => t.stem).join(""),
        compound: stem(raw),
        compoundRawLength: raw.length,
        negative: NEGATORS.has(tokens[0]!.key),
      }
    : null;
  if (phraseCache.size > 20_000) phraseCache.clear();
  phraseCache.set(phrase, prepared);
  return prepared;
}

/** The last token index of a match of `p` starting at token `i`, or -1. */
function matchAt(tokens: readonly Token[], i: number, p: PreparedPhrase): number {
  let stems = "";
  let raw = "";
  let stemsAlive = true;
  let rawAlive = true;
  for (let j = i; j < tokens.length && (stemsAlive || rawAlive); j++) {
    const t = tokens[j]!;
    if (j > i && t.gap === "hard") break;
    if (stemsAlive) {
      stems += t.stem;
      if (stems === p.stems) return j;
      stemsAlive = stems.length < p.stems.length && p.stems.startsWith(stems);
    }
    if (rawAlive) {
      raw += t.key;
      // Stemming changes at most the last few characters: compare the rest before stemming.
      const n = Math.min(raw.length, p.compound.length - 2);
      rawAlive = raw.length <= p.compoundRawLength + 3 && raw.slice(0, n) === p.compound.slice(0, n);
      if (rawAlive && raw.length >= p.compound.length && stem(raw) === p.compound) return j;
    }
  }
  return -1;
}

/** Words that negate what follows them within a few words. */
export const NEGATORS: ReadonlySet<string> = new Set([
  "no",
  "not",
  "never",
  "without",
  "nor",
  "neither",
  "none",
  "dont",
  "doesnt",
  "didnt",
  "isnt",
  "arent",
  "wasnt",
  "werent",
  "wont",
  "cant",
  "cannot",
  "couldnt",
  "shouldnt",
  "wouldnt",
  "neednt",
  "skip",
  "skips",
  "skipping",
  "skipped",
]);
/** A negator followed by one of these is not a negation ("not only", "no matter"…). */
const NOT_NEGATING_NEXT = new Set(["only", "just", "matter", "doubt", "least", "exception"]);
/** Two-word negators: "instead of X", "rather than X". */
const PAIR_NEGATORS: ReadonlyArray<readonly [string, string]> = [
  ["instead", "of"],
  ["rather", "than"],
];
/** Words after a phrase that dismiss it ("X is unnecessary", "X is a waste"). */
const DISMISSALS = new Set([
  "unnecessary",
  "irrelevant",
  "overkill",
  "pointless",
  "useless",
  "needless",
  "waste",
]);
/** After a negator, these dismiss the phrase before it ("X doesn't matter", "X is not needed"). */
const DISMISSED_BY_NEGATION = new Set([
  "involved",
  "factor",
  "concern",
  "needed",
  "necessary",
  "required",
  "matter",
  "matters",
  "relevant",
  "important",
  "helpful",
  "useful",
  "issue",
  "problem",
  "cause",
  "worth",
  "help",
  "helps",
]);

/** Words that do not count towards the negation window ("no LRU or a soak test"). */
const FREE_WORDS = new Set(["a", "an", "the", "any", "or", "and", "nor"]);
/** Words that end a negation's reach ("do not ship until we rerun"). */
const SCOPE_BREAKERS = new Set([
  "until",
  "unless",
  "because",
  "but",
  "so",
  "then",
  "since",
  "before",
  "after",
  "once",
  "while",
  "if",
  "when",
  "which",
  "that",
]);
/** After "and"/"or", these start a new clause, which the negation before does not reach. */
const CLAUSE_STARTERS = new Set([
  "we",
  "i",
  "you",
  "they",
  "it",
  "would",
  "will",
  "should",
  "must",
  "can",
  "could",
  "then",
  "also",
]);
/** Negators that a preceding negator cancels: "no need to skip X", "can't ship without X". */
const CANCELLABLE = new Set(["skip", "skips", "skipping", "skipped", "without"]);
/** How many words before a phrase a negator reaches. */
const NEGATION_WINDOW = 4;

/** Index of the nearest negator among the `window` words before token `i` in the same clause, or -1. */
function negatorBefore(tokens: readonly Token[], i: number, window: number): number {
  for (let k = i - 1, seen = 0; k >= 0 && seen < window; k--) {
    if (tokens[k + 1]!.gap === "hard") return -1;
    const t = tokens[k]!;
    if (!t.word) continue;
    if (SCOPE_BREAKERS.has(t.key)) return -1;
    if ((t.key === "and" || t.key === "or") && CLAUSE_STARTERS.has(tokens[k + 1]?.key ?? "")) return -1;
    if (!FREE_WORDS.has(t.key)) seen++;
    if (NEGATORS.has(t.key) && !NOT_NEGATING_NEXT.has(tokens[k + 1]?.key ?? "")) return k;
    if (PAIR_NEGATORS.some(([a, b]) => t.key === a && tokens[k + 1]?.key === b) && k + 1 < i) return k;
  }
  return -1;
}

/**
 * The tokens [from, to] widened to the words that negate or dismiss the occurrence at
 * [from, to], or null when it is affirmed.
 */
function negation(
  tokens: readonly Token[],
  from: number,
  to: number,
  phraseIsNegative: boolean,
): [number, number] | null {
  if (!phraseIsNegative) {
    const k = negatorBefore(tokens, from, NEGATION_WINDOW);
    // "no need to skip X", "can't ship without X": a negated negator affirms.
    const cancelled =
      k >= 0 && CANCELLABLE.has(tokens[k]!.key) && negatorBefore(tokens, k, NEGATION_WINDOW) >= 0;
    if (k >= 0 && !cancelled) return [k, to];
  }
  for (let k = to + 1, seen = 0; k < tokens.length && seen < 4; k++) {
    const t = tokens[k]!;
    if (t.gap === "hard") break;
    if (!t.word) continue;
    seen++;
    if (DISMISSALS.has(t.key)) return [from, k];
    if (NEGATORS.has(t.key)) {
      for (let n = k + 1, s2 = 0; n < tokens.length && s2 < 2 && tokens[n]!.gap !== "hard"; n++, s2++) {
        if (DISMISSED_BY_NEGATION.has(tokens[n]!.key)) return [from, n];
      }
    }
  }
  return null;
}

/** Token spans [from, to] where `phrase` occurs (non-overlapping, in order); stops after `limit`. */
function spans(prepared: PreparedText, p: PreparedPhrase, limit = Infinity): [number, number][] {
  const out: [number, number][] = [];
  let after = -1;
  // Stemming only changes endings: a match starts with the phrase's first two characters.
  for (const i of prepared.starts.get(p.head) ?? []) {
    if (i <= after) continue;
    const to = matchAt(prepared.tokens, i, p);
    if (to < 0) continue;
    out.push([i, to]);
    if (out.length >= limit) break;
    after = to;
  }
  return out;
}

/** Every occurrence of `phrase` in `text` (non-overlapping, in order). */
export function findOccurrences(text: string | PreparedText, phrase: string): PhraseOccurrence[] {
  const p = preparePhrase(phrase);
  if (!p) return [];
  const prepared = typeof text === "string" ? prepareText(text) : text;
  const { tokens } = prepared;
  const slice = (a: number, b: number) => prepared.text.slice(tokens[a]!.start, tokens[b]!.end);
  return spans(prepared, p).map(([from, to]) => {
    const span = negation(tokens, from, to, p.negative);
    return {
      from,
      to,
      text: slice(from, to),
      negated: span !== null,
      context: span ? slice(span[0], span[1]) : slice(from, to),
    };
  });
}

/** Whether `phrase` occurs in `text` at all (negated or not): for "was it in the prompt?" checks. */
export function containsPhrase(text: string | PreparedText, phrase: string): boolean {
  const p = preparePhrase(phrase);
  if (!p) return false;
  return spans(typeof text === "string" ? prepareText(text) : text, p, 1).length > 0;
}

/** The first occurrence of `phrase` in `text` that is not negated, or null. */
export function findPhrase(text: string | PreparedText, phrase: string): PhraseOccurrence | null {
  return findOccurrences(text, phrase).find((o) => !o.negated) ?? null;
}
