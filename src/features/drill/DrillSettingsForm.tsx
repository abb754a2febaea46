import { useState } from "react";
import type { Category } from "../../domain/packs";
import type { Pack } from "../../domain/packs/pack-schema";
import { CATEGORY_LABEL } from "../../components/labels/labels";
import { useAppStore, type DrillSettings } from "../../store";

const RETENTIONS = [0.8, 0.85, 0.9, 0.95];
const toggle = (list: string[], id: string, on: boolean) =>
  on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);

function Choices({
  legend,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  options: { id: string; label: string }[];
  chosen: string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <fieldset className="drill-choices">
      <legend>{legend}</legend>
      <p className="hint">None ticked means all.</p>
      {options.map((o) => (
        <label key={o.id} className="choice">
          <input
            type="checkbox"
            checked={chosen.includes(o.id)}
            onChange={(e) => onChange(toggle(chosen, o.id, e.target.checked))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A whole-number field that may be empty while typing; valid values apply at once. */
function NumberField(props: {
  label: string;
  min: number;
  max: number;
  value: number;
  onValue: (n: number) => void;
}) {
  const [text, setText] = useState<string | null>(null);
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={props.min}
        max={props.max}
        value={text ?? String(props.value)}
        onChange={(e) => {
          setText(e.target.value);
          const n = e.target.valueAsNumber;
          if (e.target.value !== "" && Number.isFinite(n) && n >= props.min && n <= props.max)
            props.onValue(n);
        }}
        onBlur={() => setText(null)}
      />
    </label>
  );
}

/** The drill settings, applied as they change (they persist with the other settings). */
export function DrillSettingsForm({ drill, packs }: { drill: DrillSettings; packs: Pack[] }) {
  const set = useAppStore((s) => s.setDrillSettings);
  const categories = [...new Set(packs.flatMap((p) => p.questions.map((q) => q.category)))];
  return (
    <section className="drill-card" aria-labelledby="drill-settings-heading">
      <h2 id="drill-settings-heading">Drill settings</h2>
      <div className="drill-settings">
        <NumberField
          label="New questions per day"
          min={0}
          max={100}
          value={drill.newPerDay}
          onValue={(newPerDay) => set({ newPerDay })}
        />
        <NumberField
          label="Minutes per day"
          min={5}
          max={480}
          value={drill.minutesPerDay}
          onValue={(minutesPerDay) => set({ minutesPerDay })}
        />
        <NumberField
          label="Daily goal (questions)"
          min={1}
          max={200}
          value={drill.dailyGoal}
          onValue={(dailyGoal) => set({ dailyGoal })}
        />
        <label className="field">
          <span>Desired retention</span>
          <select
            value={String(drill.desiredRetention)}
            onChange={(e) => set({ desiredRetention: Number(e.target.value) })}
          >
            {[...new Set([...RETENTIONS, drill.desiredRetention])].sort().map((r) => (
              <option key={r} value={String(r)}>
                {Math.round(r * 100)}%{r === 0.9 ? " (default)" : ""}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint">
        A day’s drill fits your minutes (by each question’s estimate) with at most one long written answer.
        Higher retention brings questions back sooner: more reviews, fewer forgotten answers.
      </p>
      <Choices
        legend="Packs"
        options={packs.map((p) => ({ id: p.id, label: p.title }))}
        chosen={drill.packs}
        onChange={(packs) => set({ packs })}
      />
      <Choices
        legend="Categories"
        options={categories.map((c) => ({ id: c, label: CATEGORY_LABEL[c as Category] ?? c }))}
        chosen={drill.categories}
        onChange={(categories) => set({ categories })}
      />
    </section>
  );
}
