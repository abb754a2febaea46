"""Runs a question's test file: unittest.TestCase classes and bare test_* functions with assert.

One result per test, streamed as it finishes (so results survive a later timeout): pass, fail,
error, or skipped (with its reason); each failing subTest is its own result, named with its
parameters. Asserts are rewritten (ast) so a failing `assert a == b` reports the expression and
both sides. Equality in asserts and assertEqual-style methods is strict (see `strict.py`): an
object whose class the candidate wrote cannot claim to equal a plain value.
"""
import ast
import operator
import sys
import time
import types
import unittest

from . import encode, errors, strict

_OPS = {
    ast.Eq: ("==", strict.equal), ast.NotEq: ("!=", lambda a, b: not strict.equal(a, b)),
    ast.Lt: ("<", operator.lt), ast.LtE: ("<=", operator.le), ast.Gt: (">", operator.gt),
    ast.GtE: (">=", operator.ge), ast.Is: ("is", operator.is_), ast.IsNot: ("is not", operator.is_not),
    ast.In: ("in", strict.contains), ast.NotIn: ("not in", lambda a, b: not strict.contains(a, b)),
}
_OP_BY_TEXT = {text: fn for text, fn in _OPS.values()}


def _assert_cmp(text, left, op, right, msg):
    if _OP_BY_TEXT[op](left, right):
        return
    lines = [f"assert {text}", f"  left:  {encode.safe_repr(left)}", f"  right: {encode.safe_repr(right)}"]
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


def load(test_name, test_code, candidate):
    """Compile and execute the test file as module `test_name[:-3]`; returns its namespace.

    The candidate's public names are pre-imported (a test may use them without importing)."""
    errors.register_source(test_name, test_code)
    tree = _Rewriter(test_code).visit(ast.parse(test_code, test_name))
    module = types.ModuleType(test_name[:-3])
    ns = module.__dict__
    if candidate is not None:
        ns.update({k: v for k, v in vars(candidate).items() if not k.startswith("_")})
    ns.update(__name__=module.__name__, __file__=test_name, __dojo_assert_cmp__=_assert_cmp, __dojo_assert__=_assert_true)
    sys.modules[module.__name__] = module
    exec(compile(tree, test_name, "exec", dont_inherit=True), ns)
    return ns


def _ms(start):
    return round((time.perf_counter() - start) * 1000, 3)


class _Result(unittest.TestResult):
    """Collects the outcome of ONE test (with its subtests) into `entries`."""

    def __init__(self, test_id, files):
        super().__init__()
        self.test_id = test_id
        self.files = files
        self.entries = []
        self.main = {"id": test_id, "status": "pass"}
        self.sub_failed = False

    def _info(self, err, status):
        exc = err[1]
        info = errors.error_info(exc, self.files)
        if status == "fail":
            try:
                message = str(exc)
            except BaseException:  # noqa: BLE001
                message = ""
            message = message or f"assertion failed (line {info.get('line')})"
        else:
            message = errors.describe(info)
        return message, info

    def addFailure(self, test, err):
        message, info = self._info(err, "fail")
        self.main.update(status="fail", message=message, details={"error": info})

    def addError(self, test, err):
        if issubclass(err[0], KeyboardInterrupt):
            raise err[1]
        message, info = self._info(err, "error")
        self.main.update(status="error", message=message, details={"error": info})

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if issubclass(err[0], KeyboardInterrupt):
            raise err[1]
        failed = issubclass(err[0], test.failureException)
        status = "fail" if failed else "error"
        message, info = self._info(err, status)
        params = subtest._subDescription()
        self.sub_failed = True
        self.entries.append(
            {"id": f"{self.test_id} {params}", "status": status, "message": message, "details": {"error": info, "subTest": params}}
        )

    def addSkip(self, test, reason):
        self.main.update(status="skipped", message=f"skipped: {reason}" if reason else "skipped")

    def addExpectedFailure(self, test, err):
        self.main.update(status="pass", message="failed as expected (expectedFailure)")

    def addUnexpectedSuccess(self, test):
        self.main.update(status="fail", message="Expected this test to fail, but it passed.")


