import { useConfirm } from "../components/dialog/ConfirmDialog";
import { href, navigate } from "../lib/router/hash-router";
import type { MockLock } from "../store";

const mockHref = (lock: MockLock) => href(`/mock/${encodeURIComponent(lock.id)}`);

/** Abandon the locked strict mock (after asking), then open it for its assessment and report. */
function useAbandon() {
  const { confirm, dialog } = useConfirm();
  const abandon = async () => {
    const yes = await confirm({
      title: "Abandon this mock?",
      body: "It ends now, as if finished early: what you have written is submitted as it stands and scored, and unanswered questions score 0. Then you assess your written answers and get the report.",
      confirmLabel: "Abandon mock",
      cancelLabel: "Keep going",
      danger: true,
    });
    if (!yes) return;
    const { abandonLockedMock } = await import("../store/mock-lock");
    const r = await abandonLockedMock(Date.now());
    if (r.ok) navigate(href(`/mock/${encodeURIComponent(r.id)}`));
  };
  return { abandon, dialog };
}

/**
 * In place of the main navigation while a strict mock runs: the rest of the app is locked (no
 * solutions to read mid-mock) until the mock ends or is abandoned here.
 */
export function MockLockBar({ lock, onMockPage }: { lock: MockLock; onMockPage: boolean }) {
  const { abandon, dialog } = useAbandon();
  return (
    <div className="lock-bar" role="region" aria-label="Strict mock in progress">
      <span className="lock-text">Strict mock: the rest of the app is locked until it ends.</span>
      {!onMockPage ? (
        <a className="button-link" href={mockHref(lock)}>
          Back to the mock
        </a>
      ) : null}
      <button type="button" className="danger" onClick={() => void abandon()}>
        Abandon mock…
      </button>
      {dialog}
    </div>
  );
}

/** What any other address shows while a strict mock runs. */
export function LockedPage({ lock }: { lock: MockLock }) {
  const { abandon, dialog } = useAbandon();
  return (
    <div className="page">
      <h1>A strict mock is in progress</h1>
      <p className="lead">
        “{lock.title}” runs in strict mode, like a real interview: the rest of the app (questions, solutions,
        notes) stays locked until it ends.
      </p>
      <p className="toolbar">
        <a className="button-link" href={mockHref(lock)}>
          Back to the mock
        </a>
        <button type="button" className="danger" onClick={() => void abandon()}>
          Abandon mock…
        </button>
      </p>
      {dialog}
    </div>
  );
}
