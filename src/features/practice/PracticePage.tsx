import { useMemo, useState } from "react";
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
import { useBestScores, useCatalog, useNotes } from "../../store";
import {
  CATEGORY_LABEL,
  DIFFICULTY_LABEL,
  KIND_LABEL,
  LANE_LABEL,
  STATUS_LABEL,
} from "../../components/labels/labels";
import { plural } from "../../components/labels/duration";

const STATUSES = ["new", "attempted", "solved"] as const;
const SORT_OPTIONS = [
  { value: "difficulty", label: "Difficulty: easy first" },
  { value: "-difficulty", label: "Difficulty: hard first" },
  { value: "time", label: "Time: shortest first" },
  { value: "-time", label: "Time: longest first" },
  { value: "status", label: "Status: in progress first" },
];

function Select({
  label,
  name,
  value,
  options,
  onChange,
  empty = "All",
}: {
  label: string;
  name: keyof QuestionFilters;
  value?: string;
  options: readonly { value: string; label: string }[];
  onChange: (name: keyof QuestionFilters, value: string) => void;
  empty?: string;
}) {
  return (
    <label className="filter">
      <span>{label}</span>
      <select value={value ?? ""} onChange={(e) => onChange(name, e.target.value)}>
        <option value="">{empty}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

const labelled = <K extends string>(xs: readonly K[], label: Record<K, string>) =>
  xs.map((x) => ({ value: x, label: label[x] }));

export function PracticePage() {
  const { status, enabled, problems } = useCatalog();
  const { query } = useHashLocation();
  const filters = filtersFromQuery(query);
  const scores = useBestScores();
  const notes = useNotes();
  const bookmarks = useMemo(
    () => new Set([...(notes?.values() ?? [])].filter((n) => n.bookmarked).map((n) => n.key)),
    [notes],
  );
  const results = useMemo(
    () => filterQuestions(enabled, filters, scores, undefined, bookmarks),
    [enabled, filters, scores, bookmarks],
  );
  const progress = useMemo(() => progressByCategory(enabled, scores), [enabled, scores]);
  const topics = useMemo(
    () => [...new Set(enabled.flatMap((p) => p.questions.flatMap((q) => q.topics)))].sort(),
    [enabled],
  );
  const packTitle = useMemo(() => new Map(enabled.map((p) => [p.id, p.title])), [enabled]);
  // On phones the filters beyond search and sort fold away behind one button.
  const [moreOpen, setMoreOpen] = useState(false);
  const active = Object.keys(filters).filter((k) => k !== "text" && k !== "sort").length;

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
        className={moreOpen ? "filters more-open" : "filters"}
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
          label="Sort"
          name="sort"
          value={filters.sort}
          options={SORT_OPTIONS}
          onChange={setFilter}
          empty="Pack order"
        />
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={moreOpen}
          aria-controls="more-filters"
          onClick={() => setMoreOpen((o) => !o)}
        >
          Filters{active ? ` (${active})` : ""}
        </button>
        <div className="filters-more" id="more-filters">
          <Select
            label="Category"
            name="category"
            value={filters.category}
            options={labelled(CATEGORIES, CATEGORY_LABEL)}
            onChange={setFilter}
          />
          <Select
            label="Kind"
            name="kind"
            value={filters.kind}
            options={labelled(QUESTION_KINDS, KIND_LABEL)}
            onChange={setFilter}
          />
          <Select
            label="Difficulty"
            name="difficulty"
            value={filters.difficulty}
            options={labelled(DIFFICULTIES, DIFFICULTY_LABEL)}
            onChange={setFilter}
          />
          <Select
            label="Lane"
            name="lane"
            value={filters.lane}
            options={labelled(LANES, LANE_LABEL)}
            onChange={setFilter}
          />
          <Select
            label="Topic"
            name="topic"
            value={filters.topic}
            options={topics.map((t) => ({ value: t, label: t }))}
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
            options={labelled(STATUSES, STATUS_LABEL)}
            onChange={setFilter}
          />
          <label className="filter filter-check">
            <input
              type="checkbox"
              checked={filters.bookmarked === "1"}
              onChange={(e) => setFilter("bookmarked", e.target.checked ? "1" : "")}
            />
            <span>Bookmarked only</span>
          </label>
        </div>
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
            {plural(results.length, "question")}
            {filters.bookmarked && results.length === 0 ? ": bookmark a question with ☆ on its page." : ""}
          </p>
          <ul className="question-list" aria-label="Questions">
            {results.map(({ packId, question: q }) => {
              const key = questionKey(packId, q.id);
              const st = statusOf(scores.get(key));
              return (
                <li key={key}>
                  <span className="question-title">
                    <a href={href(`/practice/${packId}/${q.id}`)}>{q.title}</a>
                    {bookmarks.has(key) ? (
                      <span className="bookmark-mark" title="Bookmarked">
                        {" "}
                        <span aria-hidden="true">★</span>
                        <span className="visually-hidden">bookmarked</span>
                      </span>
                    ) : null}
                  </span>
                  <span className="tags">
                    <span className={`tag diff-${q.difficulty}`}>{DIFFICULTY_LABEL[q.difficulty]}</span>
                    <span className="tag">{KIND_LABEL[q.kind]}</span>
                    <span className="tag">{CATEGORY_LABEL[q.category]}</span>
                    <span className="tag">~{q.estimatedMinutes} min</span>
                    <span className="tag tag-pack" title="Pack">
                      {packTitle.get(packId) ?? packId}
                    </span>
                    <span className={`tag status-${st}`}>{STATUS_LABEL[st]}</span>
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