def _lineno(cls, name):
    fn = getattr(cls, name, None)
    code = getattr(fn, "__code__", None)
    return code.co_firstlineno if code else 0


def _run_one(test, test_id, sink, emit, files, stop):
    """Run one TestCase instance; emits its result line(s)."""
    emit({"event": "start", "id": test_id})
    sink.begin_case()
    start = time.perf_counter()
    result = _Result(test_id, files)
    interrupted = False
    try:
        test(result)
    except KeyboardInterrupt:
        interrupted = True
    doc = None
    try:
        doc = test.shortDescription()
    except Exception:  # noqa: BLE001
        pass
    output, total = sink.end_case()
    lines = result.entries if (result.sub_failed and result.main["status"] == "pass") else result.entries + [result.main]
    if interrupted:
        lines = [{"id": test_id, "interrupted": True}]
    for line in lines:
        line.update(event="case", kind="test", durationMs=_ms(start), output=output, outputTotal=total)
        if doc:
            line["description"] = doc
        emit(line)
    if interrupted and stop:
        raise KeyboardInterrupt


def _run_function(name, fn, sink, emit, files, stop):
    emit({"event": "start", "id": name})
    sink.begin_case()
    start = time.perf_counter()
    entry = {"event": "case", "kind": "test", "id": name, "status": "pass"}
    if fn.__doc__:
        entry["description"] = fn.__doc__.strip().splitlines()[0]
    try:
        fn()
    except KeyboardInterrupt:
        entry = {"event": "case", "kind": "test", "id": name, "interrupted": True}
    except unittest.SkipTest as exc:
        entry.update(status="skipped", message=f"skipped: {exc}" if str(exc) else "skipped")
    except AssertionError as exc:
        info = errors.error_info(exc, files)
        entry.update(status="fail", message=str(exc) or f"assertion failed (line {info.get('line')})", details={"error": info})
    except BaseException as exc:  # noqa: BLE001
        info = errors.error_info(exc, files)
        entry.update(status="error", message=errors.describe(info), details={"error": info})
    entry["durationMs"] = _ms(start)
    entry["output"], entry["outputTotal"] = sink.end_case()
    emit(entry)
    if stop and entry.get("interrupted"):
        raise KeyboardInterrupt


def run(ns, sink, emit, files, stop=False):
    """Run every TestCase class and bare test_* function of the test module, in source order."""
    loader = unittest.TestLoader()
    module_name = ns["__name__"]
    for name, obj in list(ns.items()):
        if getattr(obj, "__module__", None) != module_name:
            continue
        if isinstance(obj, type) and issubclass(obj, unittest.TestCase):
            _run_class(name, obj, loader, sink, emit, files, stop)
        elif name.startswith("test") and isinstance(obj, types.FunctionType):
            _run_function(name, obj, sink, emit, files, stop)


def _fixture_error(cls_name, what, exc, sink, emit, files):
    if isinstance(exc, unittest.SkipTest):
        emit({"event": "case", "kind": "test", "id": f"{cls_name}", "status": "skipped", "message": f"skipped: {exc}", "durationMs": 0})
        return
    info = errors.error_info(exc, files)
    emit({"event": "case", "kind": "test", "id": f"{cls_name}.{what}", "status": "error", "message": errors.describe(info), "details": {"error": info}, "durationMs": 0})


def _run_class(cls_name, cls, loader, sink, emit, files, stop):
    names = sorted(loader.getTestCaseNames(cls), key=lambda n: _lineno(cls, n))
    if not names:
        return
    if getattr(cls, "__unittest_skip__", False):
        reason = getattr(cls, "__unittest_skip_why__", "")
        for n in names:
            emit({"event": "case", "kind": "test", "id": f"{cls_name}.{n}", "status": "skipped", "message": f"skipped: {reason}" if reason else "skipped", "durationMs": 0})
        return
    try:
        cls.setUpClass()
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001
        _fixture_error(cls_name, "setUpClass", exc, sink, emit, files)
        return
    try:
        for n in names:
            _run_one(cls(n), f"{cls_name}.{n}", sink, emit, files, stop)
    finally:
        try:
            cls.tearDownClass()
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001
            _fixture_error(cls_name, "tearDownClass", exc, sink, emit, files)
