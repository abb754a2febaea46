import { useMemo } from "react";
import { Page } from "../../components/page/Page";
import { CATEGORIES, DIFFICULTIES, LANES, QUESTION_KINDS, questionKey } from "../../domain/packs";
import {
  filterQuestions,
  filtersFromQuery,
  progressByCategory,
  statusOf,
  type QuestionFilters,
} from "../../domain/practice/question-filter";
import { href, navigate, useHashLocation } from "../../lib/router/hash-router";
import { useBestScores } from "../../store";
import { useCatalog } from "../../store";
import { CATEGORY_LABEL, KIND_LABEL } from "../../components/labels/labels";

const STATUSES = ["new", "attempted", "solved"] as const;

function Select({
  label,
  name,
  value,
  options,
  onChange,
}: {
  label: string;
  name: keyof QuestionFilters;
  value?: string;
  options: readonly { value: string; label: string }[];
  onChange: (name: keyof QuestionFilters, value: string) => void;
}) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value ?? ""} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const plain = (xs: readonly string[]) => xs.map((x) => ({ value: x, label: x }));

export function PracticePage() {
  const { status, enabled, problems } = useCatalog();
  const { query } = useHashLocation();
  const filters = filtersFromQuery(query);
  const scores = useBestScores();
  const results = useMemo(() => filterQuestions(enabled, filters, scores), [enabled, filters, scores]);
  const progress = useMemo(() => progressByCategory(enabled, scores), [enabled, scores]);
  const topics = useMemo(
    () => [...new Set(enabled.flatMap((p) => p.questions.flatMap((q) => q.topics)))].sort(),
    [enabled],
  );

  const setFilter = (name: keyof QuestionFilters, value: string) => {
    const next: Record<string, string | undefined> = { ...filters, [name]: value || undefined };
    navigate(href("/practice", next), { replace: true });
  };

  return (
    <Page title="Practice" lead="Attempt any question from your enabled packs and get graded on the spot.">
      {problems.map((p) => (
        <p key={p} role="alert" className="inline-error">
          {p}
        </p>
      ))}
      <ul className="category-progress" aria-label="Solved per category">
        {CATEGORIES.map((c) => (
          <li key={c}>
            <span className="cat-name">{CATEGORY_LABEL[c]}</span>
            <span className="cat-count">
              {progress[c].solved} / {progress[c].total} solved
            </span>
          </li>
        ))}
      </ul>
      <form
        className="filters"
        role="search"
        aria-label="Filter questions"
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="filter filter-text">
          <span>Search</span>
          <input
            type="search"
            value={filters.text ?? ""}
            placeholder="title, topic, text…"
            onChange={(e) => setFilter("text", e.target.value)}
          />
        </label>
        <Select
          label="Category"
          name="category"
          value={filters.category}
          options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))}
          onChange={setFilter}
        />
        <Select
          label="Kind"
          name="kind"
          value={filters.kind}
          options={QUESTION_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))}
          onChange={setFilter}
        />
        <Select
          label="Difficulty"
          name="difficulty"
          value={filters.difficulty}
          options={plain(DIFFICULTIES)}
          onChange={setFilter}
        />
        <Select label="Lane" name="lane" value={filters.lane} options={plain(LANES)} onChange={setFilter} />
        <Select
          label="Topic"
          name="topic"
          value={filters.topic}
          options={plain(topics)}
          onChange={setFilter}
        />
        <Select
          label="Pack"
          name="pack"
          value={filters.pack}
          options={enabled.map((p) => ({ value: p.id, label: p.title }))}
          onChange={setFilter}
        />
        <Select
          label="Status"
          name="status"
          value={filters.status}
          options={plain(STATUSES)}
          onChange={setFilter}
        />
        {Object.keys(filters).length > 0 ? (
          <button type="button" onClick={() => navigate(href("/practice"), { replace: true })}>
            Clear filters
          </button>
        ) : null}
      </form>
      {status !== "ready" ? (
        <p role="status">Loading questions…</p>
      ) : (
        <>
          <p role="status" className="muted">
            {results.length} {results.length === 1 ? "question" : "questions"}
          </p>
          <ul className="question-list" aria-label="Questions">
            {results.map(({ packId, question: q }) => {
              const st = statusOf(scores.get(questionKey(packId, q.id)));
              return (
                <li key={`${packId}/${q.id}`}>
                  <a href={href(`/practice/${packId}/${q.id}`)}>{q.title}</a>
                  <span className="tags">
                    <span className={`tag diff-${q.difficulty}`}>{q.difficulty}</span>
                    <span className="tag">{KIND_LABEL[q.kind]}</span>
                    <span className="tag">{CATEGORY_LABEL[q.category]}</span>
                    <span className={`tag status-${st}`}>{st}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Page>
  );
}
