import type { Category, Difficulty, QuestionKind } from "../../domain/packs";

/** Display names of categories, kinds and difficulties, shared by every screen. */

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
