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
export function useHomeExtras(): {
  mock: MockRecord | null;
  drill: DailyQueue | null;
  streak: number | null;
} {
  const { status, enabled } = useCatalog();
  const settings = useAppStore((s) => s.drill);
  const extra = useAppStore((s) => s.drillExtra);
  const version = useAppStore((s) => s.dataVersion);
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
  }, [version]);
  const [drill, setDrill] = useState<DailyQueue | null>(null);
  const [streak, setStreak] = useState<number | null>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void drillSession().then((m) => live && setStreak(m.currentStreak(data, now, m.localDayClock(now))));
    if (status === "ready")
      void drillSession().then(
        (m) => live && setDrill(m.todayQueue(enabled, settings, data, now, m.localDayClock(now), extra)),
      );
    return () => {
      live = false;
    };
  }, [status, data, enabled, settings, extra, now]);
  return { mock, drill, streak };
}
