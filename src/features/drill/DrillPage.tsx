import { Page } from "../../components/page/Page";
import { ActivityHeatmap } from "./ActivityHeatmap";
import { DrillSettingsForm } from "./DrillSettingsForm";
import { StreakAndGoal } from "./StreakAndGoal";
import { TodayQueue } from "./TodayQueue";
import { HEATMAP_WEEKS, useDrillOverview } from "./use-drill-overview";

/** `#/drill`: today's queue, the streak and daily goal, the activity calendar and the settings. */
export function DrillPage() {
  const { queue, stats, enabled, drill } = useDrillOverview();
  const packs = drill.packs.length ? new Set(drill.packs) : null;
  const categories = drill.categories.length ? new Set(drill.categories) : null;
  const matching = enabled
    .filter((p) => !packs || packs.has(p.id))
    .reduce((n, p) => n + p.questions.filter((q) => !categories || categories.has(q.category)).length, 0);

  return (
    <Page title="Daily drill" lead="A short daily session of what you are about to forget.">
      {!queue || !stats ? (
        <p role="status">Loading your drill…</p>
      ) : (
        <div className="drill-grid">
          <TodayQueue
            queue={queue}
            reviewedToday={stats.goal.done}
            matching={matching}
            newPerDay={drill.newPerDay}
          />
          <StreakAndGoal current={stats.current} longest={stats.longest} goal={stats.goal} />
          <ActivityHeatmap days={stats.heatmap} weeks={HEATMAP_WEEKS} />
          <DrillSettingsForm drill={drill} packs={enabled} />
        </div>
      )}
    </Page>
  );
}
