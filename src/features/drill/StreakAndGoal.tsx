import type { DailyGoalProgress } from "../../domain/drill";

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

/** The current and longest streak of drill days, and progress towards today's goal. */
export function StreakAndGoal({
  current,
  longest,
  goal,
}: {
  current: number;
  longest: number;
  goal: DailyGoalProgress;
}) {
  return (
    <section className="drill-card" aria-labelledby="drill-streak-heading">
      <h2 id="drill-streak-heading">Streak and goal</h2>
      <dl className="drill-stats">
        <div>
          <dt>Current streak</dt>
          <dd>{days(current)}</dd>
        </div>
        <div>
          <dt>Longest streak</dt>
          <dd>{days(longest)}</dd>
        </div>
        <div>
          <dt>Today’s goal</dt>
          <dd>
            {goal.done} of {goal.goal} {goal.goal === 1 ? "question" : "questions"}
            {goal.met ? " (met)" : ""}
          </dd>
        </div>
      </dl>
      <progress
        className="drill-goal"
        max={goal.goal}
        value={Math.min(goal.done, goal.goal)}
        aria-label="Daily goal progress"
      />
    </section>
  );
}
