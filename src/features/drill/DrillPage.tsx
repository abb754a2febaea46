import { Page } from "../../components/page/Page";
import { isFocusedSession, useAppStore } from "../../store";
import { UndoRating } from "../../components/drill/UndoRating";
import { useDrillUndo } from "../../store/use-drill-undo";
import { ActivityHeatmap } from "./ActivityHeatmap";
import { CustomStudy } from "./CustomStudy";
import { ReviewForecast } from "./ReviewForecast";
import { DrillSettingsForm } from "./DrillSettingsForm";
import { StreakAndGoal } from "./StreakAndGoal";
import { TodayQueue } from "./TodayQueue";
import { TopicDrillCard } from "./TopicDrillCard";
import { HEATMAP_WEEKS, useDrillOverview } from "./use-drill-overview";

/**
 * `#/drill`: the topic drill in progress (if any), today's queue, the streak and daily goal, the
 * activity calendar and the settings, with a one-off notice (e.g. a topic drill just finished).
 */
export function DrillPage() {
  const { queue, stats, forecast, enabled, drill } = useDrillOverview();
  const undo = useDrillUndo();
  const session = useAppStore((s) => s.drillSession);
  const notice = useAppStore((s) => s.drillNotice);
  const setNotice = useAppStore((s) => s.setDrillNotice);
  const packs = drill.packs.length ? new Set(drill.packs) : null;
  const categories = drill.categories.length ? new Set(drill.categories) : null;
  const matching = enabled
    .filter((p) => !packs || packs.has(p.id))
    .reduce((n, p) => n + p.questions.filter((q) => !categories || categories.has(q.category)).length, 0);

  return (
    <Page title="Daily drill" lead="A short daily session of what you are about to forget.">
      {notice ? (
        <p className="notice-inline" role="status">
          {notice}{" "}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </p>
      ) : null}
      {undo ? <UndoRating ratingLabel={undo.rating} error={undo.error} onUndo={undo.undo} /> : null}
      {!queue || !stats || !forecast ? (
        <p role="status">Loading your drill…</p>
      ) : (
        <div className="drill-grid">
          {isFocusedSession(session) ? <TopicDrillCard session={session} /> : null}
          <TodayQueue
            queue={queue}
            reviewedToday={stats.goal.done}
            matching={matching}
            newPerDay={drill.newPerDay}
          />
          <StreakAndGoal current={stats.current} longest={stats.longest} goal={stats.goal} />
          <CustomStudy packs={enabled} done={queue.counts.total === 0 && stats.goal.done > 0} />
          <ReviewForecast days={forecast} />
          <ActivityHeatmap days={stats.heatmap} weeks={HEATMAP_WEEKS} />
          <DrillSettingsForm drill={drill} packs={enabled} />
        </div>
      )}
    </Page>
  );
}
