import { Page } from "../../components/page/Page";
import { href } from "../../lib/router/hash-router";

const MODES = [
  {
    path: "/practice",
    title: "Practice",
    text: "Pick any question — Python, SQL, ML fundamentals, system design, debugging — and get graded.",
  },
  {
    path: "/mock",
    title: "Mock interview",
    text: "A timed loop for your lane, with an honest report at the end.",
  },
  {
    path: "/drill",
    title: "Daily drill",
    text: "Ten minutes a day of the questions you are about to forget.",
  },
];

export function HomePage() {
  return (
    <Page
      title="What to do today"
      lead="MLE Dojo is a practice gym for machine-learning engineering interviews. Everything runs in this browser; nothing leaves it."
    >
      <section aria-labelledby="today-heading" className="today">
        <h2 id="today-heading">Today</h2>
        <p>
          You have no progress yet, and the question bank, grading and scheduling are still being built: the
          modes below say plainly what works so far.
        </p>
      </section>
      <nav aria-label="Modes" className="mode-grid">
        {MODES.map((m) => (
          <a key={m.path} className="mode-card" href={href(m.path)}>
            <span className="mode-title">{m.title}</span>
            <span className="mode-text">{m.text}</span>
          </a>
        ))}
      </nav>
      <p className="muted">
        Bring your own questions on the <a href={href("/packs")}>Packs</a> page, and follow your progress on{" "}
        <a href={href("/stats")}>Progress</a>.
      </p>
    </Page>
  );
}
