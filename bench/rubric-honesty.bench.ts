/**
 * Rubric suggestion accuracy on the answer fixture (tests/packs/rubric-honesty): the share of
 * rubric items suggested per kind of answer, printed as a table (`TABLE` lines) and as figures.
 */
import { emit } from "./bench-io";
import {
  bankRubricQuestions,
  fixtureRows,
  formatRows,
  generatedRows,
  meanShare,
} from "../tests/packs/rubric-honesty/measure";

const bank = bankRubricQuestions();
const rows = fixtureRows(bank);
const t = performance.now();
const generated = generatedRows(bank);
const ms = performance.now() - t;
for (const line of formatRows(rows).split("\n")) console.log(`TABLE ${line}`);
const targets = {
  paraphrase: ">= 75",
  "keyword-list": "<= 25",
  negated: "<= 30",
  "too-short": "<= 25",
} as const;
for (const [kind, target] of Object.entries(targets))
  emit({
    name: `rubric: items suggested, ${kind} (fixture mean)`,
    value: Math.round(meanShare(rows, kind as keyof typeof targets) * 100),
    unit: "%",
    target,
  });
for (const kind of ["all-signals", "first-signal-per-item"] as const)
  emit({
    name: `rubric: items suggested, ${kind} (bank mean)`,
    value: Math.round(meanShare(generated, kind) * 100),
    unit: "%",
    target: "<= 0",
  });
emit({ name: `rubric: 4 generated answers x ${bank.size} questions`, value: Math.round(ms), unit: "ms" });
