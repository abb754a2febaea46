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

const WEEKDAYS = ["Mon", "", "Wed", "", "Fri", "", ""];

/**
 * Month names over the calendar's week columns (the days start on a Monday, one column per week):
 * a label where a column's first day begins a new month, the first column's month too unless the
 * next label would crowd it (closer than 3 columns).
 */
export function monthLabels(days: readonly HeatmapDay[]): { column: number; label: string }[] {
  const out: { column: number; label: string }[] = [];
  let prev = "";
  for (let col = 0; col * 7 < days.length; col++) {
    const month = days[col * 7]!.day.slice(0, 7);
    if (month !== prev) {
      const label = new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en-GB", {
        month: "short",
        timeZone: "UTC",
      });
      out.push({ column: col, label });
      prev = month;
    }
  }
  if (out.length > 1 && out[1]!.column - out[0]!.column < 3) out.shift();
  return out;
}

/**
 * A calendar of reviews per day: one column per week (Monday at the top), darker for more reviews,
 * with the months above and the weekdays beside. Each cell names its date and count for screen
 * readers and on hover; a sentence sums it up.
 */
export function ActivityHeatmap({ days, weeks }: { days: HeatmapDay[]; weeks: number }) {
  const active = days.filter((d) => d.count > 0);
  const total = active.reduce((s, d) => s + d.count, 0);
  const columns = Math.ceil(days.length / 7);
  return (
    <section className="drill-card" aria-labelledby="drill-activity-heading">
      <h2 id="drill-activity-heading">Activity</h2>
      <p>
        {total === 0
          ? `No reviews in the last ${weeks} weeks yet.`
          : `${plural(total, "review")} on ${plural(active.length, "day")} in the last ${weeks} weeks.`}
      </p>
      <div className="heatmap-wrap" style={{ "--weeks": columns } as React.CSSProperties}>
        <div className="heatmap-months" aria-hidden="true">
          {monthLabels(days).map((m) => (
            <span key={m.column} style={{ gridColumn: `${m.column + 1} / span 3` }}>
              {m.label}
            </span>
          ))}
        </div>
        <div className="heatmap-weekdays" aria-hidden="true">
          {WEEKDAYS.map((d, i) => (
            <span key={i}>{d}</span>
          ))}
        </div>
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
      </div>
    </section>
  );
}
