import { useMemo, useState } from "react";
import { questionNeighbours } from "../../domain/practice/neighbours";
import { mulberry32, seedFrom } from "../../domain/random";
import { href } from "../../lib/router/hash-router";
import { useBestScores, useCatalog } from "../../store";

/** After a verdict: on to the next question, a similar one (same topic) or a random one. */
export function QuestionNav({ packId, questionId }: { packId: string; questionId: string }) {
  const { enabled } = useCatalog();
  const scores = useBestScores();
  const [seed] = useState(() => seedFrom(Date.now()));
  const n = useMemo(
    () => questionNeighbours(enabled, { packId, questionId }, scores, mulberry32(seed)),
    [enabled, packId, questionId, scores, seed],
  );
  const link = (r: { packId: string; question: { id: string } }) =>
    href(`/practice/${encodeURIComponent(r.packId)}/${encodeURIComponent(r.question.id)}`);
  if (!n.next && !n.random) return null;
  return (
    <nav className="question-nav" aria-label="More questions">
      {n.next ? (
        <a className="button-link" href={link(n.next)} title={n.next.question.title}>
          Next question →
        </a>
      ) : null}
      {n.similar ? (
        <a className="button-link secondary" href={link(n.similar)} title={n.similar.question.title}>
          Similar: {n.similar.topic}
        </a>
      ) : null}
      {n.random ? (
        <a className="button-link secondary" href={link(n.random)} title={n.random.question.title}>
          Random question
        </a>
      ) : null}
    </nav>
  );
}
