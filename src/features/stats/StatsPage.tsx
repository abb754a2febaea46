import { NotBuiltYet, Page } from "../../components/page/Page";

export function StatsPage() {
  return (
    <Page title="Progress" lead="How you are doing, by category and topic.">
      <NotBuiltYet
        plan={[
          "follow your score over time per category, and mastery per topic",
          "see time spent and your mock-interview history",
          "drill your weakest topics in one click, and back up all your progress",
        ]}
      />
    </Page>
  );
}
