import { useId, useState } from "react";
import { Markdown } from "../markdown/Markdown";

/** A Markdown answer field with a Write / Preview switch. */
export function MarkdownField({
  label,
  hint,
  value,
  onChange,
  rows = 8,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
}) {
  const [preview, setPreview] = useState(false);
  const id = useId();
  return (
    <div className="md-field">
      <div className="md-field-head">
        <label htmlFor={id}>{label}</label>
        <button
          type="button"
          className="link-button"
          aria-pressed={preview}
          onClick={() => setPreview((p) => !p)}
        >
          {preview ? "Edit" : "Preview"}
        </button>
      </div>
      {hint ? <p className="muted md-hint">{hint}</p> : null}
      {preview ? (
        <div className="md-preview" aria-label={`${label} preview`}>
          {value.trim() ? <Markdown source={value} /> : <p className="muted">Nothing written yet.</p>}
        </div>
      ) : (
        <textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
