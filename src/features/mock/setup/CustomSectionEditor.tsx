import { useId } from "react";
import { defaultSectionTitle, type LoopIssue } from "../../../domain/mock";
import { CATEGORIES, DIFFICULTIES, type Category, type Difficulty } from "../../../domain/packs";
import { CATEGORY_LABEL, DIFFICULTY_LABEL, KIND_LABEL } from "../../../components/labels/labels";
import { issuesAt, kindOptions, type DraftSection } from "./custom-draft";
import { plural } from "./format";

/** The issues of one field, announced with it (the field points here with aria-describedby). */
function Issues({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p className="field-issue" id={id}>
      {messages.join("; ")}
    </p>
  );
}

const invalid = (messages: string[], id: string) =>
  messages.length ? { "aria-invalid": true, "aria-describedby": id } : {};

export interface SectionEditorProps {
  section: DraftSection;
  index: number;
  total: number;
  issues: readonly LoopIssue[];
  /** Matching questions in the enabled packs (undefined while unknown). */
  available?: number;
  onChange: (patch: Partial<DraftSection>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One section of the custom loop: what it draws, how many questions, how long, and its place. */
export function CustomSectionEditor(props: SectionEditorProps) {
  const { section: s, index, total, issues, available, onChange, onMove, onRemove } = props;
  const id = useId();
  const at = `sections[${index}]`;
  const msgs = {
    category: issuesAt(issues, `${at}.category`),
    kinds: issuesAt(issues, `${at}.kinds`),
    count: issuesAt(issues, `${at}.count`),
    minutes: issuesAt(issues, `${at}.minutes`),
    difficulty: issuesAt(issues, `${at}.difficulty`),
  };
  const title = defaultSectionTitle({ category: s.category || undefined, kinds: s.kinds });
  const n = index + 1;
  const setCategory = (category: Category | "") =>
    onChange({ category, kinds: s.kinds.filter((k) => kindOptions(category).includes(k)) });
  const difficultySelect = (field: "minDifficulty" | "maxDifficulty", label: string) => (
    <label className="builder-field">
      {label}
      <select
        value={s[field]}
        onChange={(e) => onChange({ [field]: e.target.value as Difficulty | "" })}
        {...invalid(msgs.difficulty, `${id}-difficulty`)}
      >
        <option value="">any</option>
        {DIFFICULTIES.map((d) => (
          <option key={d} value={d}>
            {DIFFICULTY_LABEL[d]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <fieldset className="builder-section">
      <legend>
        Section {n}: {title}
      </legend>
      <div className="builder-row">
        <label className="builder-field">
          Category
          <select
            value={s.category}
            onChange={(e) => setCategory(e.target.value as Category | "")}
            {...invalid(msgs.category, `${id}-category`)}
          >
            <option value="">any category</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="builder-field builder-number">
          Questions
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            value={s.count}
            onChange={(e) => onChange({ count: e.target.value })}
            {...invalid(msgs.count, `${id}-count`)}
          />
        </label>
        <label className="builder-field builder-number">
          Minutes
          <input
            type="number"
            inputMode="numeric"
            min={1}
            max={180}
            value={s.minutes}
            onChange={(e) => onChange({ minutes: e.target.value })}
            {...invalid(msgs.minutes, `${id}-minutes`)}
          />
        </label>
        {difficultySelect("minDifficulty", "Easiest")}
        {difficultySelect("maxDifficulty", "Hardest")}
      </div>
      <Issues id={`${id}-category`} messages={msgs.category} />
      <Issues id={`${id}-count`} messages={msgs.count} />
      <Issues id={`${id}-minutes`} messages={msgs.minutes} />
      <Issues id={`${id}-difficulty`} messages={msgs.difficulty} />
      <fieldset
        className="builder-kinds"
        {...(msgs.kinds.length ? { "aria-describedby": `${id}-kinds` } : {})}
      >
        <legend>Kinds (none ticked: any)</legend>
        {kindOptions(s.category).map((k) => (
          <label key={k} className="builder-kind">
            <input
              type="checkbox"
              checked={s.kinds.includes(k)}
              onChange={(e) =>
                onChange({ kinds: e.target.checked ? [...s.kinds, k] : s.kinds.filter((x) => x !== k) })
              }
            />
            {KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <Issues id={`${id}-kinds`} messages={msgs.kinds} />
      <div className="builder-actions">
        {available !== undefined ? (
          <span className={available < Number(s.count) ? "loop-short" : "muted"}>
            {plural(available, "matching question")} in your packs
          </span>
        ) : null}
        <button
          type="button"
          id={`section-${s.uid}-up`}
          onClick={() => onMove(-1)}
          disabled={index === 0}
          aria-label={`Move section ${n} up`}
        >
          ↑ Up
        </button>
        <button
          type="button"
          id={`section-${s.uid}-down`}
          onClick={() => onMove(1)}
          disabled={index === total - 1}
          aria-label={`Move section ${n} down`}
        >
          ↓ Down
        </button>
        <button type="button" className="danger" onClick={onRemove} aria-label={`Remove section ${n}`}>
          Remove
        </button>
      </div>
    </fieldset>
  );
}
