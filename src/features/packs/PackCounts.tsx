import { CATEGORIES, DIFFICULTIES, QUESTION_KINDS, type Pack, type PackStats } from "../../domain/packs";
import type { ReactNode } from "react";
import { CATEGORY_LABEL, DIFFICULTY_LABEL, KIND_LABEL } from "../../components/labels/labels";

function counts<K extends string>(keys: readonly K[], values: Record<K, number>, label: Record<K, string>) {
  const parts = keys.filter((k) => values[k] > 0).map((k) => `${label[k]} ${values[k]}`);
  return parts.length > 0 ? parts.join(" · ") : "none";
}

/** Question counts of a pack by category, kind and difficulty. */
export function PackCounts({ stats }: { stats: PackStats }) {
  return (
    <dl className="pack-counts">
      <div>
        <dt>Questions</dt>
        <dd>
          {stats.questions} (about {Math.round(stats.estimatedMinutes)} min)
        </dd>
      </div>
      <div>
        <dt>Categories</dt>
        <dd>{counts(CATEGORIES, stats.byCategory, CATEGORY_LABEL)}</dd>
      </div>
      <div>
        <dt>Kinds</dt>
        <dd>{counts(QUESTION_KINDS, stats.byKind, KIND_LABEL)}</dd>
      </div>
      <div>
        <dt>Difficulty</dt>
        <dd>{counts(DIFFICULTIES, stats.byDifficulty, DIFFICULTY_LABEL)}</dd>
      </div>
    </dl>
  );
}

/** A pack's id, version, authors and license. */
export function PackFacts({ pack }: { pack: Pack }) {
  const facts: [string, ReactNode][] = [
    ["Id", <code key="id">{pack.id}</code>],
    ["Version", pack.version],
    ["Authors", pack.authors.join(", ")],
    ["License", pack.license],
  ];
  return (
    <dl className="pack-facts">
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
