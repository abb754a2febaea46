import { Page } from "../../components/page/Page";
import { SplitPane } from "../../components/split-pane/SplitPane";
import type { Pack, Question } from "../../domain/packs";
import { jumpToHeading } from "../../lib/dom/jump-to-heading";
import { href, useHashLocation } from "../../lib/router/hash-router";
import { useAppStore } from "../../store";
import { ChoiceAnswer } from "./answers/ChoiceAnswer";
import { CodeAnswer } from "./answers/CodeAnswer";
import { IncidentAnswer } from "./answers/IncidentAnswer";
import { NumericAnswer } from "./answers/NumericAnswer";
import { RubricAnswer } from "./answers/RubricAnswer";
import { DrillBanner, DrillRating } from "./DrillPanel";
import { PromptPane } from "./PromptPane";
import { QuestionNav } from "./QuestionNav";
import { VerdictSlotProvider } from "./verdict-slot";
import { useCatalog } from "../../store";
import { useQuestionSession } from "./use-question-session";

function useDark(): boolean {
  const pref = useAppStore((s) => s.theme);
  if (pref !== "system") return pref === "dark";
  return typeof document !== "undefined" && document.documentElement.dataset.theme === "dark";
}

function Workspace({ pack, question, drill }: { pack: Pack; question: Question; drill: boolean }) {
  const session = useQuestionSession(pack, question);
  const dark = useDark();
  let answer;
  switch (question.kind) {
    case "python":
    case "sql":
      answer = <CodeAnswer question={question} session={session} dark={dark} />;
      break;
    case "choice":
      answer = <ChoiceAnswer question={question} session={session} />;
      break;
    case "numeric":
      answer = <NumericAnswer question={question} session={session} />;
      break;
    case "written":
    case "design":
      answer = <RubricAnswer question={question} session={session} />;
      break;
    case "incident":
      answer = <IncidentAnswer question={question} session={session} dark={dark} />;
      break;
  }
  // Right under the verdict: the drill rating in a drill, else where to go next.
  const afterVerdict = drill ? (
    <DrillRating
      questionKey={session.key}
      attempt={session.firstAttempt}
      estimatedMinutes={question.estimatedMinutes}
    />
  ) : (
    <QuestionNav packId={pack.id} questionId={question.id} />
  );
  return (
    <SplitPane
      label="Resize prompt and answer"
      left={<PromptPane pack={pack} question={question} session={session} />}
      right={
        <section aria-labelledby="answer-heading" className="answer-pane">
          <h2 id="answer-heading" className="visually-hidden" tabIndex={-1}>
            Your answer
          </h2>
          {drill ? <DrillBanner questionKey={session.key} /> : null}
          <VerdictSlotProvider value={afterVerdict}>{answer}</VerdictSlotProvider>
        </section>
      }
    />
  );
}

/** `#/practice/<packId>/<questionId>`: attempt one question. */
export function QuestionPage({ packId = "", questionId = "" }: { packId?: string; questionId?: string }) {
  const { status, entries } = useCatalog();
  const { query } = useHashLocation();
  const entry = entries.find((e) => e.pack.id === packId);
  const question = entry?.pack.questions.find((q) => q.id === questionId);

  if (status !== "ready") {
    return (
      <Page title="Loading question…">
        <p role="status">Loading questions…</p>
      </Page>
    );
  }
  if (!entry || !question) {
    return (
      <Page title="Question not found" lead={`There is no question “${questionId}” in a pack “${packId}”.`}>
        <p>
          The pack may have been removed or renamed. <a href={href("/practice")}>Browse all questions</a>
        </p>
      </Page>
    );
  }
  return (
    <Page title={question.title} wide>
      <p className="breadcrumb">
        <a href={href("/practice")}>Practice</a> ›{" "}
        <a href={href("/practice", { pack: entry.pack.id })}>{entry.pack.title}</a>
        {/* Narrow screens stack the prompt above the answer: a way down to the editor. */}
        <button
          type="button"
          className="link-button jump-to-answer"
          onClick={() => jumpToHeading("answer-heading")}
        >
          Go to your answer ↓
        </button>
      </p>
      <Workspace
        key={`${packId}/${questionId}`}
        pack={entry.pack}
        question={question}
        drill={query.get("drill") === "1"}
      />
    </Page>
  );
}
