"""Entry point of the harness: run(job_json, emit) -> final_json.

A job is what the process running untrusted code may know: the candidate's code, the question's
module name, extra files and test file, and the calls to make. It never contains an expected
value or a reference solution (see runners/python/job-plan.ts). Results stream out through
`emit(event_json)` as each call or test finishes, so they survive a later timeout; the returned
JSON says how the run ended ({"status": "ok" | "error" | "interrupted"}) with the whole output.

Kinds:
- "candidate": import the candidate's module, make the structured calls, run the test file.
- "generate": run a question's generator and reference (in a separate interpreter from any
  candidate) to produce inputs and expected values, encoded as plain data.

Each job is meant for a fresh interpreter. When one is reused (engine tests in Node), the
module-level state the harness knows about is put back afterwards; that is a convenience, not the
isolation guarantee.
"""
import builtins
import copy
import io
import json
import random
import sys
import time

from . import calls, capture, encode, errors, strict, testcode, workspace

_dumps, _loads = json.dumps, json.loads
_MISSING = object()


def _snapshot():
    return {
        "builtins": dict(builtins.__dict__),
        "streams": (sys.stdout, sys.stderr, sys.stdin),
        "path": list(sys.path),
        "meta_path": list(sys.meta_path),
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
    sys.meta_path[:] = saved["meta_path"]
    sys.setrecursionlimit(saved["limit"])
    for name in set(sys.modules) - saved["modules"]:
        spec = getattr(sys.modules.get(name), "__spec__", None)
        origin = getattr(spec, "origin", None)
        if spec is None or origin is None or str(origin).startswith(workspace.RUN_ROOT):
            sys.modules.pop(name, None)


def _internal_error():
    return {
        "kind": "GraderError",
        "message": "Your code broke the grader itself (for example by replacing a built-in such as "
        "isinstance or print). Nothing could be judged.",
    }


def _run_candidate(job, sink, emit):
    module_name = job.get("module") or "solution"
    test_code = job.get("testCode")
    test_name = job.get("testFile") or f"test_{module_name}.py"
    try:
        ws = workspace.Workspace(module_name, job["code"], job.get("files"), test_name if test_code else None, test_code)
    except ValueError as exc:
        return {"status": "error", "error": {"kind": "QuestionError", "message": str(exc)}}
    stop = bool(job.get("stopOnInterrupt"))
    question_files = (test_name,) + ws.helper_files
    if test_code:
        # Classes that exist before the candidate's code runs are trusted by the strict asserts.
        strict.snapshot()
        strict.trust_files(question_files)
    ws.enter(on_disk=bool(test_code or job.get("files")))
    try:
        module, error = ws.load_candidate()
        if error:
            return {"status": "error", "error": error}
        entry = job.get("entry")
        if job.get("calls"):
            fn = vars(module).get(entry) if entry else None
            if not callable(fn):
                message = f"Your code must define `{entry}` (the function the tests call)."
                return {"status": "error", "error": {"kind": "NameError", "message": message}}
            calls.run_calls(fn, job["calls"], sink, emit, stop)
        if test_code:
            strict.install()
            files = (ws.candidate_file,) + question_files
            try:
                ns = testcode.load(test_name, test_code, module)
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # noqa: BLE001 - an import error in the test file, say
                info = errors.error_info(exc, files)
                info["where"] = "testCode"
                return {"status": "error", "error": info}
            testcode.run(ns, sink, emit, files, stop)
        return {"status": "ok"}
    finally:
        ws.leave()


def _call_text(entry, args, kwargs):
    parts = [encode.safe_repr(a) for a in args]
    parts += [f"{k}={encode.safe_repr(v)}" for k, v in kwargs.items()]
    return f"{entry}({', '.join(parts)})"


def _exec_source(source, filename):
    errors.register_source(filename, source)
    ns = {"__name__": filename[:-3], "__builtins__": builtins}
    exec(compile(source, filename, "exec", dont_inherit=True), ns)
    return ns


def _run_generate(job):
    """Inputs from the question's generator and expected values from its reference."""
    pack_files = ("generator.py", "reference.py")
    entry = job["entry"]

    def broken(exc):
        info = errors.error_info(exc, pack_files)
        info["message"] = f"The question's generator or reference is broken: {errors.describe(info)}"
        info["kind"] = "QuestionError"
        return {"status": "error", "error": info}

    try:
        gen = _exec_source(job["generator"], "generator.py")["gen"]
        ref = _exec_source(job["reference"], "reference.py")[entry]
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001
        return broken(exc)
    rng = random.Random(job["seed"])
    inputs, expected = [], []
    for i in range(job["count"]):
        try:
            made = gen(rng)
            args, kwargs = list(made.get("args") or []), dict(made.get("kwargs") or {})
            call = {
                "id": f"generated-{i + 1}",
                "plainArgs": [encode.encode(a) for a in args],
                "plainKwargs": [[k, encode.encode(v)] for k, v in kwargs.items()],
                "call": _call_text(entry, args, kwargs),
            }
            if any(encode.has_opaque(a) for a in call["plainArgs"]) or any(encode.has_opaque(v) for _, v in call["plainKwargs"]):
                raise TypeError("generated arguments must be plain data (numbers, strings, lists, dicts...)")
            value = ref(*copy.deepcopy(args), **copy.deepcopy(kwargs))
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001
            return broken(exc)
        inputs.append(call)
        expected.append(encode.encode(value))
    return {"status": "ok", "inputs": inputs, "expected": expected}


def run(job_json, emit_js):
    """Run one job (JSON text); events go to emit_js(json_text); returns the final JSON text."""
    job = _loads(job_json)

    def emit(event):
        emit_js(_dumps(event, default=repr))

    saved = _snapshot()
    sink = capture.Sink(job.get("caseCap", 4000), job.get("runCap", 20000))
    sys.stdout = capture.Writer(sink, "<stdout>")
    sys.stderr = capture.Writer(sink, "<stderr>")
    sys.stdin = io.StringIO("")
    start = time.perf_counter()
    try:
        if job.get("kind") == "generate":
            final = _run_generate(job)
        else:
            final = _run_candidate(job, sink, emit)
    except KeyboardInterrupt:
        final = {"status": "interrupted"}
    except MemoryError:
        final = {"status": "error", "error": {"kind": "MemoryError", "message": errors.HINTS["MemoryError"]}}
    except BaseException:  # noqa: BLE001 - the harness itself failed (e.g. a replaced built-in)
        final = {"status": "error", "error": _internal_error()}
    finally:
        _restore(saved)
    final["output"], final["outputTotal"] = sink.run_output()
    final["durationMs"] = round((time.perf_counter() - start) * 1000, 3)
    try:
        return _dumps(final, default=repr)
    except BaseException:  # noqa: BLE001
        return _dumps({"status": "error", "error": _internal_error(), "output": "", "outputTotal": 0})
