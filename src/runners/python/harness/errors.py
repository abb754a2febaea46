"""Turns exceptions into ErrorInfo dicts trimmed to the frames of the given source files.

The candidate's file name depends on the question's module (`solution.py` by default); the job
sets it with `set_candidate_file` before anything runs.
"""
import linecache
import traceback

CANDIDATE_FILE = "solution.py"

HINTS = {
    "RecursionError": "Your code recursed too deeply: check the base case (or use a loop).",
    "MemoryError": "Your code ran out of memory.",
    "SystemExit": "Your code called exit(); return a value instead.",
}


def set_candidate_file(filename):
    global CANDIDATE_FILE
    CANDIDATE_FILE = filename


def candidate_file():
    return CANDIDATE_FILE


def error_info(exc, files=None):
    """ErrorInfo for `exc`: kind, message, 1-based candidate line, trimmed traceback.

    Only frames of `files` (default: the candidate's file) appear; the harness's own frames never
    do. Nothing here calls the exception's own methods except str(), guarded.
    """
    files = tuple(files or (CANDIDATE_FILE,))
    kind = type(exc).__name__
    try:
        message = str(exc)
    except BaseException:  # noqa: BLE001 - a broken __str__ must not break grading
        message = ""
    if isinstance(exc, SyntaxError) and getattr(exc, "filename", None) in files:
        try:
            text = "".join(traceback.format_exception_only(type(exc), exc))
        except BaseException:  # noqa: BLE001
            text = f"{kind}: {exc.msg}\n"
        info = {"kind": kind, "message": exc.msg or kind, "traceback": text}
        if exc.lineno:
            info["line"] = exc.lineno
        if exc.filename != CANDIDATE_FILE:
            info["message"] = f"{info['message']} (in {exc.filename}, line {exc.lineno})"
            info.pop("line", None)
        return info
    try:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename in files]
    except BaseException:  # noqa: BLE001
        frames = []
    hint = HINTS.get(kind)
    if hint and not message:
        message = hint
    elif hint:
        message = f"{message}. {hint}"
    if not message:
        message = kind
    text = ""
    if frames:
        text = "Traceback (most recent call last):\n"
        text += "".join(traceback.StackSummary.from_list(frames).format())
    text += f"{kind}: {message}\n" if message != kind else f"{kind}\n"
    info = {"kind": kind, "message": message, "traceback": text}
    line = next((f.lineno for f in reversed(frames) if f.filename == CANDIDATE_FILE), None)
    if line is not None:
        info["line"] = line
    return info


def describe(info):
    """One-line message for a case: 'ValueError: bad input (line 3)'."""
    text = f"{info['kind']}: {info['message']}" if info["message"] != info["kind"] else info["kind"]
    if info.get("line"):
        text += f" (line {info['line']})"
    return text


def register_source(filename, source):
    """Make tracebacks show source lines for code compiled under `filename`."""
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
