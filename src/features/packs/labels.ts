import type { Category, Difficulty, QuestionKind } from "../../domain/packs";

// Same words as the practice screen; features do not share code, so they are repeated here.
export const CATEGORY_LABEL: Record<Category, string> = {
  coding: "Coding",
  "ml-fundamentals": "ML fundamentals",
  "system-design": "System design",
  debugging: "Debugging",
};

export const KIND_LABEL: Record<QuestionKind, string> = {
  python: "Python",
  sql: "SQL",
  choice: "Multiple choice",
  numeric: "Numeric",
  written: "Written",
  design: "Design",
};

export const DIFFICULTY_LABEL: Record<Difficulty, string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
};
