import { reportToJson, reportToMarkdown, type MockReport } from "../../../domain/mock";
import { downloadFile } from "../../../lib/download/download-file";
import { href } from "../../../lib/router/hash-router";
import { exportFileName } from "./report-format";

/** Download the report as Markdown (notes, sharing) or JSON (the saved data as is). */
export function ReportExports({ report }: { report: MockReport }) {
  const at = report.finishedAt ?? report.startedAt;
  return (
    <section aria-labelledby="report-export-heading">
      <h2 id="report-export-heading">Export</h2>
      <p className="toolbar">
        <button
          type="button"
          onClick={() => downloadFile(exportFileName(at, "md"), reportToMarkdown(report), "text/markdown")}
        >
          Download Markdown
        </button>
        <button
          type="button"
          onClick={() => downloadFile(exportFileName(at, "json"), reportToJson(report), "application/json")}
        >
          Download JSON
        </button>
      </p>
    </section>
  );
}

/** Where to go next: the same loop again (when the page can offer it) or back to the mock setup. */
export function ReportLinks({ retakeHref }: { retakeHref?: string }) {
  return (
    <nav className="report-links" aria-label="After the report">
      {retakeHref ? (
        <a className="button-link" href={retakeHref}>
          Retake this mock
        </a>
      ) : null}
      <a href={href("/mock")}>Back to mock interviews</a>
    </nav>
  );
}
