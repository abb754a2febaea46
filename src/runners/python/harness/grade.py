"""Entry point of the grading harness: grade(request_json) -> result_json.

Each call gets a fresh `solution` module and namespace; builtins, sys streams, sys.path,
the recursion limit and sys.modules entries added by the run are restored afterwards.
The JavaScript side calls guard.lock() before and guard.unlock() after this function.
"""
import builtins
import io
import json
import sys
import types

from . import capture, cases, errors, testcode

_MISSING = object()


def _snapshot():
    return {
        "builtins": dict(builtins.__dict__),
        "streams": (sys.stdout, sys.stderr, sys.stdin),
        "path": list(sys.path),
        "limit": sys.getrecursionlimit(),
        "modules": set(sys.modules),
    }


def _restore(saved):
    current, before = builtins.__dict__, saved["builtins"]
    for name in [n for n in current if n not in before]:
        del current[name]
    for name, value in before.items():
        if current.get(name, _MISSING) is not value:
            current[name] = value
    sys.stdout, sys.stderr, sys.stdin = saved["streams"]
    sys.path[:] = saved["path"]
    sys.setrecursionlimit(saved["limit"])
    sys.modules.pop("solution", None)
    for name in set(sys.modules) - saved["modules"]:
        # Keep stdlib modules imported by the run (re-importing C modules is costly), drop
        # anything that was not loaded from a file or built in (e.g. hand-made modules).
        spec = getattr(sys.modules.get(name), "__spec__", None)
        if spec is None or spec.origin in (None, "solution.py", "tests.py"):
            sys.modules.pop(name, None)


def _load_solution(code):
    """Exec the candidate's code as module `solution`; returns (module, error_info)."""
    errors.register_source(errors.CANDIDATE_FILE, code)
    module = types.ModuleType("solution")
    module.__file__ = errors.CANDIDATE_FILE
    sys.modules["solution"] = module
    try:
        compiled = compile(code, errors.CANDIDATE_FILE, "exec", dont_inherit=True)
    except SyntaxError as exc:
        return None, errors.error_info(exc)
    except ValueError as exc:  # e.g. null bytes
        return None, {"kind": "SyntaxError", "message": str(exc)}
    try:
        exec(compiled, module.__dict__)
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        return None, errors.error_info(exc)
    return module, None


def _judge(req, sink):
    module, error = _load_solution(req["code"])
    if error:
        return {"status": "error", "error": error}
    results, not_run = [], []
    entry = req.get("entry")
    fn = module.__dict__.get(entry) if entry else None
    needs_entry = bool(req.get("cases")) or bool(req.get("generated"))
    if needs_entry and not callable(fn):
        message = f"Your code must define `{entry}` (the function the tests call)."
        return {"status": "error", "error": {"kind": "NameError", "message": message}}
    if req.get("cases"):
        results += cases.run_cases(fn, req["cases"], req["mode"], sink, not_run)
    if req.get("generated"):
        if req["mode"] == "submit":
            results.append(cases.run_generated(req["generated"], fn, entry, sink))
        else:
            not_run.append("generated")
    if req.get("testCode"):
        try:
            ns = testcode.load(req["testCode"], module.__dict__)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            return {"status": "error", "error": errors.error_info(exc, testcode.FILES)}
        results += testcode.run(ns, sink)
    return {"status": "ok", "cases": results, "notRun": not_run}


def grade(request_json):
    """Run one grading request (JSON text) and return the raw result as JSON text."""
    req = json.loads(request_json)
    saved = _snapshot()
    sink = capture.Sink(req["caseCap"], req["runCap"])
    sys.stdout = capture.Writer(sink, "<stdout>")
    sys.stderr = capture.Writer(sink, "<stderr>")
    sys.stdin = io.StringIO("")
    try:
        result = _judge(req, sink)
    except KeyboardInterrupt:
        result = {"status": "interrupted"}
    except MemoryError:
        result = {"status": "error", "error": {"kind": "MemoryError", "message": errors.HINTS["MemoryError"]}}
    finally:
        _restore(saved)
    result["output"], result["outputTotal"] = sink.run_output()
    return json.dumps(result, default=repr)
