import { href } from "../../../lib/router/hash-router";
import type { MockRecord } from "../../../store";
import { shortDate } from "./format";
import { mockDate } from "./use-mock-overview";

function Row({ mock }: { mock: MockRecord }) {
  const { report, state } = mock;
  return (
    <li className={report ? "mock-history-row" : "mock-history-row unfinished"}>
      <a href={href(`/mock/${encodeURIComponent(mock.id)}`)}>
        <span className="mock-history-title">{report?.templateTitle ?? state.template.title}</span>{" "}
        <span className="muted">{shortDate(mockDate(mock))}</span>
      </a>
      <span className="mock-history-meta">
        <span>{report?.mode ?? state.mode}</span>
        {report ? (
          <>
            <span className="mock-history-score">{Math.round(report.overall.score * 100)}%</span>
            {report.overall.signal ? (
              <span className={`mock-signal signal-${report.overall.signal.replace(/ /g, "-")}`}>
                {report.overall.signal}
              </span>
            ) : (
              <span className="muted">no hire signal</span>
            )}
          </>
        ) : (
          <span>not finished</span>
        )}
      </span>
    </li>
  );
}

/** Past mocks, newest first: finished ones with score and hire signal, left-behind ones marked. */
export function MockHistoryList({ past }: { past: MockRecord[] | undefined }) {
  return (
    <section className="mock-history" aria-labelledby="mock-history-heading">
      <h2 id="mock-history-heading">Your past mocks</h2>
      {!past ? (
        <p role="status">Loading your mocks…</p>
      ) : past.length === 0 ? (
        <p className="muted">No finished mock interviews yet. Your reports will be listed here.</p>
      ) : (
        <ol className="mock-history-list">
          {past.map((m) => (
            <Row key={m.id} mock={m} />
          ))}
        </ol>
      )}
    </section>
  );
}
