import { useEffect, useState } from "react";
import { activeMock, listMocks, type MockRecord } from "../../../store";

export interface MockOverview {
  /** The mock in progress (newest without a report), if any. */
  active?: MockRecord;
  /** Every other readable mock, newest first: finished ones and earlier unfinished ones. */
  past: MockRecord[];
  /** When this was read (for "started 5 minutes ago"). */
  readAt: number;
}

/** When a past mock happened, for sorting and display: its finish, else its last save. */
export function mockDate(m: MockRecord): number {
  return m.report?.finishedAt ?? m.state.finishedAt ?? m.updatedAt ?? m.state.startedAt;
}

/** The saved mocks, read once when the setup screen opens; null while loading. */
export function useMockOverview(): MockOverview | null {
  const [overview, setOverview] = useState<MockOverview | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([activeMock(), listMocks()]).then(
      ([active, all]) => {
        if (!live) return;
        const past = all.filter((m) => m.id !== active?.id).sort((a, b) => mockDate(b) - mockDate(a));
        setOverview({ ...(active ? { active } : {}), past, readAt: Date.now() });
      },
      () => live && setOverview({ past: [], readAt: Date.now() }),
    );
    return () => {
      live = false;
    };
  }, []);
  return overview;
}
