import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { errorResult, isEngineFailure, type GradeResult } from "../../../domain/grading/result";
import {
  applyGrade,
  pendingSubmissions,
  saveDraft as saveMockDraft,
  tick,
  type MockAnswer,
  type MockEvent,
  type MockReport,
  type MockState,
  type MockStep,
} from "../../../domain/mock";
import type { Pack, Question } from "../../../domain/packs";
import {
  clearDraftJournal,
  getMock,
  journalDraft,
  readDraftJournal,
  saveMock,
  useCatalog,
} from "../../../store";
import { autoGrade, finalizeMock, questionIndex } from "../../../store/mock-flow";
import { useTabLock } from "./use-tab-lock";

/** A calm, dismissable notice (time warnings, refusals, what happened at a time-out). */
export interface MockNotice {
  id: number;
  tone: "info" | "warning" | "error";
  text: string;
}

export type MockPhase =
  "loading" | "missing" | "elsewhere" | "running" | "grading" | "assess" | "closing" | "report";

const PERSIST_EVERY_MS = 15_000;
/** Longest a grading may take before it counts as failed (Python runs have their own limit). */
const GRADING_WATCHDOG_MS = 120_000;
function withWatchdog<T>(p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`grading took longer than ${GRADING_WATCHDOG_MS / 1000} s`)),
      GRADING_WATCHDOG_MS,
    );
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
const DRAFT_SAVE_DELAY_MS = 400;

function warningText(e: Extract<MockEvent, { type: "warning" }>, sectionTitle: string): string {
  // Say what is really left: entering a short section can cross the 5-minute mark with 2 left.
  const m = Math.max(1, Math.ceil(e.remainingMs / 60_000));
  const left = m === 1 ? "1 minute" : `${m} minutes`;
  return e.scope === "loop" ? `${left} left in the mock.` : `${left} left in ${sectionTitle}.`;
}

/** Whether the latest submission of a written/design question still awaits self-assessment. */
export function awaitingAssessment(state: MockState): string[] {
  return pendingSubmissions(state)
    .filter((s) => {
      const kind = state.questions[s.questionKey]?.kind;
      return kind === "written" || kind === "design";
    })
    .map((s) => s.questionKey);
}

/**
 * One mock interview on screen: loads it, applies the user's actions as pure transitions at the
 * wall-clock time (`act`), saves after every transition (drafts debounced, everything flushed when
 * the page is hidden), ticks once a second for countdowns and warnings, grades each submission
 * once (in the background, in order), and when the mock is over and graded, closes it with its
 * report. Reloading at any point resumes from what was saved.
 */
