import { fenced, type AnswerView } from "../../domain/practice/answer-view";
import { Markdown } from "../markdown/Markdown";

/** A candidate's answer shown back to them: code, chosen options, a value, or written parts. */
export function AnswerViewBlock({ view }: { view: AnswerView }) {
  switch (view.kind) {
    case "none":
      return <p className="muted">No answer given.</p>;
    case "code":
      return <Markdown source={fenced(view.code, view.language)} className="answer-code" />;
    case "choices":
      return (
        <ul className="answer-choices">
          {view.chosen.map((c) => (
            <li key={c.id}>
              <Markdown source={c.text} inline />
              {c.correct === undefined ? null : c.correct ? (
                <span className="answer-correct"> — correct</span>
              ) : (
                <span className="answer-wrong"> — not correct</span>
              )}
            </li>
          ))}
        </ul>
      );
    case "value":
      return (
        <p>
          <code>{view.text}</code>
          {view.unit ? ` ${view.unit}` : ""}
        </p>
      );
    case "parts":
      return (
        <div className="answer-parts">
          {view.parts.map((p) => (
            <div key={p.id}>
              <p className="answer-part-label">{p.label}</p>
              <blockquote className="answer-part">
                <Markdown source={p.text} />
              </blockquote>
            </div>
          ))}
        </div>
      );
    case "steps":
      return (
        <div className="answer-parts">
          {view.steps.map((s) => (
            <div key={s.id}>
              <p className="answer-part-label">{s.title}</p>
              <AnswerViewBlock view={s.view} />
            </div>
          ))}
        </div>
      );
  }
}
