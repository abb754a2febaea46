import type { RubricSuggestion } from "../../domain/grading/rubric";
import type { RubricItem } from "../../domain/packs";
import { Markdown } from "../markdown/Markdown";

/**
 * One rubric's items as checkboxes for an honest self-assessment: each with its points and the
 * evidence found in the answer ("found: …", the answer's own words) or why a phrase it contains
 * does not count (it was in the question, or it is negated). Evidence never ticks an item.
 */
export function RubricChecks({
  items,
  ticks,
  suggestions,
  onToggle,
}: {
  items: readonly RubricItem[];
  ticks: Readonly<Record<string, boolean>>;
  suggestions: ReadonlyMap<string, RubricSuggestion>;
  onToggle: (itemId: string, on: boolean) => void;
}) {
  return items.map((item) => {
    const s = suggestions.get(item.id);
    const skipped = s?.skipped[0];
    return (
      <label key={item.id} className="choice rubric-item">
        <input
          type="checkbox"
          checked={ticks[item.id] ?? false}
          onChange={(e) => onToggle(item.id, e.target.checked)}
        />
        <span>
          <Markdown source={item.description} inline /> <span className="points">({item.points} pt)</span>
          {s?.evidence ? (
            <span className="rubric-evidence"> — found: “{s.evidence.text}”</span>
          ) : skipped ? (
            <span className="rubric-evidence rubric-evidence-skipped">
              {" "}
              — “{skipped.text}” not counted:{" "}
              {skipped.reason === "shown" ? "it is in the question or a hint" : "it reads as negated"}
            </span>
          ) : null}
        </span>
      </label>
    );
  });
}
