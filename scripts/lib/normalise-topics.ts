/**
 * Rewrites the `topics` of every question in a pack's JSON text to the canonical vocabulary
 * (`src/domain/packs/topics.ts`), touching nothing else in the file: each question's
 * `"topics": [...]` array is replaced in place, so numbers, key order and formatting elsewhere
 * stay byte for byte (run Prettier afterwards to re-wrap the arrays).
 */
import { canonicalTopic, canonicalTopics } from "../../src/domain/packs/topics";

/**
 * Per-question exceptions where a tag's usual synonym is wrong for that question, by question
 * id then tag: e.g. "search" means beam search, not product search, in a decoding question.
 * `null` drops the tag for that question.
 */
export const TOPIC_OVERRIDES: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  "beam-search-next-token-table": { search: null },
  "lru-embedding-cache": { caching: "data structures" },
  "product-revenue-dense-rank": { ranking: "window functions" },
  "ndcg-tie-aware": { ties: null },
};

export interface TopicChange {
  questionId: string;
  from: string[];
  to: string[];
}

export interface NormalisedPack {
  text: string;
  changes: TopicChange[];
  /** Tags that are neither canonical nor a known synonym (kept as written), by question id. */
  unknown: { questionId: string; tag: string }[];
}

const TOPICS_RE = /"topics"\s*:\s*\[[^\]]*\]/g;

/** The canonical topics of one question (overrides first, then the shared synonyms). */
export function questionTopics(questionId: string, tags: readonly string[]): string[] {
  const overrides = TOPIC_OVERRIDES[questionId] ?? {};
  const mapped = tags.flatMap((t) => {
    if (!Object.hasOwn(overrides, t)) return [t];
    const o = overrides[t];
    return o === null || o === undefined ? [] : [o];
  });
  return canonicalTopics(mapped.length > 0 ? mapped : tags);
}

/** Normalise the topics of every question in `text` (a pack's JSON). Throws on unparsable text. */
export function normalisePackText(text: string): NormalisedPack {
  const pack = JSON.parse(text) as { questions?: { id?: unknown; topics?: unknown }[] };
  const questions = Array.isArray(pack.questions) ? pack.questions : [];
  const withTopics = questions.filter((q) => Array.isArray(q.topics));
  const spans = [...text.matchAll(TOPICS_RE)];
  if (spans.length !== withTopics.length)
    throw new Error(
      `found ${spans.length} "topics" arrays in the text but ${withTopics.length} questions with topics`,
    );
  const changes: TopicChange[] = [];
  const unknown: NormalisedPack["unknown"] = [];
  let out = "";
  let last = 0;
  withTopics.forEach((q, i) => {
    const span = spans[i]!;
    const id = String(q.id);
    const from = (q.topics as unknown[]).map(String);
    const inText = JSON.parse(span[0].slice(span[0].indexOf("["))) as string[];
    if (JSON.stringify(inText) !== JSON.stringify(from))
      throw new Error(`question ${id}: its "topics" array is not where it was expected`);
    const to = questionTopics(id, from);
    for (const t of to) if (canonicalTopic(t) === undefined) unknown.push({ questionId: id, tag: t });
    out += text.slice(last, span.index);
    if (JSON.stringify(to) === JSON.stringify(from)) out += span[0];
    else {
      out += `"topics": ${JSON.stringify(to)}`;
      changes.push({ questionId: id, from, to });
    }
    last = span.index + span[0].length;
  });
  return { text: out + text.slice(last), changes, unknown };
}
