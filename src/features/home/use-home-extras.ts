import { useEffect, useMemo, useState } from "react";
import type { DailyQueue } from "../../domain/drill";
import { activeMock, useAppStore, useCatalog, type MockRecord } from "../../store";
import { loadDrillData, localDayClock, todayQueue, type DrillData } from "../../store/drill-session";

/**
 * What else is waiting today, for the home screen: a mock interview left unfinished, and today's
 * drill queue (read once when the screen opens; `now` is read here, at the UI edge).
 */
export function useHomeExtras(): { mock: MockRecord | null; drill: DailyQueue | null } {
  const { status, enabled } = useCatalog();
  const settings = useAppStore((s) => s.drill);
  const [now] = useState(() => Date.now());
  const [mock, setMock] = useState<MockRecord | null>(null);
  const [data, setData] = useState<DrillData | null>(null);
  useEffect(() => {
    let live = true;
    void activeMock().then((m) => live && setMock(m ?? null));
    void loadDrillData().then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, []);
  const drill = useMemo(
    () => (status === "ready" && data ? todayQueue(enabled, settings, data, now, localDayClock(now)) : null),
    [status, data, enabled, settings, now],
  );
  return { mock, drill };
}
