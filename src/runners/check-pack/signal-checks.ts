/**
 * Rules that keep rubric signals honest. The app suggests a rubric item only from signals found
 * in an answer, and ignores any signal the user was shown (title, prompt, design sections,
 * follow-up questions, revealed hints). So a signal that echoes the question never counts, an
 * item whose every signal is in the prompt or hints can lose all evidence, and a signal that most
 * unrelated model answers contain ("monitor", "latency") is no evidence of this item at all.
 */
import { containsPhrase, prepareText, type PreparedText } from "../../domain/grading/phrase-match";
import type { Question, RubricItem } from "../../domain/packs";
import type { CheckProblem } from "./types";

/** A signal found in at least this share of other questions' model answers is too generic. */
export const GENERIC_SIGNAL_SHARE = 0.25;
/** The generic rule needs at least this many other model answers to measure against. */
export const MIN_CORPUS = 10;

/** Model answers of written and design questions, prepared once, to measure how generic a signal is. */
export interface SignalCorpus {
  docs: { id: string; text: PreparedText }[];
}

/** The corpus of `questions`' model answers (written and design; duplicates by id and text once). */
export function signalCorpus(questions: readonly Question[]): SignalCorpus {
  const seen = new Set<string>();
  const docs: SignalCorpus["docs"] = [];
  for (const q of questions) {
    if (q.kind !== "written" && q.kind !== "design") continue;
    const key = `${q.id}\n${q.modelAnswer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    docs.push({ id: q.id, text: prepareText(q.modelAnswer) });
  }
  return { docs };
}

interface Located {
  item: RubricItem;
  path: string;
}

function items(q: Question, at: string): Located[] {
  if (q.kind === "written") return q.rubric.map((item, i) => ({ item, path: `${at}.rubric[${i}]` }));
  if (q.kind !== "design") return [];
  return [
    ...q.sections.flatMap((s, i) =>
      s.rubric.map((item, j) => ({ item, path: `${at}.sections[${i}].rubric[${j}]` })),
    ),
    ...q.followUps.flatMap((f, i) =>
      (f.rubric ?? []).map((item, j) => ({ item, path: `${at}.followUps[${i}].rubric[${j}]` })),
    ),
  ];
}

/** What the user of `q` is shown, each with a name for messages; hints separately. */
function shownParts(q: Question): { name: string; text: PreparedText; hint: boolean }[] {
  const parts: { name: string; text: string; hint: boolean }[] = [
    { name: "the title", text: q.title, hint: false },
    { name: "the prompt", text: q.prompt, hint: false },
  ];
  if (q.kind === "design") {
    for (const s of q.sections)
      parts.push({ name: `section "${s.title}"`, text: `${s.title}\n${s.prompt ?? ""}`, hint: false });
    q.followUps.forEach((f, i) => parts.push({ name: `follow-up ${i + 1}`, text: f.question, hint: false }));
  }
  q.hints.forEach((h, i) => parts.push({ name: `hint ${i + 1}`, text: h, hint: true }));
  return parts.map((p) => ({ ...p, text: prepareText(p.text) }));
}

/**
 * The signal rules for question `q` at path `at`. `strict` (the built-in bank's rules) makes
 * them problems; otherwise they are warnings. `corpus`: other questions' model answers (the
 * question's own is skipped); the generic rule applies when it has at least `MIN_CORPUS` others.
 */
export function signalFindings(
  q: Question,
  at: string,
  opts: { strict: boolean; corpus?: SignalCorpus },
): { problems: CheckProblem[]; warnings: CheckProblem[] } {
  const located = items(q, at);
  const out: CheckProblem[] = [];
  if (!located.length) return { problems: [], warnings: [] };
  const shown = shownParts(q);
  const others = (opts.corpus?.docs ?? []).filter((d) => d.id !== q.id);
  for (const { item, path } of located) {
    let echoed = 0;
    item.signals.forEach((signal, k) => {
      const where = shown.filter((p) => containsPhrase(p.text, signal));
      if (where.length) echoed++;
      const inQuestion = where.filter((p) => !p.hint);
      if (inQuestion.length) {
        out.push({
          code: "rubric-echo",
          path: `${path}.signals[${k}]`,
          message: `signal "${signal}" of rubric item "${item.id}" occurs in ${inQuestion.map((p) => p.name).join(", ")}: the app never counts a phrase the user was shown, so it is no evidence`,
          fix: "Replace it with a phrase a good answer adds beyond the question's own wording (a mechanism, a consequence, a concrete check), or remove it.",
        });
      }
      if (others.length >= MIN_CORPUS) {
        const hits = others.filter((d) => containsPhrase(d.text, signal)).length;
        if (hits / others.length >= GENERIC_SIGNAL_SHARE) {
          out.push({
            code: "rubric-generic",
            path: `${path}.signals[${k}]`,
            message: `signal "${signal}" of rubric item "${item.id}" occurs in ${hits} of ${others.length} other questions' model answers (${Math.round((hits / others.length) * 100)}%, limit ${GENERIC_SIGNAL_SHARE * 100}%): too generic to show this item is met`,
            fix: "Replace it with a phrase only an answer covering this item would use (a specific mechanism, check or number rather than a common word), or remove it.",
          });
        }
      }
    });
    if (item.signals.length > 0 && echoed === item.signals.length) {
      out.push({
        code: "rubric-echo",
        path: `${path}.signals`,
        message: `every signal of rubric item "${item.id}" occurs in the question or its hints: once the hints are shown, no answer can get this item suggested`,
        fix: "Add signals a good answer would use that the prompt and hints do not give away.",
      });
    }
  }
  return opts.strict ? { problems: out, warnings: [] } : { problems: [], warnings: out };
}
