import { useEffect, useState } from "react";
import type { DailyQueue } from "../../domain/drill";
import { activeMock, useAppStore, useCatalog, type MockRecord } from "../../store";
import type { DrillData } from "../../store/drill-session";

// The drill scheduler (ts-fsrs) loads after first paint, only for this summary.
const drillSession = () => import("../../store/drill-session");

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
    void drillSession()
      .then((m) => m.loadDrillData())
      .then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, []);
  const [drill, setDrill] = useState<DailyQueue | null>(null);
  useEffect(() => {
    if (status !== "ready" || !data) return;
    let live = true;
    void drillSession().then(
      (m) => live && setDrill(m.todayQueue(enabled, settings, data, now, m.localDayClock(now))),
    );
    return () => {
      live = false;
    };
  }, [status, data, enabled, settings, now]);
  return { mock, drill };
}
