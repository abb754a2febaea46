import type { HeatmapDay } from "../../domain/drill";

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

function longDate(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

function level(count: number): number {
  if (count === 0) return 0;
  if (count < 3) return 1;
  if (count < 6) return 2;
  if (count < 10) return 3;
  return 4;
}

/**
 * A calendar of reviews per day: one column per week (Monday at the top), darker for more reviews.
 * Each cell names its date and count for screen readers and on hover; a sentence sums it up.
 */
export function ActivityHeatmap({ days, weeks }: { days: HeatmapDay[]; weeks: number }) {
  const active = days.filter((d) => d.count > 0);
  const total = active.reduce((s, d) => s + d.count, 0);
  return (
    <section className="drill-card" aria-labelledby="drill-activity-heading">
      <h2 id="drill-activity-heading">Activity</h2>
      <p>
        {total === 0
          ? `No reviews in the last ${weeks} weeks yet.`
          : `${plural(total, "review")} on ${plural(active.length, "day")} in the last ${weeks} weeks.`}
      </p>
      <div className="heatmap" role="group" aria-label={`Reviews per day, last ${weeks} weeks`}>
        {days.map((d) => {
          const label = `${longDate(d.day)}: ${plural(d.count, "review")}`;
          return (
            <span
              key={d.day}
              role="img"
              className={`heatmap-cell heatmap-l${level(d.count)}`}
              title={label}
              aria-label={label}
            />
          );
        })}
      </div>
    </section>
  );
}
