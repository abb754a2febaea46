import { useState } from "react";
import {
  LOOP_TEMPLATES,
  loopMinutes,
  MAX_SECTIONS,
  type CustomLoopResult,
  type PoolQuestion,
} from "../../../domain/mock";
import { LANES, type Lane } from "../../../domain/packs";
import { sectionAvailability } from "./availability";
import {
  draftFromTemplate,
  issuesAt,
  moved,
  newSection,
  type CustomDraft,
  type DraftSection,
} from "./custom-draft";
import { CustomSectionEditor } from "./CustomSectionEditor";
import { plural } from "./format";

// Reordering moves DOM nodes, which can drop focus: put it back on the control the user used.
const refocus = (...ids: string[]) =>
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el instanceof HTMLButtonElement && !el.disabled) return el.focus();
    }
  });

/**
 * The custom-loop builder: an optional lane, then up to MAX_SECTIONS sections to add, edit,
 * reorder and remove. Validated live by `buildCustomLoop` (`custom`); each issue is shown next
 * to its field, loop-wide ones under the list.
 */
export function CustomLoopBuilder({
  draft,
  onChange,
  custom,
  pool,
}: {
  draft: CustomDraft;
  onChange: (draft: CustomDraft) => void;
  custom: CustomLoopResult;
  pool?: readonly PoolQuestion[];
}) {
  const [from, setFrom] = useState(LOOP_TEMPLATES[0]!.id);
  const issues = custom.ok ? [] : custom.issues;
  const available = custom.ok && pool ? sectionAvailability(custom.template, pool) : undefined;
  const loopIssues = issuesAt(issues, "sections");
  const laneIssues = issuesAt(issues, "lane");
  const setSections = (sections: DraftSection[]) => onChange({ ...draft, sections });
  const update = (i: number, patch: Partial<DraftSection>) =>
    setSections(draft.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, delta: -1 | 1) => {
    const uid = draft.sections[i]!.uid;
    setSections(moved(draft.sections, i, delta));
    refocus(`section-${uid}-${delta < 0 ? "up" : "down"}`, `section-${uid}-${delta < 0 ? "down" : "up"}`);
  };
  const remove = (i: number) => {
    setSections(draft.sections.filter((_, j) => j !== i));
    refocus("builder-add-section");
  };
  const fill = () => {
    const t = LOOP_TEMPLATES.find((x) => x.id === from);
    if (t) onChange(draftFromTemplate(t));
  };

  return (
    <fieldset className="mock-fieldset builder">
      <legend>Custom loop</legend>
      <div className="builder-row">
        <label className="builder-field">
          Lane (optional)
          <select
            value={draft.lane}
            onChange={(e) => onChange({ ...draft, lane: e.target.value as Lane | "" })}
            aria-invalid={laneIssues.length > 0 || undefined}
          >
            <option value="">any lane</option>
            {LANES.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <label className="builder-field">
          Start from
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {LOOP_TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={fill}>
          Copy its sections
        </button>
      </div>
      {laneIssues.length ? <p className="field-issue">{laneIssues.join("; ")}</p> : null}
      {draft.sections.map((s, i) => (
        <CustomSectionEditor
          key={s.uid}
          section={s}
          index={i}
          total={draft.sections.length}
          issues={issues}
          available={available?.[i]}
          onChange={(patch) => update(i, patch)}
          onMove={(delta) => move(i, delta)}
          onRemove={() => remove(i)}
        />
      ))}
      {loopIssues.length ? (
        <p className="field-issue" id="builder-loop-issues">
          {loopIssues.join("; ")}
        </p>
      ) : null}
      <p>
        <button
          type="button"
          id="builder-add-section"
          onClick={() => setSections([...draft.sections, newSection()])}
          disabled={draft.sections.length >= MAX_SECTIONS}
        >
          Add a section
        </button>{" "}
        {draft.sections.length >= MAX_SECTIONS ? (
          <span className="muted">A loop has at most {MAX_SECTIONS} sections.</span>
        ) : null}
      </p>
      {custom.ok ? (
        <p className="loop-total">
          Total: {loopMinutes(custom.template)} min ·{" "}
          {plural(
            custom.template.sections.reduce((n, x) => n + x.count, 0),
            "question",
          )}
        </p>
      ) : (
        <p className="muted">Fix the issues above to use this loop.</p>
      )}
    </fieldset>
  );
}
