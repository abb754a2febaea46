"""Runs question test code: unittest.TestCase classes and bare test_* functions with assert.

Asserts are rewritten (ast) so a failing `assert a == b` reports the expression text and both
sides' values, without evaluating anything twice.
"""
import ast
import operator
import time
import types
import unittest

from . import compare, errors

TEST_FILE = "tests.py"
FILES = (errors.CANDIDATE_FILE, TEST_FILE)
_OPS = {
    ast.Eq: ("==", operator.eq), ast.NotEq: ("!=", operator.ne), ast.Lt: ("<", operator.lt),
    ast.LtE: ("<=", operator.le), ast.Gt: (">", operator.gt), ast.GtE: (">=", operator.ge),
    ast.Is: ("is", operator.is_), ast.IsNot: ("is not", operator.is_not),
    ast.In: ("in", lambda a, b: a in b), ast.NotIn: ("not in", lambda a, b: a not in b),
}
_OP_BY_TEXT = {text: fn for text, fn in _OPS.values()}


def _assert_cmp(text, left, op, right, msg):
    if _OP_BY_TEXT[op](left, right):
        return
    lines = [f"assert {text}", f"  left:  {compare.safe_repr(left)}", f"  right: {compare.safe_repr(right)}"]
    if msg is not None:
        lines.insert(0, str(msg()))
    raise AssertionError("\n".join(lines))


def _assert_true(text, value, msg):
    if value:
        return
    lines = [f"assert {text}"]
    if msg is not None:
        lines.insert(0, str(msg()))
    raise AssertionError("\n".join(lines))


class _Rewriter(ast.NodeTransformer):
    def __init__(self, source):
        self.source = source

    def visit_Assert(self, node):
        text = ast.get_source_segment(self.source, node.test) or "<expression>"
        msg = ast.Lambda(ast.arguments(), node.msg) if node.msg else ast.Constant(None)
        test = node.test
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in _OPS:
            op = _OPS[type(test.ops[0])][0]
            args = [ast.Constant(text), test.left, ast.Constant(op), test.comparators[0], msg]
            call = ast.Call(ast.Name("__dojo_assert_cmp__", ast.Load()), args, [])
        else:
            call = ast.Call(ast.Name("__dojo_assert__", ast.Load()), [ast.Constant(text), test, msg], [])
        return ast.fix_missing_locations(ast.copy_location(ast.Expr(call), node))


def load(test_code, solution_ns):
    """Compile and execute the test code; returns its namespace (raises like the code would)."""
    errors.register_source(TEST_FILE, test_code)
    tree = _Rewriter(test_code).visit(ast.parse(test_code, TEST_FILE))
    ns = dict(solution_ns)
    ns.update(__name__="tests", __file__=TEST_FILE, __dojo_assert_cmp__=_assert_cmp, __dojo_assert__=_assert_true)
    exec(compile(tree, TEST_FILE, "exec", dont_inherit=True), ns)
    return ns


class _Result(unittest.TestResult):
    """Records one entry per test method, with its own captured output and duration."""

    def __init__(self, sink, out, cls_name):
        super().__init__()
        self.sink, self.out, self.cls_name = sink, out, cls_name
        self.current = None

    def startTest(self, test):
        super().startTest(test)
        self.sink.begin_case()
        self.current = {"id": f"{self.cls_name}.{test._testMethodName}", "status": "pass", "start": time.perf_counter()}
        doc = test.shortDescription()
        if doc:
            self.current["description"] = doc

    def stopTest(self, test):
        super().stopTest(test)
        entry, self.current = self.current, None
        if entry is None or entry.get("skip"):
            return
        entry["durationMs"] = round((time.perf_counter() - entry.pop("start")) * 1000, 3)
        entry["output"], entry["outputTotal"] = self.sink.end_case()
        self.out.append(entry)

    def _record(self, test, err, status, label=None):
        exc = err[1]
        entry = self.current
        if entry is None or not isinstance(test, unittest.TestCase) or isinstance(test, unittest.case._SubTest):
            if entry is None:  # setUpClass / tearDownClass failures
                entry = {"id": f"{self.cls_name}.{getattr(test, 'description', 'fixture')}", "durationMs": 0}
                self.out.append(entry)
        if entry.get("status") not in ("fail", "error"):
            info = errors.error_info(exc, FILES)
            message = str(exc) if status == "fail" else errors.describe(info)
            entry.update(status=status, message=(f"{label}: " if label else "") + message, details={"error": info})

    def addFailure(self, test, err):
        self._record(test, err, "fail")

    def addError(self, test, err):
        if isinstance(err[1], KeyboardInterrupt):
            raise err[1]
        self._record(test, err, "error")

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            self._record(subtest, err, "fail" if failed else "error", subtest._subDescription())

    def addSkip(self, test, reason):
        if self.current is not None:
            self.current["skip"] = True

    def addUnexpectedSuccess(self, test):
        if self.current is not None:
            self.current.update(status="fail", message="Expected this test to fail, but it passed.")


def _lineno(cls, name):
    fn = getattr(cls, name, None)
    code = getattr(fn, "__code__", None)
    return code.co_firstlineno if code else 0


def run(ns, sink):
    """Run every TestCase class and bare test_* function defined by the test code, in order."""
    out = []
    loader = unittest.TestLoader()
    for name, obj in list(ns.items()):
        if getattr(obj, "__module__", None) != "tests":
            continue
        if isinstance(obj, type) and issubclass(obj, unittest.TestCase):
            names = sorted(loader.getTestCaseNames(obj), key=lambda n: _lineno(obj, n))
            suite = unittest.TestSuite([obj(n) for n in names])
            suite.run(_Result(sink, out, name))
        elif name.startswith("test") and isinstance(obj, types.FunctionType):
            out.append(_run_function(name, obj, sink))
    return out


def _run_function(name, fn, sink):
    sink.begin_case()
    start = time.perf_counter()
    entry = {"id": name, "status": "pass"}
    if fn.__doc__:
        entry["description"] = fn.__doc__.strip().splitlines()[0]
    try:
        fn()
    except KeyboardInterrupt:
        raise
    except AssertionError as exc:
        info = errors.error_info(exc, FILES)
        entry.update(status="fail", message=str(exc) or f"assertion failed (line {info.get('line')})", details={"error": info})
    except BaseException as exc:
        info = errors.error_info(exc, FILES)
        entry.update(status="error", message=errors.describe(info), details={"error": info})
    entry["durationMs"] = round((time.perf_counter() - start) * 1000, 3)
    entry["output"], entry["outputTotal"] = sink.end_case()
    return entry
