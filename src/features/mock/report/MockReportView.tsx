import type { MockReport } from "../../../domain/mock";
import { QuestionResults } from "./QuestionResults";
import { ReportExports, ReportLinks } from "./ReportActions";
import { ReportComparison } from "./ReportComparison";
import { CategorySignals, ReportOverview, SectionTable } from "./ReportSummary";
import { TimeBudget } from "./TimeBudget";
import { TopicsPanel } from "./TopicsPanel";
import "./report.css";
import "./report-details.css";

/**
 * The report of a finished mock interview, everything below the page's h1: the overall score and
 * hire signal, sections, a signal per category, strengths and weaknesses with a one-click drill of
 * the weak topics, time against budget per question, every question with its solution, rubric
 * and explanation, the comparison with earlier mocks, exports, and links to retake the mock
 * (`retakeHref`, when given) or go back to `#/mock`. Pack text is rendered as untrusted Markdown.
 */
export function MockReportView({ report, retakeHref }: { report: MockReport; retakeHref?: string }) {
  return (
    <div className="mock-report">
      <ReportOverview report={report} />
      <div className="report-grid">
        <SectionTable report={report} />
        <CategorySignals report={report} />
      </div>
      <TopicsPanel report={report} />
      <TimeBudget report={report} />
      <QuestionResults report={report} />
      <ReportComparison report={report} />
      <ReportExports report={report} />
      <ReportLinks retakeHref={retakeHref} />
    </div>
  );
}
