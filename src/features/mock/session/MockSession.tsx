import { HintList } from "../../../components/answers/HintList";
import { useConfirm } from "../../../components/dialog/ConfirmDialog";
import { Markdown } from "../../../components/markdown/Markdown";
import { CATEGORY_LABEL, DIFFICULTY_LABEL, KIND_LABEL } from "../../../components/labels/labels";
import { SplitPane } from "../../../components/split-pane/SplitPane";
import {
  advanceSection,
  finishEarly,
  focusQuestion,
  isEmptyAnswer,
  pause,
  resume,
  revealHint,
  submitAnswer,
  timing,
  type MockQuestionState,
} from "../../../domain/mock";
import type { Question } from "../../../domain/packs";
import { useAppStore } from "../../../store";
import {
  MockCodeAnswer,
  MockChoiceAnswer,
  MockNumericAnswer,
  MockWrittenAnswer,
  type MockAnswerProps,
} from "./MockAnswers";
import { MockIncidentAnswer } from "./MockIncidentAnswer";
import { MockNotices } from "./MockNotices";
import type { MockRun } from "./use-mock-run";

/** `h:mm:ss` or `m:ss` for a countdown in ms. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

function useDark(): boolean {
  const pref = useAppStore((s) => s.theme);
  if (pref !== "system") return pref === "dark";
  return typeof document !== "undefined" && document.documentElement.dataset.theme === "dark";
}

function statusOf(qs: MockQuestionState): string {
  if (qs.submissionIds.length) return "submitted";
  return isEmptyAnswer(qs.draft) ? "not started" : "draft";
}

function Prompt({ q, qs, run }: { q: Question; qs: MockQuestionState; run: MockRun }) {
  const strict = run.state?.mode === "strict";
  const used = qs.hintsUsed ?? 0;
  return (
    <div className="prompt-pane">
      <p className="tags">
        <span className={`tag diff-${q.difficulty}`}>{DIFFICULTY_LABEL[q.difficulty]}</span>
        <span className="tag">{KIND_LABEL[q.kind]}</span>
        <span className="tag">{CATEGORY_LABEL[q.category]}</span>
      </p>
      <Markdown source={q.prompt} className="prompt" />
      {!strict ? (
        <HintList
          hints={q.hints}
          shown={used}
          onMore={() => run.act((s, now) => revealHint(s, qs.key, q.hints.length, now))}
        />
      ) : null}
    </div>
  );
}

function Answer({ q, qs, run, dark }: { q: Question; qs: MockQuestionState; run: MockRun; dark: boolean }) {
  const state = run.state!;
  const latestId = qs.submissionIds.at(-1);
  const props: MockAnswerProps = {
    qs,
    latest: latestId ? state.submissions[latestId] : undefined,
    strict: state.mode === "strict",
    dark,
    onDraft: (draft) => run.draft(qs.key, draft),
    onSubmit: (answer) => run.act((s, now) => submitAnswer(s, qs.key, now, { answer })),
  };
  switch (q.kind) {
    case "python":
    case "sql":
      return <MockCodeAnswer question={q} {...props} />;
    case "choice":
      return <MockChoiceAnswer question={q} {...props} />;
    case "numeric":
      return <MockNumericAnswer question={q} {...props} />;
    case "written":
    case "design":
      return <MockWrittenAnswer question={q} {...props} />;
    case "incident":
      return <MockIncidentAnswer question={q} {...props} />;
  }
}

/** The mock while it runs: clocks, section controls, the section's questions, and the workspace. */
export function MockSession({ run }: { run: MockRun }) {
  const state = run.state!;
  const dark = useDark();
  const t = timing(state, run.now);
  const section = state.sections[state.current]!;
  const last = state.current === state.sections.length - 1;
  const focused =
    state.focused && state.questions[state.focused]?.sectionId === section.id
      ? state.focused
      : section.questionKeys[0];
  const qs = focused ? state.questions[focused] : undefined;
  const q = focused ? run.question(focused) : undefined;
  const urgent = t.sectionRemainingMs <= 60_000;
  const { confirm, dialog } = useConfirm();

  const next = async () => {
    const open = section.questionKeys.filter((k) => !state.questions[k]!.submissionIds.length).length;
    const yes = await confirm(
      last
        ? {
            title: "Finish the mock now?",
            body: "Unsubmitted answers are submitted as they stand.",
            confirmLabel: "Finish the mock",
            cancelLabel: "Keep going",
          }
        : {
            title: "Move on to the next section?",
            body: `${open ? `${open} unsubmitted answer${open === 1 ? " is" : "s are"} submitted as ${open === 1 ? "it stands" : "they stand"}, and ` : ""}the minutes left in this section are forfeited.`,
            confirmLabel: "Next section",
            cancelLabel: "Stay here",
          },
    );
    if (yes) run.act((s, now) => advanceSection(s, now));
  };
  const finish = async () => {
    const yes = await confirm({
      title: "Finish the whole mock now?",
      body: "Every written answer is submitted as it stands; the minutes left are forfeited.",
      confirmLabel: "Finish the mock",
      cancelLabel: "Keep going",
      danger: true,
    });
    if (yes) run.act((s, now) => finishEarly(s, now));
  };

  return (
    <div className="mock-session">
      <div className="mock-bar" role="region" aria-label="Mock clock and controls">
        <div className="mock-where">
          <span className={`tag mode-${state.mode}`}>{state.mode === "strict" ? "Strict" : "Practice"}</span>
          <strong>
            Section {state.current + 1} of {state.sections.length}: {section.title}
          </strong>
        </div>
        <div className="mock-clocks">
          <span
            className={`mock-clock${urgent ? " urgent" : ""}`}
            role="timer"
            aria-label="Time left in this section"
          >
            <span className="muted">Section</span> {clock(t.sectionRemainingMs)}
          </span>
          <span className="mock-clock" role="timer" aria-label="Time left in the mock">
            <span className="muted">Mock</span> {clock(t.loopRemainingMs)}
          </span>
        </div>
        <div className="mock-actions">
          {state.mode === "practice" ? (
            t.paused ? (
              <button type="button" className="primary" onClick={() => run.act((s, now) => resume(s, now))}>
                Resume
              </button>
            ) : (
              <button type="button" onClick={() => run.act((s, now) => pause(s, now))}>
                Pause
              </button>
            )
          ) : null}
          <button type="button" onClick={() => void next()} disabled={t.paused}>
            {last ? "Finish section and mock" : "Next section"}
          </button>
          {!last ? (
            <button type="button" className="danger" onClick={() => void finish()} disabled={t.paused}>
              Finish mock
            </button>
          ) : null}
        </div>
      </div>
      {dialog}
      <MockNotices run={run} />
      {run.saveError ? (
        <p className="notice-inline" role="alert">
          {run.saveError}
        </p>
      ) : null}
      {t.paused ? (
        <section className="mock-paused" aria-label="Paused">
          <h2>Paused</h2>
          <p>The clock is stopped. The questions are hidden until you resume.</p>
          <button type="button" className="primary" onClick={() => run.act((s, now) => resume(s, now))}>
            Resume
          </button>
        </section>
      ) : (
        <>
          <nav className="mock-tabs" aria-label="Questions in this section">
            {section.questionKeys.map((k, i) => {
              const status = statusOf(state.questions[k]!);
              return (
                <button
                  key={k}
                  type="button"
                  aria-current={k === focused ? "true" : undefined}
                  onClick={() => run.act((s, now) => focusQuestion(s, k, now))}
                >
                  <span>
                    {i + 1}. {run.question(k)?.title ?? k}
                  </span>
                  <span className={`mock-status status-${status.replace(" ", "-")}`}>{status}</span>
                </button>
              );
            })}
          </nav>
          {qs && q ? (
            <>
              <h2 className="mock-question-title">{q.title}</h2>
              <SplitPane
                key={qs.key}
                label="Resize prompt and answer"
                left={<Prompt q={q} qs={qs} run={run} />}
                right={
                  <section aria-label="Your answer" className="answer-pane">
                    <Answer q={q} qs={qs} run={run} dark={dark} />
                  </section>
                }
              />
            </>
          ) : (
            <p role="alert">
              This question&apos;s pack was removed from this browser, so it cannot be shown. Move on to the
              next section; it will be reported as not graded.
            </p>
          )}
        </>
      )}
    </div>
  );
}
