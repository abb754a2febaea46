import { href } from "../../../lib/router/hash-router";
import type { MockRecord } from "../../../store";
import { timeAgo } from "./format";

/** The mock still open (unfinished, or finished but waiting for self-assessment), with a way back in. */
export function InProgressBanner({ mock, now }: { mock: MockRecord; now: number }) {
  const { state } = mock;
  const what = `${state.template.title}, ${state.mode}, started ${timeAgo(state.startedAt, now)}`;
  return (
    <section className="mock-in-progress" aria-labelledby="mock-in-progress-heading">
      <h2 id="mock-in-progress-heading">
        {state.finishedAt === null ? "A mock is in progress" : "A mock is waiting for its grading"}
      </h2>
      <p>
        {what}
        {state.finishedAt === null ? "." : ": finish grading it to see the report."}
      </p>
      <a className="button-link" href={href(`/mock/${encodeURIComponent(mock.id)}`)}>
        Resume
      </a>
    </section>
  );
}
