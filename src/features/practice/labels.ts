import type { Category, QuestionKind } from "../../domain/packs";

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
