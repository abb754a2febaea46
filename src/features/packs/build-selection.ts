/**
 * Build a new pack from questions picked across several packs, using the domain's
 * `selectQuestions` per source pack and checking the result with `parsePack`, so a downloaded
 * selection always imports.
 */
import {
  formatPackError,
  parsePack,
  selectQuestions,
  SLUG_PATTERN,
  type Category,
  type Difficulty,
  type Pack,
  type Question,
} from "../../domain/packs";

export interface SelectionFilter {
  packIds: readonly string[];
  category?: Category;
  difficulty?: Difficulty;
}

/** Questions of the chosen packs that match the filter, as [packId, question] pairs. */
export function matchingQuestions(packs: readonly Pack[], f: SelectionFilter): [string, Question][] {
  return packs
    .filter((p) => f.packIds.includes(p.id))
    .flatMap((p) =>
      p.questions
        .filter(
          (q) =>
            (!f.category || q.category === f.category) && (!f.difficulty || q.difficulty === f.difficulty),
        )
        .map((q): [string, Question] => [p.id, q]),
    );
}

export type BuildResult = { ok: true; pack: Pack } | { ok: false; problems: string[] };

/** A new pack `id`/`title` holding `picked` ([packId, questionId] pairs), or what stops it. */
export function buildSelection(
  packs: readonly Pack[],
  picked: readonly [string, string][],
  id: string,
  title: string,
  takenIds: readonly string[],
): BuildResult {
  const problems: string[] = [];
  if (!SLUG_PATTERN.test(id))
    problems.push("The id must be kebab-case: lowercase letters, digits and hyphens.");
  else if (takenIds.includes(id))
    problems.push(`A pack with the id “${id}” exists already; choose another id.`);
  if (title.trim() === "") problems.push("Give the new pack a title.");
  if (picked.length === 0) problems.push("Pick at least one question.");
  const seen = new Map<string, string>();
  for (const [packId, qId] of picked) {
    const other = seen.get(qId);
    if (other && other !== packId)
      problems.push(`Question id “${qId}” is in both ${other} and ${packId}; untick one of them.`);
    seen.set(qId, packId);
  }
  if (problems.length > 0) return { ok: false, problems };

  const sources = packs.filter((p) => picked.some(([packId]) => packId === p.id));
  const meta = {
    id,
    title: title.trim(),
    description: `Selected from ${sources.map((p) => p.title).join(", ")}.`,
    authors: [...new Set(sources.flatMap((p) => p.authors))],
    license: [...new Set(sources.map((p) => p.license))].join(" AND "),
    tags: [...new Set(sources.flatMap((p) => p.tags))],
  };
  const parts = sources.map((p) =>
    selectQuestions(
      p,
      picked.filter(([packId]) => packId === p.id).map(([, q]) => q),
      meta,
    ),
  );
  const merged: Pack = { ...parts[0]!, questions: parts.flatMap((p) => p.questions) };
  const checked = parsePack(JSON.parse(JSON.stringify(merged)) as unknown);
  if (!checked.ok) return { ok: false, problems: checked.errors.map(formatPackError) };
  return { ok: true, pack: merged };
}
