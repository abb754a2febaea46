import type { Category, Difficulty, Fault, Lane, QuestionKind } from "../../domain/packs";

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
  incident: "Incident",
};

export const FAULT_LABEL: Record<Fault, string> = {
  "accuracy-drop": "Accuracy drop",
  "latency-spike": "Latency spike",
  "training-serving-skew": "Training–serving skew",
  "data-drift": "Data drift",
  leakage: "Leakage",
  imbalance: "Class imbalance",
  "label-delay": "Label delay",
  "unit-or-timezone-change": "Unit or time-zone change",
  "schema-change": "Schema change",
  "non-determinism": "Non-determinism",
};

export const DIFFICULTY_LABEL: Record<Difficulty, string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
};

export const LANE_LABEL: Record<Lane, string> = {
  applied: "Applied / product",
  infra: "ML platform / infra",
  "data-centric": "Data-centric",
};

export const STATUS_LABEL: Record<"new" | "attempted" | "solved", string> = {
  new: "New",
  attempted: "Attempted",
  solved: "Solved",
};
