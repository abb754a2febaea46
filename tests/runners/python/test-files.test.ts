// Ordinary unittest files, written for a module by its own name and dropped into a pack unchanged
// (issue 14): each question is proven the way check-pack proves any question — its reference
// passes every test and each known-wrong answer fails one.
import { loadPyodide } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { checkPack, problemLines, type CheckEngines } from "../../../src/runners/check-pack";
import { createPythonCore, type PythonCore } from "../../../src/runners/python/python-core";
import { validPack } from "../../domain/packs/pack-factories";
import initSqlJs from "sql.js";

let core: PythonCore;
let engines: CheckEngines;

beforeAll(async () => {
  core = createPythonCore(await loadPyodide());
  engines = { python: core, sql: await initSqlJs() };
});

type Obj = Record<string, unknown>;

function question(id: string, fields: Obj): Obj {
  return {
    id,
    kind: "python",
    title: `Question ${id}`,
    prompt: "Implement the module the tests import.",
    category: "coding",
    topics: ["testing"],
    difficulty: "easy",
    lanes: ["applied"],
    estimatedMinutes: 5,
    hints: [],
    explanation: "See the tests.",
    starterCode: "",
    ...fields,
  };
}

const LEAP_TESTS = `import unittest
from leap import leap_year


class LeapTest(unittest.TestCase):
    def test_year_not_divisible_by_4_in_common_year(self):
        self.assertIs(leap_year(2015), False)

    def test_year_divisible_by_4_not_divisible_by_100_in_leap_year(self):
        self.assertIs(leap_year(1996), True)

    def test_year_divisible_by_100_not_divisible_by_400_in_common_year(self):
        self.assertIs(leap_year(2100), False)

    def test_year_divisible_by_400_is_leap_year(self):
        self.assertIs(leap_year(2000), True)

    @unittest.skip("extra credit: negative years")
    def test_negative(self):
        self.assertIs(leap_year(-4), True)


if __name__ == "__main__":
    unittest.main()
`;

const STATS_TESTS = `import unittest
from unittest import mock

import stats
from stats import mean, zscores
from test_utils import close_lists, ROWS


class MeanTest(unittest.TestCase):
    def test_mean(self):
        self.assertAlmostEqual(mean([1, 2, 3, 4]), 2.5)

    def test_empty_raises_with_message(self):
        with self.assertRaises(ValueError) as err:
            mean([])
        self.assertEqual(str(err.exception), "mean of an empty list")

    def test_regex(self):
        with self.assertRaisesRegex(ValueError, "empty"):
            zscores([])

    def test_many(self):
        for xs, want in [([1], 1), ([2, 4], 3), ([1, 2], 1.5)]:
            with self.subTest(xs=xs):
                self.assertEqual(mean(xs), want)

    def test_zscores_use_the_module_mean(self):
        with mock.patch("stats.mean", return_value=10) as fake:
            zscores([10, 10])
        fake.assert_called()

    def test_helper_file_and_data_file(self):
        self.assertTrue(close_lists(zscores([1, 3]), [-1.0, 1.0]))
        with open("rows.csv") as f:
            self.assertEqual(f.read().strip(), ROWS)

    def test_candidate_file_name(self):
        import inspect
        self.assertEqual(inspect.getsourcefile(stats).rsplit("/", 1)[-1], "stats.py")
        self.assertEqual(mean.__code__.co_filename, "stats.py")
`;

const STATS_REF = `def mean(xs):
    if not xs:
        raise ValueError("mean of an empty list")
    return sum(xs) / len(xs)


def zscores(xs):
    if not xs:
        raise ValueError("zscores of an empty list")
    m = mean(xs)
    sd = (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5
    return [(x - m) / sd if sd else 0.0 for x in xs]
`;

const STATS_FILES = {
  "test_utils.py":
    "import math\n\nROWS = 'a,b'\n\ndef close_lists(a, b):\n    return len(a) == len(b) and all(math.isclose(x, y) for x, y in zip(a, b))\n",
  "rows.csv": "a,b\n",
};

