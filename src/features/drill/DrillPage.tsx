import { NotBuiltYet, Page } from "../../components/page/Page";

export function DrillPage() {
  return (
    <Page title="Daily drill" lead="A short daily session of what you are about to forget.">
      <NotBuiltYet
        plan={[
          "review due questions first, then new ones, scheduled with spaced repetition (FSRS)",
          "rate each answer with a suggestion from your result, and see when it comes back",
          "keep a streak and a daily goal, with a calendar of your activity",
        ]}
      />
    </Page>
  );
}
