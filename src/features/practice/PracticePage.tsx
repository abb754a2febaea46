import { NotBuiltYet, Page } from "../../components/page/Page";

export function PracticePage() {
  return (
    <Page title="Practice" lead="Attempt any question from your packs and get graded on the spot.">
      <NotBuiltYet
        plan={[
          "browse and filter questions by category, topic, difficulty, lane and status",
          "run Python and SQL answers for real in your browser and see every test case",
          "answer written and design questions against a rubric, with a model answer",
        ]}
      />
    </Page>
  );
}

export function QuestionPage({ packId = "", questionId = "" }: { packId?: string; questionId?: string }) {
  return (
    <Page title="Question" lead={`Pack “${packId}”, question “${questionId}”.`}>
      <NotBuiltYet
        plan={[
          "read the prompt, write your answer in an editor, and run it against the tests",
          "use progressive hints, then see the explanation and reference solution",
          "keep your draft across reloads and review your earlier attempts",
        ]}
      />
    </Page>
  );
}
