/**
 * A candidate's answer as it should be shown back to them (attempt history, mock report, report
 * exports): the code with its language, the options they chose (with whether each was correct),
 * the value they gave, or each written part under its heading. Works from a practice attempt's
 * stored answer (code string, option ids, value string, parts by field id) and from a mock's
 * (`{ text }`, `{ choices }`, `{ parts }`) alike; an answer of an unknown kind is shown as text.
 */
import { rubricFields } from "../grading/rubric-fields";
import type { Question } from "../packs";

export type AnswerView =
  | { kind: "code"; language: "python" | "sql"; code: string }
  | { kind: "choices"; chosen: { id: string; text: string; correct?: boolean }[] }
  | { kind: "value"; text: string; unit?: string }
  | { kind: "parts"; parts: { id: string; label: string; text: string }[] }
  | { kind: "steps"; steps: { id: string; title: string; view: StepView }[] }
  | { kind: "none" };

/** The answer to one step of an incident (a choice, a value or the fix's code). */
export type StepView = Exclude<AnswerView, { kind: "steps" }>;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** The text of a `{ text }` answer or a plain string answer. */
function textOf(answer: unknown): string | undefined {
  if (typeof answer === "string") return answer;
  if (isObj(answer) && typeof answer.text === "string") return answer.text;
  return undefined;
}

function partsOf(answer: unknown): Record<string, string> | undefined {
  const raw = isObj(answer) && isObj(answer.parts) ? answer.parts : isObj(answer) ? answer : undefined;
  if (!raw) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string") out[k] = v;
  return out;
}

/** The answer `answer` to `question` (undefined when the question is no longer known). */
export function answerView(question: Question | undefined, answer: unknown): AnswerView {
  if (answer === undefined || answer === null) return { kind: "none" };
  const kind = question?.kind;
  if (kind === "python" || kind === "sql") {
    const code = textOf(answer);
    return code === undefined || !code.trim() ? { kind: "none" } : { kind: "code", language: kind, code };
  }
  if (kind === "choice") {
    const ids = Array.isArray(answer)
      ? answer
      : isObj(answer) && Array.isArray(answer.choices)
        ? answer.choices
        : [];
    const chosen = ids
      .filter((x): x is string => typeof x === "string")
      .map((id) => {
        const o = question!.options.find((x) => x.id === id);
        return o ? { id, text: o.text, correct: o.correct } : { id, text: id };
      });
    return chosen.length ? { kind: "choices", chosen } : { kind: "none" };
  }
  if (kind === "numeric") {
    const text = textOf(answer);
    return text?.trim()
      ? { kind: "value", text, ...(question!.unit ? { unit: question!.unit } : {}) }
      : { kind: "none" };
  }
  if (kind === "written" || kind === "design") {
    const given = partsOf(answer) ?? {};
    const labels = new Map(rubricFields(question!, true).map((f) => [f.id, f.label]));
    const parts = Object.entries(given)
      .filter(([, text]) => text.trim())
      .map(([id, text]) => ({ id, label: labels.get(id) ?? id, text }))
      .sort((a, b) => order(labels, a.id) - order(labels, b.id));
    return parts.length ? { kind: "parts", parts } : { kind: "none" };
  }
  if (kind === "incident") return incidentView(question!, answer);
  // A question no longer in the packs, or a kind this function does not know.
  const text = textOf(answer);
  if (text !== undefined) return text.trim() ? { kind: "value", text } : { kind: "none" };
  const parts = partsOf(answer);
  if (parts && Object.keys(parts).length)
    return { kind: "parts", parts: Object.entries(parts).map(([id, t]) => ({ id, label: id, text: t })) };
  return { kind: "none" };
}

/**
 * An incident's answer: in a mock, every step's answer by step id (`{ steps }`); in practice the
 * attempt keeps the fix's code (the diagnosis is checked step by step before it).
 */
function incidentView(question: Extract<Question, { kind: "incident" }>, answer: unknown): AnswerView {
  const fix = question.steps[question.steps.length - 1];
  const fixLanguage = fix && (fix.kind === "python" || fix.kind === "sql") ? fix.kind : "python";
  if (typeof answer === "string")
    return answer.trim() ? { kind: "code", language: fixLanguage, code: answer } : { kind: "none" };
  const given = isObj(answer) && isObj(answer.steps) ? answer.steps : undefined;
  if (!given) return { kind: "none" };
  const steps = question.steps.flatMap((step) => {
    const a = given[step.id];
    if (a === undefined) return [];
    // The fix is code in its own language; a diagnosis step reads like the question kind it names.
    const code = step.kind === "python" || step.kind === "sql" ? textOf(a) : undefined;
    const view: AnswerView =
      step.kind === "python" || step.kind === "sql"
        ? code?.trim()
          ? { kind: "code", language: step.kind, code }
          : { kind: "none" }
        : answerView({ ...step, category: question.category } as unknown as Question, a);
    return view.kind === "none" || view.kind === "steps" ? [] : [{ id: step.id, title: step.title, view }];
  });
  return steps.length ? { kind: "steps", steps } : { kind: "none" };
}

function order(labels: Map<string, string>, id: string): number {
  const i = [...labels.keys()].indexOf(id);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** A Markdown code fence long enough that `code` cannot close it early. */
export function fenced(code: string, language = ""): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${code.replace(/\n$/, "")}\n${fence}`;
}

/** The answer as Markdown (for the report's export). Written parts are quoted under their label. */
export function answerMarkdown(view: AnswerView): string {
  switch (view.kind) {
    case "none":
      return "_No answer given._";
    case "code":
      return fenced(view.code, view.language);
    case "choices":
      return view.chosen
        .map(
          (c) => `- ${c.text}${c.correct === undefined ? "" : c.correct ? " (correct)" : " (not correct)"}`,
        )
        .join("\n");
    case "value":
      return `\`${view.text.replace(/`/g, "'")}\`${view.unit ? ` ${view.unit}` : ""}`;
    case "parts":
      return view.parts
        .map(
          (p) =>
            `*${p.label}*\n\n${p.text
              .split("\n")
              .map((l) => `> ${l}`)
              .join("\n")}`,
        )
        .join("\n\n");
    case "steps":
      return view.steps.map((s) => `*${s.title}*\n\n${answerMarkdown(s.view)}`).join("\n\n");
  }
}
