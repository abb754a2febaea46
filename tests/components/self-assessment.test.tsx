import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { SelfAssessment } from "../../src/components/answers/SelfAssessment";
import {
  fieldSuggestions,
  initialTicks,
  rubricFields,
  type RubricField,
} from "../../src/domain/grading/rubric-fields";
import type { WrittenQuestion } from "../../src/domain/packs";

const question = {
  id: "w",
  kind: "written",
  title: "Why did the canary fail?",
  prompt: "The canary doubled p99 latency.",
  hints: [],
  rubric: [
    { id: "cause", description: "Names the larger embedding table", points: 2, signals: ["embedding table"] },
    { id: "test", description: "Adds a load test gate", points: 1, signals: ["load test"] },
    { id: "canary", description: "Keeps the canary", points: 1, signals: ["canary"] },
  ],
  modelAnswer: "The **embedding table** grew; add a load test.",
} as unknown as WrittenQuestion;

function Harness({ answer, preTick = false }: { answer: string; preTick?: boolean }) {
  const fields: RubricField[] = rubricFields(question, false);
  const suggestions = fieldSuggestions(fields, { answer }, [question.title, question.prompt]);
  const [ticks, setTicks] = useState(() => initialTicks(suggestions, preTick));
  return (
    <SelfAssessment
      fields={fields}
      answers={{ answer }}
      suggestions={suggestions}
      ticks={ticks}
      onToggle={(id, on) => setTicks({ ...ticks, [id]: on })}
      modelAnswer={[{ markdown: question.modelAnswer }]}
      preTicked={preTick}
    />
  );
}

const prose =
  "The new model ships a much bigger embedding table, so every lookup touches more memory and p99 doubles; " +
  "I would keep the canary; a load test is not needed at peak traffic.";

describe("SelfAssessment", () => {
  it("shows the answer, the rubric and the model answer, with every item unticked", () => {
    render(<Harness answer={prose} />);
    const part = screen.getByRole("region", { name: "Your answer: your answer and rubric" });
    expect(within(part).getByText(/bigger embedding table/)).toBeInTheDocument();
    expect(screen.getByRole("complementary", { name: "Model answer" })).toHaveTextContent(
      "The embedding table grew; add a load test.",
    );
    const boxes = screen.getAllByRole("checkbox");
    expect(boxes).toHaveLength(3);
    for (const b of boxes) expect(b).not.toBeChecked();
    expect(screen.getByRole("status")).toHaveTextContent("Your ticks: 0 / 4 points (0%)");
    expect(screen.getByText(/Nothing is ticked for you/)).toBeInTheDocument();
  });

  it("quotes evidence, and says why a phrase does not count", () => {
    render(<Harness answer={prose} />);
    const cause = screen.getByRole("checkbox", { name: /Names the larger embedding table/ });
    expect(cause.closest("label")).toHaveTextContent("found: “embedding table”");
    const test = screen.getByRole("checkbox", { name: /Adds a load test gate/ });
    expect(test.closest("label")).toHaveTextContent(
      "“load test is not needed” not counted: it reads as negated",
    );
    const canary = screen.getByRole("checkbox", { name: /Keeps the canary/ });
    expect(canary.closest("label")).toHaveTextContent(
      "“canary” not counted: it is in the question or a hint",
    );
  });

  it("counts only the user's own ticks", async () => {
    const user = userEvent.setup();
    render(<Harness answer={prose} />);
    await user.click(screen.getByRole("checkbox", { name: /Names the larger embedding table/ }));
    expect(screen.getByRole("status")).toHaveTextContent("Your ticks: 2 / 4 points (50%)");
  });

  it("pre-ticks items with evidence only when the user chose it", () => {
    render(<Harness answer={prose} preTick />);
    expect(screen.getByRole("checkbox", { name: /Names the larger embedding table/ })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: /Adds a load test gate/ })).not.toBeChecked();
    expect(screen.getByText(/start ticked \(your setting\)/)).toBeInTheDocument();
  });

  it("warns on a very short answer and on a list of terms, suggesting nothing for the list", () => {
    const { unmount } = render(<Harness answer="Bigger table." />);
    expect(screen.getByRole("note")).toHaveTextContent(/Very short \(2 words\)/);
    unmount();
    render(<Harness answer="embedding table, load test, p99, memory, rollback, canary" />);
    const notes = screen.getAllByRole("note").map((n) => n.textContent);
    expect(notes.join(" ")).toMatch(/no items are suggested/);
    expect(screen.queryByText(/found: “/)).toBeNull();
  });
});
