import type { MockMode } from "../../../domain/mock";

const MODES: { mode: MockMode; title: string; text: string }[] = [
  {
    mode: "strict",
    title: "Strict",
    text: "Like the real thing: no pause, no hints, no solutions until the end.",
  },
  {
    mode: "practice",
    title: "Practice",
    text: "Same clock, but you may pause it and reveal hints.",
  },
];

/** Strict or practice mode, each with its one-line rule. */
export function ModeChooser({ mode, onChange }: { mode: MockMode; onChange: (mode: MockMode) => void }) {
  return (
    <fieldset className="mock-fieldset">
      <legend>Mode</legend>
      {MODES.map((m) => (
        <label key={m.mode} className="choice">
          <input
            type="radio"
            name="mock-mode"
            value={m.mode}
            checked={mode === m.mode}
            onChange={() => onChange(m.mode)}
          />
          <span>
            <strong>{m.title}</strong> <span className="muted">{m.text}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
