import type { RubricItem } from "../../domain/packs";
import { Markdown } from "../markdown/Markdown";

/**
 * One rubric's items as checkboxes for an honest self-assessment: each with its points and, when
 * the answer contains one of its signal phrases, the phrase that matched (why it is pre-ticked).
 */
export function RubricChecks({
  items,
  ticks,
  suggestions,
  onToggle,
}: {
  items: readonly RubricItem[];
  ticks: Readonly<Record<string, boolean>>;
  suggestions: ReadonlyMap<string, string | null>;
  onToggle: (itemId: string, on: boolean) => void;
}) {
  return items.map((item) => {
    const matched = suggestions.get(item.id);
    return (
      <label key={item.id} className="choice rubric-item">
        <input
          type="checkbox"
          checked={ticks[item.id] ?? false}
          onChange={(e) => onToggle(item.id, e.target.checked)}
        />
        <span>
          <Markdown source={item.description} inline /> <span className="points">({item.points} pt)</span>
          {matched ? <span className="matched"> — matched “{matched}”</span> : null}
        </span>
      </label>
    );
  });
}
