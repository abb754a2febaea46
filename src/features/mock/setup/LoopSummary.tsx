import { loopMinutes, type LoopTemplate } from "../../../domain/mock";
import { plural } from "./format";

/**
 * A loop's sections (title, minutes, question count) and its total; with `available`, how many
 * questions the enabled packs hold for each section, flagged when too few.
 */
export function LoopSummary({ template, available }: { template: LoopTemplate; available?: number[] }) {
  const questions = template.sections.reduce((n, s) => n + s.count, 0);
  return (
    <>
      <ol className="loop-sections">
        {template.sections.map((s, i) => {
          const have = available?.[i];
          const short = have !== undefined && have < s.count;
          return (
            <li key={s.id}>
              <span className="loop-section-title">{s.title}</span>
              {`: ${s.minutes} min · ${plural(s.count, "question")}`}
              {have !== undefined ? (
                <span className={short ? "loop-short" : "muted"}>
                  {short ? `, only ${have} in your packs` : `, ${have} in your packs`}
                </span>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="loop-total">
        Total: {loopMinutes(template)} min · {plural(questions, "question")}
      </p>
    </>
  );
}