describe("test files written for a named module", () => {
  it("each question proves itself: the reference passes, every wrong answer fails", async () => {
    const pack = validPack([
      question("leap", {
        module: "leap",
        testCode: LEAP_TESTS,
        referenceSolution: "def leap_year(y):\n    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)\n",
        wrongAnswers: [
          {
            id: "every-4",
            code: "def leap_year(y):\n    return y % 4 == 0\n",
            mistake: "Forgets centuries.",
          },
          {
            id: "truthy",
            code: "def leap_year(y):\n    return y % 4 == 0 and (y % 100 or y % 400 == 0)\n",
            mistake: "Returns an int, not a bool.",
          },
        ],
      }),
      question("stats", {
        module: "stats",
        files: STATS_FILES,
        testCode: STATS_TESTS,
        referenceSolution: STATS_REF,
        wrongAnswers: [
          {
            id: "message",
            code: STATS_REF.replace("mean of an empty list", "empty"),
            mistake: "Wrong error message.",
          },
          {
            id: "own-mean",
            code: STATS_REF.replace("m = mean(xs)", "m = sum(xs) / len(xs)"),
            mistake: "Does not use the module's mean.",
          },
          {
            id: "sample-sd",
            code: STATS_REF.replace("/ len(xs)) ** 0.5", "/ (len(xs) - 1)) ** 0.5"),
            mistake: "Sample standard deviation.",
          },
        ],
      }),
    ]);
    const report = await checkPack(pack, engines);
    expect(problemLines(report)).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("reports each test, skipped ones as skipped (not counted), each failing subTest on its own line", async () => {
    const leap = await core.grade({
      code: "def leap_year(y):\n    return y % 4 == 0\n",
      module: "leap",
      testCode: LEAP_TESTS,
      mode: "submit",
    });
    expect(leap.cases.map((c) => c.status)).toEqual(["pass", "pass", "fail", "pass", "skipped"]);
    expect(leap.cases[4]!.message).toBe("skipped: extra credit: negative years");
    expect(leap.score).toBeCloseTo(3 / 4);

    const wrongMean =
      "def mean(xs):\n    if not xs:\n        raise ValueError('mean of an empty list')\n    return sum(xs) // len(xs)\n";
    const stats = await core.grade({
      code: wrongMean + STATS_REF.slice(STATS_REF.indexOf("def zscores")),
      module: "stats",
      files: STATS_FILES,
      testCode: STATS_TESTS,
      mode: "submit",
    });
    const many = stats.cases.filter((c) => c.id.startsWith("MeanTest.test_many"));
    expect(many.map((c) => c.id)).toEqual(["MeanTest.test_many (xs=[1, 2])"]);
    expect(stats.cases.find((c) => c.id === "MeanTest.test_mean")!.status).toBe("fail");
  });

  it("names the test file, not the reference or expected values, when the test file itself is broken", async () => {
    const pack = validPack([
      question("broken", {
        module: "leap",
        testCode: "import unittest\nfrom leap import leap_yr\n",
        referenceSolution: "def leap_year(y):\n    return True\n",
        wrongAnswers: [],
      }),
    ]);
    const report = await checkPack(pack, engines);
    const problem = report.questions[0]!.problems[0]!;
    expect(problem.path).toBe("questions[0].testCode");
    expect(problem.message).toMatch(/ImportError: The question's test file failed to load/);
    expect(problem.fix).toMatch(/testCode/);
    expect(problem.fix).not.toMatch(/expected/);
  });

  it("a module name cannot shadow Python's own modules", async () => {
    const r = await core.grade({
      code: "x = 1\n",
      module: "json",
      testCode: "def test_a():\n    pass\n",
      mode: "submit",
    });
    expect(r.status).toBe("error");
    expect(r.error).toMatchObject({ kind: "QuestionError" });
    expect(r.error!.message).toMatch(/shadow Python's own module 'json'/);
  });
});
