"""Value comparison for graded answers: exact, approx (nested), unordered, set.

`diff(expected, actual, compare)` returns None when they match, else a sentence saying where
and how they differ. Tuples equal lists, 1 == 1.0, but True is not 1. NaN equals NaN. numpy
arrays/scalars are compared through .tolist(). JSON cannot have non-string dict keys, so an
actual key 1 matches an expected key "1".
"""
import math
import reprlib
from collections import Counter

DEFAULT_ABS = 1e-9
DEFAULT_REL = 1e-9

_repr = reprlib.Repr()
_repr.maxlevel = 8
_repr.maxlist = _repr.maxtuple = _repr.maxarray = _repr.maxdeque = 200
_repr.maxdict = _repr.maxset = _repr.maxfrozenset = 100
_repr.maxstring = 1500
_repr.maxlong = 400
_repr.maxother = 1500


def safe_repr(value):
    try:
        return _repr.repr(value)
    except Exception as exc:  # a broken __repr__ must not break grading
        return f"<{type(value).__name__} object (repr failed: {type(exc).__name__})>"


def _plain(x):
    mod = type(x).__module__ or ""
    if mod.startswith("numpy") and hasattr(x, "tolist"):
        return x.tolist()
    return x


def _is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _json_key(k):
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if _is_num(k):
        return repr(k)
    return k


def _at(path):
    return f"at {path}: " if path else ""


def _num_equal(e, a, tol):
    if isinstance(e, float) and math.isnan(e) or isinstance(a, float) and math.isnan(a):
        return isinstance(e, float) and isinstance(a, float) and math.isnan(e) and math.isnan(a)
    if tol is None:
        return e == a
    try:
        return math.isclose(e, a, rel_tol=tol[1], abs_tol=tol[0])
    except OverflowError:
        return e == a


def _diff(e, a, tol, path):
    a = _plain(a)
    if isinstance(e, bool) or isinstance(a, bool):
        if isinstance(e, bool) and isinstance(a, bool) and e == a:
            return None
        return f"{_at(path)}expected {safe_repr(e)}, got {safe_repr(a)}"
    if _is_num(e) and _is_num(a):
        if _num_equal(e, a, tol):
            return None
        return f"{_at(path)}expected {safe_repr(e)}, got {safe_repr(a)}"
    if isinstance(e, (list, tuple)):
        if not isinstance(a, (list, tuple)):
            return f"{_at(path)}expected a list, got {type(a).__name__} {safe_repr(a)}"
        if len(e) != len(a):
            return f"{_at(path)}expected {len(e)} items, got {len(a)}"
        for i, (ei, ai) in enumerate(zip(e, a)):
            d = _diff(ei, ai, tol, f"{path}[{i}]")
            if d:
                return d
        return None
    if isinstance(e, dict):
        if not isinstance(a, dict):
            return f"{_at(path)}expected a dict, got {type(a).__name__} {safe_repr(a)}"
        amap = {}
        for k, v in a.items():
            amap[k if k in e else _json_key(k)] = v
        missing = [k for k in e if k not in amap]
        extra = [k for k in amap if k not in e]
        if missing:
            return f"{_at(path)}missing key {safe_repr(missing[0])}"
        if extra:
            return f"{_at(path)}unexpected key {safe_repr(extra[0])}"
        for k in e:
            d = _diff(e[k], amap[k], tol, f"{path}[{k!r}]")
            if d:
                return d
        return None
    if isinstance(e, (set, frozenset)):
        return _set_diff(e, a, path)
    if type(e) is not type(a) and (e is None or isinstance(e, (str, int, float))):
        return f"{_at(path)}expected {safe_repr(e)}, got {type(a).__name__} {safe_repr(a)}"
    if bool(e == a):
        return None
    return f"{_at(path)}expected {safe_repr(e)}, got {safe_repr(a)}"


def canon(x):
    """A hashable form of x under exact comparison (for multiset / set comparison)."""
    x = _plain(x)
    if isinstance(x, bool):
        return ("b", x)
    if isinstance(x, float) and math.isnan(x):
        return ("nan",)
    if _is_num(x):
        return ("n", x)
    if isinstance(x, (list, tuple)):
        return ("l", tuple(canon(i) for i in x))
    if isinstance(x, dict):
        return ("d", frozenset((canon(_json_key(k)), canon(v)) for k, v in x.items()))
    if isinstance(x, (set, frozenset)):
        return ("s", frozenset(canon(i) for i in x))
    if isinstance(x, str):
        return ("str", x)
    try:
        hash(x)
        return ("o", x)
    except TypeError:
        return ("r", repr(x))


def _items(a, path):
    if isinstance(a, (list, tuple, set, frozenset)):
        return list(a), None
    return None, f"{_at(path)}expected a collection, got {type(a).__name__} {safe_repr(a)}"


def _unordered_diff(e, a, path):
    items, err = _items(_plain(a), path)
    if err:
        return err
    want, got = Counter(canon(i) for i in e), Counter(canon(i) for i in items)
    if want == got:
        return None
    if len(e) != len(items):
        return f"{_at(path)}expected {len(e)} items (in any order), got {len(items)}"
    missing = next(i for i in e if want[canon(i)] > got[canon(i)])
    return f"{_at(path)}{safe_repr(missing)} is missing or appears too few times (order ignored)"


def _set_diff(e, a, path):
    items, err = _items(_plain(a), path)
    if err:
        return err
    want, got = {canon(i): i for i in e}, {canon(i): i for i in items}
    missing = [v for k, v in want.items() if k not in got]
    extra = [v for k, v in got.items() if k not in want]
    if missing:
        return f"{_at(path)}missing {safe_repr(missing[0])} (compared as a set)"
    if extra:
        return f"{_at(path)}unexpected {safe_repr(extra[0])} (compared as a set)"
    return None


def diff(expected, actual, compare=None):
    """None if `actual` matches `expected` under `compare`, else a description of the mismatch."""
    compare = compare or {"kind": "exact"}
    kind = compare.get("kind", "exact")
    if kind == "unordered" and isinstance(expected, (list, tuple)):
        return _unordered_diff(expected, actual, "")
    if kind == "set" and isinstance(expected, (list, tuple, set, frozenset)):
        return _set_diff(expected, actual, "")
    tol = None
    if kind == "approx":
        tol = (compare.get("abs", DEFAULT_ABS), compare.get("rel", DEFAULT_REL))
    return _diff(expected, actual, tol, "")
