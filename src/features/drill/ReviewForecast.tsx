import type { ForecastDay } from "../../domain/drill/forecast";
import { plural } from "../../components/labels/duration";

function dayName(day: string, i: number): string {
  if (i === 0) return "Today";
  if (i === 1) return "Tomorrow";
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    timeZone: "UTC",
  });
}

/** Reviews falling due on each of the coming days, as labelled bars (the counts are the text). */
export function ReviewForecast({ days }: { days: ForecastDay[] }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  return (
    <section className="drill-card" aria-labelledby="drill-forecast-heading">
      <h2 id="drill-forecast-heading">Review forecast</h2>
      <p className="hint">
        {total === 0
          ? `No reviews due in the next ${days.length} days.`
          : `${plural(total, "review")} due in the next ${days.length} days.`}
      </p>
      <ol className="forecast" aria-label={`Reviews due per day, next ${days.length} days`}>
        {days.map((d, i) => (
          <li key={d.day}>
            <span className="forecast-day">{dayName(d.day, i)}</span>
            <span className="forecast-bar" aria-hidden="true">
              <span style={{ width: `${(d.count / max) * 100}%` }} />
            </span>
            <span className="forecast-count">{d.count}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
