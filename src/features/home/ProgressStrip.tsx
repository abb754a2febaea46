import type { Category } from "../../domain/packs";
import { CATEGORIES } from "../../domain/packs/vocabulary";
import { CATEGORY_LABEL } from "../../components/labels/labels";
import { plural } from "../../components/labels/duration";
import { href } from "../../lib/router/hash-router";

export interface ProgressFacts {
  /** Drill days in a row (null while loading). */
  streak: number | null;
  solved: Record<Category, { solved: number; total: number }>;
  /** Reviews due in today's drill (null while loading). */
  reviewsDue: number | null;
  /** Overall score (0..1) of the last finished mock, undefined when there is none, null while loading. */
  lastMock: number | undefined | null;
}

/** The home page's progress strip: streak, solved per category, reviews due, last mock score. */
export function ProgressStrip({ facts }: { facts: ProgressFacts }) {
  const wait = "…";
  return (
    <ul className="progress-strip" aria-label="Your progress">
      <li>
        <a href={href("/drill")}>
          <span className="strip-value">{facts.streak === null ? wait : plural(facts.streak, "day")}</span>
          <span className="strip-label">drill streak</span>
        </a>
      </li>
      <li>
        <a href={href("/drill")}>
          <span className="strip-value">{facts.reviewsDue === null ? wait : facts.reviewsDue}</span>
          <span className="strip-label">{facts.reviewsDue === 1 ? "review due" : "reviews due"}</span>
        </a>
      </li>
      <li>
        <a href={href("/stats")}>
          <span className="strip-value">
            {facts.lastMock === null
              ? wait
              : facts.lastMock === undefined
                ? "—"
                : `${Math.round(facts.lastMock * 100)}%`}
          </span>
          <span className="strip-label">{facts.lastMock === undefined ? "no mock yet" : "last mock"}</span>
        </a>
      </li>
      <li className="strip-solved">
        <span className="strip-label">Solved</span>
        <span className="strip-categories">
          {CATEGORIES.map((c) => (
            <a key={c} href={href("/practice", { category: c })}>
              <span className="strip-value">
                {facts.solved[c].solved}/{facts.solved[c].total}
              </span>{" "}
              <span className="strip-label">{CATEGORY_LABEL[c]}</span>
            </a>
          ))}
        </span>
      </li>
    </ul>
  );
}
