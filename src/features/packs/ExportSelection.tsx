import { useId, useMemo, useState } from "react";
import {
  CATEGORIES,
  DIFFICULTIES,
  questionKey,
  type Category,
  type Difficulty,
  type Pack,
} from "../../domain/packs";
import { buildSelection, matchingQuestions } from "./build-selection";
import { downloadPack } from "./download";
import { CATEGORY_LABEL, DIFFICULTY_LABEL } from "../../components/labels/labels";

/** Form: pick packs, narrow by category/difficulty, untick questions, name it, download it. */
export function ExportSelection({ packs }: { packs: readonly Pack[] }) {
  const uid = useId();
  const [packIds, setPackIds] = useState<string[]>([]);
  const [category, setCategory] = useState<Category | "">("");
  const [difficulty, setDifficulty] = useState<Difficulty | "">("");
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const [id, setId] = useState("my-selection");
  const [title, setTitle] = useState("My selection");
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] }>();

  const matching = useMemo(
    () =>
      matchingQuestions(packs, {
        packIds,
        category: category || undefined,
        difficulty: difficulty || undefined,
      }),
    [packs, packIds, category, difficulty],
  );
  const picked = matching.filter(([p, q]) => !unticked.has(questionKey(p, q.id)));
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...list, item] : list.filter((x) => x !== item);

  const download = () => {
    const r = buildSelection(
      packs,
      picked.map(([p, q]) => [p, q.id]),
      id.trim(),
      title,
      packs.map((p) => p.id),
    );
    if (!r.ok) return setMessage({ ok: false, lines: r.problems });
    downloadPack(r.pack);
    setMessage({
      ok: true,
      lines: [`Downloaded ${r.pack.id}.json with ${r.pack.questions.length} questions.`],
    });
  };

  return (
    <form
      className="export-selection"
      onSubmit={(e) => {
        e.preventDefault();
        download();
      }}
    >
      <fieldset className="export-packs">
        <legend>From packs</legend>
        {packs.map((p) => (
          <label key={p.id} className="choice">
            <input
              type="checkbox"
              checked={packIds.includes(p.id)}
              onChange={(e) => setPackIds(toggle(packIds, p.id, e.target.checked))}
            />
            {p.title}
          </label>
        ))}
      </fieldset>
      <div className="filters">
        <label className="filter">
          <span>Category</span>
          <select value={category} onChange={(e) => setCategory(e.target.value as Category | "")}>
            <option value="">All</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>Difficulty</span>
          <select value={difficulty} onChange={(e) => setDifficulty(e.target.value as Difficulty | "")}>
            <option value="">All</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {DIFFICULTY_LABEL[d]}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span>New pack id</span>
          <input value={id} onChange={(e) => setId(e.target.value)} spellCheck={false} />
        </label>
        <label className="filter filter-text">
          <span>New pack title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
      </div>
      <fieldset className="export-questions" aria-describedby={`${uid}-count`}>
        <legend>Questions</legend>
        <p id={`${uid}-count`} className="muted">
          {packIds.length === 0
            ? "Choose one or more packs above."
            : `${picked.length} of ${matching.length} matching questions selected.`}
        </p>
        {matching.map(([p, q]) => {
          const key = questionKey(p, q.id);
          return (
            <label key={key} className="choice">
              <input
                type="checkbox"
                checked={!unticked.has(key)}
                onChange={(e) => {
                  const next = new Set(unticked);
                  if (e.target.checked) next.delete(key);
                  else next.add(key);
                  setUnticked(next);
                }}
              />
              <span>
                {q.title}{" "}
                <span className="muted">
                  ({DIFFICULTY_LABEL[q.difficulty]}, {p})
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      <button type="submit" className="primary">
        Download selection ({picked.length})
      </button>
      {message ? (
        <div role={message.ok ? "status" : "alert"} className={message.ok ? "" : "inline-error"}>
          {message.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      ) : null}
    </form>
  );
}
