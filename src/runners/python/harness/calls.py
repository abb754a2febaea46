"""Structured calls: entry(*args, **kwargs) per call, the return value encoded as plain data.

Nothing here knows what the right answer is: expected values never enter this interpreter. Each
call reports {id, value (encoded), repr, output, durationMs} or {id, error}; a KeyboardInterrupt
inside a call (the grader's per-test interrupt, or the candidate's own raise) is reported as
`interrupted` and the next call still runs. The grader outside decides which of the two it was.
"""
import io
import sys
import time

from . import encode, errors


def _ms(start):
    return round((time.perf_counter() - start) * 1000, 3)


def _arguments(call):
    if "plainArgs" in call:
        args = [encode.decode(a) for a in call["plainArgs"]]
        kwargs = {k: encode.decode(v) for k, v in call.get("plainKwargs", [])}
    else:
        args = list(call.get("args") or [])
        kwargs = dict(call.get("kwargs") or {})
    return args, kwargs


def run_calls(fn, calls, sink, emit, stop_on_interrupt=False):
    for call in calls:
        emit({"event": "start", "id": call["id"]})
        args, kwargs = _arguments(call)
        sink.begin_case()
        sink.quiet = bool(call.get("quiet"))
        sys.stdin = io.StringIO(call.get("stdin") or "")
        result = {"event": "case", "kind": "call", "id": call["id"]}
        start = time.perf_counter()
        try:
            value = fn(*args, **kwargs)
        except KeyboardInterrupt:
            result["interrupted"] = True
        except BaseException as exc:  # noqa: BLE001 - SystemExit, RecursionError... are case errors
            result["error"] = errors.error_info(exc)
        else:
            result["durationMs"] = _ms(start)
            try:
                result["value"] = encode.encode(value)
                if encode.has_opaque(result["value"]):
                    # Plain values are shown by the grader from their encoding; other objects by
                    # their own repr.
                    result["repr"] = encode.safe_repr(value)
            except KeyboardInterrupt:
                result["interrupted"] = True
            except BaseException as exc:  # noqa: BLE001 - e.g. a value that breaks iteration
                result["error"] = {
                    "kind": type(exc).__name__,
                    "message": "the value your function returned could not be read",
                }
        result.setdefault("durationMs", _ms(start))
        result["output"], result["outputTotal"] = sink.end_case()
        sink.quiet = False
        emit(result)
        if stop_on_interrupt and result.get("interrupted"):
            raise KeyboardInterrupt
