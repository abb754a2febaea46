import { useEffect, useMemo, useState } from "react";
import {
  activityDays,
  activityHeatmap,
  addDays,
  dailyGoalProgress,
  dayKey,
  longestStreak,
  reviewForecast,
  streak,
  type DayClock,
  type DayKey,
  type ReviewLogRecord,
} from "../../domain/drill";
import { useAppStore, useCatalog } from "../../store";
import {
  drillQuestions,
  loadDrillData,
  localDayClock,
  todayQueue,
  type DrillData,
} from "../../store/drill-session";

/** Days the review forecast looks ahead. */
export const FORECAST_DAYS = 7;

/** Weeks shown in the activity calendar. */
export const HEATMAP_WEEKS = 16;

/** Monday-first weekday (0..6) of a day key. */
const weekday = (day: DayKey) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

function activity(logs: ReviewLogRecord[], goal: number, today: DayKey, clock: DayClock) {
  const days = activityDays(logs, clock);
  const from = addDays(today, -((HEATMAP_WEEKS - 1) * 7 + weekday(today)));
  return {
    current: streak(days, today),
    longest: longestStreak(days),
    goal: dailyGoalProgress(logs, goal, today, clock),
    heatmap: activityHeatmap(logs, from, today, clock),
  };
}

/**
 * Everything the drill screen shows, computed from stored cards and logs at the moment the screen
 * opened (`now` is read once here, at the UI edge): today's queue, streaks, goal, heatmap and the
 * review forecast.
 */
export function useDrillOverview() {
  const { status, enabled } = useCatalog();
  const drill = useAppStore((s) => s.drill);
  const extra = useAppStore((s) => s.drillExtra);
  const version = useAppStore((s) => s.dataVersion);
  const [data, setData] = useState<DrillData | null>(null);
  const [now] = useState(() => Date.now());
  const clock = useMemo(() => localDayClock(now), [now]);
  const today = dayKey(now, clock);

  useEffect(() => {
    let live = true;
    void loadDrillData().then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, [version]);

  const queue = useMemo(
    () => (status === "ready" && data ? todayQueue(enabled, drill, data, now, clock, extra) : null),
    [status, data, enabled, drill, now, clock, extra],
  );
  const forecast = useMemo(
    () =>
      status === "ready" && data
        ? reviewForecast(
            data.cards,
            now,
            FORECAST_DAYS,
            clock,
            new Set(drillQuestions(enabled).map((q) => q.key)),
          )
        : null,
    [status, data, enabled, now, clock],
  );
  const stats = useMemo(
    () => (data ? activity(data.logs, drill.dailyGoal, today, clock) : null),
    [data, drill.dailyGoal, today, clock],
  );
  return { queue, stats, forecast, today, enabled, drill };
}