export function useMockRun(id: string) {
  const { status: catalogStatus, entries } = useCatalog();
  const packs = useMemo<Pack[]>(() => entries.map((e) => e.pack), [entries]);
  const index = useMemo(() => questionIndex(packs), [packs]);
  const [state, setState] = useState<MockState | null>(null);
  const [report, setReport] = useState<MockReport | null>(null);
  const [loaded, setLoaded] = useState<"loading" | "found" | "missing">("loading");
  const [now, setNow] = useState(() => Date.now());
  const [notices, setNotices] = useState<MockNotice[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [closeError, setCloseError] = useState<string | null>(null);
  const [closeTries, setCloseTries] = useState(0);
  const ref = useRef<MockState | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const queued = useRef(new Set<string>());
  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSaved = useRef(0);
  const closing = useRef(false);
  const closed = useRef(false);
  const recovered = useRef(false);
  const noticeId = useRef(0);
  const [gradeFailures, setGradeFailures] = useState<Record<string, string>>({});
  const gradeFailuresRef = useRef(gradeFailures);
  useEffect(() => {
    gradeFailuresRef.current = gradeFailures;
  }, [gradeFailures]);
  // Only the tab holding the mock's lock changes it (see useTabLock).
  const tab = useTabLock(`mle-dojo-mock:${id}`, loaded === "found" && !report);
  const writable = useRef(false);
  useEffect(() => {
    writable.current = tab.lock === "mine";
  }, [tab.lock]);

  const notify = useCallback((tone: MockNotice["tone"], text: string) => {
    const n = { id: ++noticeId.current, tone, text };
    setNotices((all) => [...all.slice(-2), n]);
  }, []);
  const dismiss = useCallback((nid: number) => setNotices((all) => all.filter((n) => n.id !== nid)), []);

  const persist = useCallback(async () => {
    clearTimeout(draftTimer.current);
    const s = ref.current;
    // Once the report exists the mock is closed: nothing is saved over it.
    if (!s || closed.current || !writable.current) return;
    const savedAt = Date.now();
    lastSaved.current = savedAt;
    const r = await saveMock(s);
    if (r.ok) clearDraftJournal(s.id, savedAt);
    setSaveError(r.ok ? null : `Your mock could not be saved: ${r.message} It goes on in this tab.`);
  }, []);

  const question = useCallback((key: string): Question | undefined => index.get(key)?.question, [index]);

  // Grade one submission on the right grader, once, if it is still the question's latest. A
  // failure of the engine itself (not of the answer) is not a grade: it is listed, to retry or
  // to count as not graded, so a correct answer never scores 0 because Python failed to start.
  const grade = useCallback(
    (submissionId: string) => {
      if (queued.current.has(submissionId)) return;
      queued.current.add(submissionId);
      const job = async () => {
        const s = ref.current;
        const sub = s?.submissions[submissionId];
        if (!s || !sub || sub.result) return;
        const qs = s.questions[sub.questionKey];
        if (!qs || qs.submissionIds.at(-1) !== submissionId) return;
        const q = question(sub.questionKey);
        const result = q
          ? await withWatchdog(autoGrade(q, sub.answer)).catch((e: unknown) =>
              errorResult({ kind: "GradingFailed", message: e instanceof Error ? e.message : String(e) }, 0),
            )
          : errorResult(
              {
                kind: "QuestionMissing",
                message: "This question's pack was removed, so it cannot be graded.",
              },
              0,
            );
        if (!result || !ref.current) return;
        if (isEngineFailure(result)) {
          queued.current.delete(submissionId);
          setGradeFailures((f) => ({ ...f, [submissionId]: result.error?.message ?? "grading failed" }));
          return;
        }
        const step = applyGrade(ref.current, submissionId, result);
        if (!step.applied) return;
        ref.current = step.state;
        setState(step.state);
        await persist();
      };
      // A failing job never breaks the chain for the answers after it.
      queue.current = queue.current.then(job).catch((e: unknown) => {
        queued.current.delete(submissionId);
        setGradeFailures((f) => ({ ...f, [submissionId]: String(e) }));
      });
    },
    [persist, question],
  );

  /** Grade again the answers whose grading failed (e.g. once the network or engine is back). */
  const retryGrading = useCallback(() => {
    const ids = Object.keys(gradeFailuresRef.current);
    setGradeFailures({});
    for (const id of ids) grade(id);
  }, [grade]);

  /** Count the answers whose grading failed as not graded (score 0), to get the report now. */
  const acceptGradeFailures = useCallback(() => {
    let s = ref.current;
    if (!s || !writable.current) return;
    for (const [id, message] of Object.entries(gradeFailuresRef.current))
      s = applyGrade(s, id, errorResult({ kind: "NotGraded", message: `Not graded: ${message}` }, 0)).state;
    setGradeFailures({});
    ref.current = s;
    setState(s);
    void persist();
  }, [persist]);

  const handle = useCallback(
    (step: MockStep, save: "now" | "later" | "no") => {
      ref.current = step.state;
      setState(step.state);
      if (step.refused && save !== "later") notify("error", step.refused);
      for (const e of step.events) {
        const sectionId = "sectionId" in e ? e.sectionId : "";
        const title = step.state.sections.find((x) => x.id === sectionId)?.title ?? "this section";
        if (e.type === "warning") notify("warning", warningText(e, title));
        else if (e.type === "submitted") grade(e.submissionId);
        else if (e.type === "section-ended" && e.reason === "time-up")
          notify(
            "info",
            `Time is up for ${title}: ${e.autoSubmitted.length ? "your answers were submitted as they stood" : "nothing was left to submit"}.`,
          );
        else if (e.type === "follow-ups-revealed")
          notify("info", "The interviewer has follow-up questions: answer them below your design.");
      }
      if (step.events.length > 0 || save === "now") void persist();
      else if (save === "later") {
        clearTimeout(draftTimer.current);
        draftTimer.current = setTimeout(() => void persist(), DRAFT_SAVE_DELAY_MS);
      }
    },
    [grade, notify, persist],
  );

  /** Apply a user action at the current wall-clock time. */
  const act = useCallback(
    (fn: (s: MockState, now: number) => MockStep, save: "now" | "later" = "now") => {
      if (!ref.current || !writable.current) return;
      handle(fn(ref.current, Date.now()), save);
    },
    [handle],
  );

  /** Keep the draft of question `key` (journalled at once, saved to IndexedDB shortly after). */
  const draft = useCallback(
    (key: string, answer: MockAnswer) => {
      if (!writable.current) return;
      act((s, now) => saveMockDraft(s, key, answer, now), "later");
      journalDraft(id, key, answer, Date.now());
    },
    [act, id],
  );

  /** Attach a grade the user gave (self-assessment of a written or design answer). */
  const gradeByHand = useCallback(
    (submissionId: string, result: GradeResult) => {
      if (!ref.current || !writable.current) return;
      const step = applyGrade(ref.current, submissionId, result);
      if (step.applied) handle({ state: step.state, events: [] }, "now");
    },
    [handle],
  );

  // Load (and catch up with the clock: time-outs that happened while the tab was closed).
  useEffect(() => {
    let live = true;
    void getMock(id).then((rec) => {
      if (!live) return;
      if (!rec) return setLoaded("missing");
      setLoaded("found");
      if (rec.report) {
        closed.current = true;
        setReport(rec.report);
      }
      // Replay drafts typed after the last save (e.g. a reload right after typing).
      let s = rec.state;
      if (!rec.report && !s.finishReason)
        for (const e of readDraftJournal(id)) {
          const step = saveMockDraft(s, e.key, e.draft, e.at);
          if (!step.refused) {
            s = step.state;
            recovered.current = true;
          }
        }
      ref.current = s;
      setState(s);
    });
    return () => {
      live = false;
    };
  }, [id]);

  // Once the questions are known: catch up and grade what was left ungraded before a reload.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current || !ref.current || catalogStatus !== "ready" || report || tab.lock !== "mine") return;
    resumed.current = true;
    handle(tick(ref.current, Date.now()), recovered.current ? "now" : "no");
    for (const sub of pendingSubmissions(ref.current)) grade(sub.id);
  }, [catalogStatus, state, report, handle, grade, tab.lock]);

  // The clock: countdowns every second; time-outs and warnings as they come.
  useEffect(() => {
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      const s = ref.current;
      if (!s || s.finishReason || s.pausedAt !== null || !resumed.current || !writable.current) return;
      const step = tick(s, t);
      handle(step, t - lastSaved.current > PERSIST_EVERY_MS ? "now" : "no");
    }, 1000);
    // Chromium drops IndexedDB writes started in `pagehide` on a reload: save earlier too.
    const flush = () => void persist();
    const hidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("beforeunload", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      clearInterval(timer);
      window.removeEventListener("beforeunload", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
      flush();
    };
  }, [handle, persist]);

  // Close the mock once it is over and every answer is graded.
  const finished = state?.finishReason != null;
  const pending = state ? pendingSubmissions(state) : [];
  const assess = state ? awaitingAssessment(state) : [];
  useEffect(() => {
    if (!finished || report || closing.current || catalogStatus !== "ready" || tab.lock !== "mine") return;
    if (pending.length > 0) return;
    closing.current = true;
    void queue.current.then(async () => {
      const s = ref.current;
      if (!s) return;
      const r = await finalizeMock(s, packs).catch((e: unknown) => ({
        ok: false as const,
        message: e instanceof Error ? e.message : String(e),
      }));
      if (r.ok) {
        closed.current = true;
        setCloseError(null);
        setReport(r.report);
      } else {
        closing.current = false;
        setCloseError(`The report could not be saved: ${r.message}`);
      }
    });
  }, [finished, report, pending.length, catalogStatus, packs, tab.lock, closeTries]);

  let phase: MockPhase;
  if (loaded === "loading" || (loaded === "found" && (!state || catalogStatus !== "ready") && !report))
    phase = "loading";
  else if (loaded === "missing") phase = "missing";
  else if (report) phase = "report";
  else if (tab.lock === "checking") phase = "loading";
  else if (tab.lock !== "mine") phase = "elsewhere";
  else if (!finished) phase = "running";
  else if (assess.length > 0) phase = "assess";
  else if (pending.length > 0) phase = "grading";
  else phase = "closing";

  return {
    phase,
    state,
    report,
    now,
    act,
    draft,
    gradeByHand,
    question,
    index,
    notices,
    dismiss,
    saveError,
    closeError,
    pendingCount: pending.length - assess.length,
    assess,
    tab,
    gradeFailures,
    retryGrading,
    acceptGradeFailures,
    /** Try again to save the report after a failure. */
    retryClose: () => setCloseTries((n) => n + 1),
  };
}

export type MockRun = ReturnType<typeof useMockRun>;
