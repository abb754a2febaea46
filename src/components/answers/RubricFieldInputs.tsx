import type { RubricField } from "../../domain/grading/rubric-fields";
import { MarkdownField } from "./MarkdownField";

/** One Markdown field per rubric field of a written or design answer (values keyed by field id). */
export function RubricFieldInputs({
  fields,
  values,
  onChange,
  rows,
}: {
  fields: readonly RubricField[];
  values: Readonly<Record<string, string>>;
  onChange: (values: Record<string, string>) => void;
  rows: number;
}) {
  return fields.map((f) => (
    <MarkdownField
      key={f.id}
      label={f.label}
      hint={f.hint}
      value={values[f.id] ?? ""}
      onChange={(v) => onChange({ ...values, [f.id]: v })}
      rows={rows}
    />
  ));
}
