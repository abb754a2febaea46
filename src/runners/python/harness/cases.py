"""Structured cases (entry(*args, **kwargs) vs expected) and the seeded generated check."""
import copy
import io
import random
import sys
import time

from . import compare, errors


def _ms(start):
    return round((time.perf_counter() - start) * 1000, 3)


def _call(fn, args, kwargs, stdin=""):
    """(value, exception) of fn(*args, **kwargs); KeyboardInterrupt (timeout) propagates."""
    sys.stdin = io.StringIO(stdin or "")
    try:
        return fn(*args, **kwargs), None
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # SystemExit, RecursionError, MemoryError... are all case errors
        return None, exc


def _compare(expected, actual, how):
    try:
        return compare.diff(expected, actual, how)
    except KeyboardInterrupt:
        raise
    except Exception as exc:
        return f"could not compare the result: {type(exc).__name__}: {exc}"


def _error_case(base, exc, files=(errors.CANDIDATE_FILE,), prefix=""):
    info = errors.error_info(exc, files)
    base.update(status="error", message=prefix + errors.describe(info), details={"error": info})
    return base


def run_cases(fn, cases, mode, sink, not_run):
    results = []
    for case in cases:
        if case.get("hidden") and mode != "submit":
            not_run.append(case["id"])
            continue
        args = case.get("args") or []
        kwargs = case.get("kwargs") or {}
        sink.begin_case()
        start = time.perf_counter()
        actual, exc = _call(fn, args, kwargs, case.get("stdin"))
        base = {"id": case["id"], "hidden": bool(case.get("hidden")), "durationMs": _ms(start)}
        if case.get("description"):
            base["description"] = case["description"]
        base["output"], base["outputTotal"] = sink.end_case()
        base["expected"] = compare.safe_repr(case.get("expected"))
        if exc is not None:
            results.append(_error_case(base, exc))
            continue
        mismatch = _compare(case.get("expected"), actual, case.get("compare"))
        base["actual"] = compare.safe_repr(actual)
        base["status"] = "fail" if mismatch else "pass"
        if mismatch:
            base["message"] = mismatch
        results.append(base)
    return results


def exec_source(source, filename):
    """Execute question-supplied source in a fresh namespace."""
    errors.register_source(filename, source)
    ns = {"__name__": filename[:-3], "__builtins__": __builtins__}
    exec(compile(source, filename, "exec", dont_inherit=True), ns)
    return ns


def _call_text(entry, args, kwargs):
    parts = [compare.safe_repr(a) for a in args]
    parts += [f"{k}={compare.safe_repr(v)}" for k, v in kwargs.items()]
    return f"{entry}({', '.join(parts)})"


def run_generated(spec, fn, entry, sink):
    """Compare the candidate with the reference on `count` seeded random inputs."""
    base = {"id": "generated", "description": f"{spec['count']} random inputs vs the reference"}
    sink.begin_case()
    start = time.perf_counter()
    pack_files = ("generator.py", "reference.py")

    def finish(**fields):
        base.update(fields)
        base["durationMs"] = _ms(start)
        base["output"], base["outputTotal"] = sink.end_case()
        return base

    try:
        gen = exec_source(spec["generator"], "generator.py")["gen"]
        ref = exec_source(spec["reference"], "reference.py")[entry]
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        return finish(**_error_case({}, exc, pack_files, "The question's generator is broken: "))
    rng = random.Random(spec["seed"])
    how = spec.get("compare")
    for i in range(spec["count"]):
        try:
            made = gen(rng)
            args, kwargs = list(made.get("args") or []), dict(made.get("kwargs") or {})
            call = _call_text(entry, args, kwargs)
            expected = ref(*copy.deepcopy(args), **copy.deepcopy(kwargs))
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            return finish(**_error_case({}, exc, pack_files, "The question's generator is broken: "))
        actual, exc = _call(fn, copy.deepcopy(args), copy.deepcopy(kwargs))
        where = f"Generated input #{i + 1}: {call}"
        if exc is not None:
            out = _error_case({"expected": compare.safe_repr(expected)}, exc)
            out["message"] = f"{where} raised {out['message']}"
            out["details"]["input"] = call
            return finish(**out)
        mismatch = _compare(expected, actual, how)
        if mismatch:
            return finish(
                status="fail",
                message=f"{where}: {mismatch}",
                expected=compare.safe_repr(expected),
                actual=compare.safe_repr(actual),
                details={"input": call, "index": i},
            )
    return finish(status="pass", message=f"All {spec['count']} generated inputs matched the reference.")
