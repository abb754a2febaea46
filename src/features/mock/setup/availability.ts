import { matchesSection, type LoopTemplate, type PoolQuestion } from "../../../domain/mock";

/**
 * How many questions of the enabled packs match each section of `template` (an upper bound:
 * a question is used once per loop, so sections with overlapping filters share these).
 */
export function sectionAvailability(template: LoopTemplate, pool: readonly PoolQuestion[]): number[] {
  return template.sections.map(
    (s) => pool.filter((p) => matchesSection(p.question, s.filter, template.lane)).length,
  );
}
