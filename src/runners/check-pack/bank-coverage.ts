/**
 * Bank-level coverage of a set of packs (issue "Built-in question bank"): how many questions
 * each part of the bank has against its target, and whether every category offers every lane and
 * every difficulty. Returned as data so a test (or the CLI) decides what to assert.
 */
import {
  CATEGORIES,
  DIFFICULTIES,
  FAULTS,
  LANES,
  type Category,
  type Difficulty,
  type Fault,
  type Lane,
  type Pack,
  type Question,
} from "../../domain/packs";

/** Minimum question counts of the built-in bank, per part. */
export const BANK_TARGETS = {
  "coding-python": 50,
  "coding-sql": 40,
  "ml-fundamentals": 60,
  "system-design": 20,
  debugging: 30,
} as const;

/** A part of the bank: coding split by kind, the other categories whole. */
export type BankGroup = keyof typeof BANK_TARGETS;

/** Counts of one category. */
export interface CategoryCoverage {
  questions: number;
  byDifficulty: Record<Difficulty, number>;
  byLane: Record<Lane, number>;
}

/** Interactive incidents of the bank: how many, how many per fault, and the faults none covers. */
export interface IncidentCoverage {
  count: number;
  byFault: Record<Fault, number>;
  /** Faults of the vocabulary without an incident, e.g. `latency-spike`. */
  missingFaults: Fault[];
}

/** Result of `bankCoverage`. */
export interface BankCoverage {
  counts: Record<BankGroup, number>;
  targets: typeof BANK_TARGETS;
  /** e.g. `coding-python: 48 questions, target 50`. */
  shortfalls: string[];
  byCategory: Record<Category, CategoryCoverage>;
  /** e.g. `debugging: no question in lane infra`, `coding: no hard question`. */
  gaps: string[];
  /** No shortfall and no gap. */
  ok: boolean;
  /** Incidents (reported, not part of `ok`: the bank test states its own incident targets). */
  incidents: IncidentCoverage;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function groupOf(q: Question): BankGroup | undefined {
  if (q.category !== "coding") return q.category;
  if (q.kind === "python") return "coding-python";
  if (q.kind === "sql") return "coding-sql";
  return undefined;
}

/** Coverage of the questions of all `packs` together (see BankCoverage). */
export function bankCoverage(packs: readonly Pack[]): BankCoverage {
  const counts = zeros(Object.keys(BANK_TARGETS) as BankGroup[]);
  const byCategory = Object.fromEntries(
    CATEGORIES.map((c) => [c, { questions: 0, byDifficulty: zeros(DIFFICULTIES), byLane: zeros(LANES) }]),
  ) as Record<Category, CategoryCoverage>;
  const byFault = zeros(FAULTS);
  let incidentCount = 0;
  for (const q of packs.flatMap((p) => p.questions)) {
    if (q.kind === "incident") {
      incidentCount++;
      byFault[q.fault]++;
    }
    const group = groupOf(q);
    if (group) counts[group]++;
    const cat = byCategory[q.category];
    cat.questions++;
    cat.byDifficulty[q.difficulty]++;
    for (const lane of new Set(q.lanes)) cat.byLane[lane]++;
  }
  const shortfalls = (Object.keys(BANK_TARGETS) as BankGroup[])
    .filter((g) => counts[g] < BANK_TARGETS[g])
    .map((g) => `${g}: ${counts[g]} questions, target ${BANK_TARGETS[g]}`);
  const gaps: string[] = [];
  for (const c of CATEGORIES) {
    for (const d of DIFFICULTIES)
      if (byCategory[c].byDifficulty[d] === 0) gaps.push(`${c}: no ${d} question`);
    for (const l of LANES) if (byCategory[c].byLane[l] === 0) gaps.push(`${c}: no question in lane ${l}`);
  }
  return {
    counts,
    targets: BANK_TARGETS,
    shortfalls,
    byCategory,
    gaps,
    ok: shortfalls.length === 0 && gaps.length === 0,
    incidents: { count: incidentCount, byFault, missingFaults: FAULTS.filter((f) => byFault[f] === 0) },
  };
}
