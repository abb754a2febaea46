"""Turns exceptions into ErrorInfo dicts trimmed to the frames of the given source files."""
import traceback

CANDIDATE_FILE = "solution.py"

HINTS = {
    "RecursionError": "Your code recursed too deeply: check the base case (or use a loop).",
    "MemoryError": "Your code ran out of memory.",
    "SystemExit": "Your code called exit(); return a value instead.",
}


def error_info(exc, files=(CANDIDATE_FILE,)):
    """ErrorInfo for `exc`: kind, message, 1-based candidate line, trimmed traceback."""
    kind = type(exc).__name__
    if isinstance(exc, SyntaxError) and getattr(exc, "filename", None) in files:
        text = "".join(traceback.format_exception_only(type(exc), exc))
        info = {"kind": kind, "message": exc.msg or kind, "traceback": text}
        if exc.lineno:
            info["line"] = exc.lineno
        if exc.filename != CANDIDATE_FILE:
            info["message"] = f"{info['message']} (in {exc.filename}, line {exc.lineno})"
            info.pop("line", None)
        return info
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename in files]
    message = str(exc)
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
    text += "".join(traceback.format_exception_only(type(exc), exc))
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
    import linecache

    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
