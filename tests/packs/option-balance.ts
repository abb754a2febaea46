// Answer-position cues in choice questions: where the correct options sit in the stored order, and
// how often the correct option is the longest one. The app shuffles options per attempt, but an
// exported pack is read in file order, so the stored order must not give the answer away either.

export interface ChoiceLike {
  id: string;
  multiple?: boolean;
  options: readonly { text: string; correct: boolean }[];
}

export interface OptionBalance {
  /** Choice questions counted. */
  questions: number;
  /** Single-answer questions only: how many have their correct option at each index. */
  singleAt: number[];
  /** Every correct option (multi-select included): how many sit at each index. */
  correctAt: number[];
  /** Questions whose uniquely longest option is a correct one. */
  longestCorrect: string[];
}

export function optionBalance(questions: readonly ChoiceLike[]): OptionBalance {
  const singleAt: number[] = [];
  const correctAt: number[] = [];
  const longestCorrect: string[] = [];
  const bump = (arr: number[], i: number) => {
    while (arr.length <= i) arr.push(0);
    arr[i] = (arr[i] ?? 0) + 1;
  };
  for (const q of questions) {
    q.options.forEach((o, i) => o.correct && bump(correctAt, i));
    if (!q.multiple)
      bump(
        singleAt,
        q.options.findIndex((o) => o.correct),
      );
    const lengths = q.options.map((o) => o.text.trim().length);
    const max = Math.max(...lengths);
    const longest = lengths.flatMap((l, i) => (l === max ? [i] : []));
    if (longest.length === 1 && q.options[longest[0]!]?.correct) longestCorrect.push(q.id);
  }
  return { questions: questions.length, singleAt, correctAt, longestCorrect };
}

export interface BalanceLimits {
  /** Below this many questions (or single-answer questions), shares are not judged. */
  minQuestions: number;
  /** Largest share of correct answers any one position may hold. */
  maxPositionShare: number;
  /** Largest share of questions whose longest option is correct. */
  maxLongestShare: number;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** What is skewed in `b` under `limits` (empty when nothing is). */
export function balanceProblems(b: OptionBalance, limits: BalanceLimits): string[] {
  const problems: string[] = [];
  const letter = (i: number) => String.fromCharCode(65 + i);
  const judge = (counts: readonly number[], what: string) => {
    const total = sum(counts);
    if (total < limits.minQuestions) return;
    counts.forEach((c, i) => {
      if (share(c, total) > limits.maxPositionShare)
        problems.push(
          `${what}: position ${letter(i)} holds ${c} of ${total} (${pct(share(c, total))}, at most ${pct(limits.maxPositionShare)} allowed)`,
        );
    });
  };
  judge(b.singleAt, "single-answer correct options");
  judge(b.correctAt, "all correct options");
  if (b.questions >= limits.minQuestions) {
    const s = share(b.longestCorrect.length, b.questions);
    if (s > limits.maxLongestShare)
      problems.push(
        `the correct option is the longest in ${b.longestCorrect.length} of ${b.questions} questions (${pct(s)}, at most ${pct(limits.maxLongestShare)} allowed)`,
      );
  }
  return problems;
}

/** One line describing the distribution, for the test log. */
export function describeBalance(label: string, b: OptionBalance): string {
  const dist = (counts: readonly number[]) =>
    counts.map((c, i) => `${String.fromCharCode(65 + i)} ${c}`).join(", ") || "none";
  return (
    `${label}: ${b.questions} choice questions; single-answer correct at ${dist(b.singleAt)}; ` +
    `all correct options at ${dist(b.correctAt)}; correct is longest in ${b.longestCorrect.length}`
  );
}
