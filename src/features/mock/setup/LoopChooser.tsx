import type { ReactNode } from "react";
import { CUSTOM_TEMPLATE_ID, LOOP_TEMPLATES, type PoolQuestion } from "../../../domain/mock";
import { sectionAvailability } from "./availability";
import { LoopSummary } from "./LoopSummary";

function LoopCard({
  id,
  title,
  checked,
  onChoose,
  children,
}: {
  id: string;
  title: string;
  checked: boolean;
  onChoose: (id: string) => void;
  children: ReactNode;
}) {
  const inputId = `loop-${id}`;
  return (
    <div className={checked ? "loop-card selected" : "loop-card"}>
      <div className="loop-card-head">
        <input
          type="radio"
          name="mock-loop"
          id={inputId}
          value={id}
          checked={checked}
          onChange={() => onChoose(id)}
          aria-describedby={`${inputId}-about`}
        />
        {/* The label is stretched over the whole card, so a click anywhere chooses it. */}
        <label htmlFor={inputId}>{title}</label>
      </div>
      <div id={`${inputId}-about`}>{children}</div>
    </div>
  );
}

/**
 * The loop radio cards: the three lane loops with their sections and totals (and, once the
 * packs are loaded, how many questions each section can draw), plus "Custom loop".
 */
export function LoopChooser({
  choice,
  onChoose,
  pool,
}: {
  choice: string;
  onChoose: (id: string) => void;
  pool?: readonly PoolQuestion[];
}) {
  return (
    <fieldset className="mock-fieldset">
      <legend>Loop</legend>
      <div className="loop-grid">
        {LOOP_TEMPLATES.map((t) => (
          <LoopCard key={t.id} id={t.id} title={t.title} checked={choice === t.id} onChoose={onChoose}>
            <p className="loop-description">{t.description}</p>
            <LoopSummary template={t} {...(pool ? { available: sectionAvailability(t, pool) } : {})} />
          </LoopCard>
        ))}
        <LoopCard
          id={CUSTOM_TEMPLATE_ID}
          title="Custom loop"
          checked={choice === CUSTOM_TEMPLATE_ID}
          onChoose={onChoose}
        >
          <p className="loop-description">
            Your own sections: categories, kinds, difficulty, question counts and minutes.
          </p>
        </LoopCard>
      </div>
    </fieldset>
  );
}
