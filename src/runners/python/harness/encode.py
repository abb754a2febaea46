"""Plain-data encoding of Python values, for comparison OUTSIDE this interpreter.

`encode(value)` returns JSON-ready tagged data that cannot carry behaviour: a custom `__eq__`,
`__hash__` or `__repr__` never reaches the grader. Only exact built-in types are encoded as
themselves ({"t": "int", "v": "42"}, {"t": "list", "v": [...]}...); a subclass of int/float/str
(an "always equal" int, say) becomes an opaque {"t": "obj"} node that equals nothing. Standard
containers that only add behaviour around plain data (OrderedDict, defaultdict, Counter,
namedtuples, numpy arrays and scalars through tolist()) are encoded by their contents, read through
the built-in type's own methods so an override cannot lie about them.

`decode(node)` turns an encoded value back into Python objects (used for generated inputs).
"""
import collections
import math
import reprlib

MAX_DEPTH = 100
MAX_NODES = 200_000
MAX_STR = 1_000_000

_repr = reprlib.Repr()
_repr.maxlevel = 8
_repr.maxlist = _repr.maxtuple = _repr.maxarray = _repr.maxdeque = 200
_repr.maxdict = _repr.maxset = _repr.maxfrozenset = 100
_repr.maxstring = 1500
_repr.maxlong = 400
_repr.maxother = 1500

# Private references: candidate code may rebind the builtins, not these.
_type, _len, _isinstance, _issubclass, _getattr = type, len, isinstance, issubclass, getattr
_list_iter, _tuple_iter = list.__iter__, tuple.__iter__
_dict_items, _set_iter, _fset_iter = dict.items, set.__iter__, frozenset.__iter__
_int_repr, _float_repr = int.__repr__, float.__repr__
_DICT_LIKE = (collections.OrderedDict, collections.defaultdict, collections.Counter)


def safe_repr(value):
    """repr() capped in size; a broken __repr__ never breaks grading."""
    try:
        return _repr.repr(value)
    except BaseException as exc:  # noqa: BLE001 - candidate code may raise anything
        if _isinstance(exc, KeyboardInterrupt):
            raise
        return f"<{_type(value).__name__} object (repr failed: {_type(exc).__name__})>"


class _Budget:
    def __init__(self):
        self.nodes = 0


def _qualname(t):
    try:
        mod = t.__module__
        name = t.__qualname__
        if _type(mod) is not str or _type(name) is not str:
            return "object"
        return name if mod == "builtins" else f"{mod}.{name}"
    except BaseException:  # noqa: BLE001
        return "object"


def _opaque(x, why=None):
    t = _type(x)
    node = {"t": "obj", "type": _qualname(t), "repr": safe_repr(x)}
    for base in (bool, int, float, str, list, tuple, dict, set, frozenset):
        if _issubclass(t, base):
            node["base"] = base.__name__
            break
    if why:
        node["why"] = why
    return node


def _is_plain_tuple_subclass(t):
    # namedtuple and friends: a tuple subclass that keeps tuple's equality.
    return _issubclass(t, tuple) and _getattr(t, "__eq__", None) is tuple.__eq__


def _numpy_plain(x):
    t = _type(x)
    mod = _getattr(t, "__module__", "") or ""
    if _type(mod) is str and mod.split(".")[0] == "numpy" and _getattr(t, "tolist", None) is not None:
        return True
    return False


def encode(x, depth=0, budget=None):
    """Tagged plain data for `x` (see module docstring)."""
    budget = budget or _Budget()
    budget.nodes += 1
    if budget.nodes > MAX_NODES:
        return {"t": "obj", "type": "too-large", "repr": "<value too large to compare>"}
    if depth > MAX_DEPTH:
        return {"t": "obj", "type": "too-deep", "repr": "<value nested too deeply to compare>"}
    t = _type(x)
    if x is None:
        return {"t": "none"}
    if t is bool:
        return {"t": "bool", "v": x is True}
    if t is int:
        try:
            return {"t": "int", "v": _int_repr(x)}
        except ValueError:
            return {"t": "obj", "type": "int", "repr": f"<int with {x.bit_length()} bits>"}
    if t is float:
        if math.isnan(x):
            return {"t": "float", "v": "nan"}
        if math.isinf(x):
            return {"t": "float", "v": "inf" if x > 0 else "-inf"}
        return {"t": "float", "v": x}
    if t is str:
        if _len(x) > MAX_STR:
            return {"t": "obj", "type": "str", "repr": safe_repr(x)}
        return {"t": "str", "v": x}
    if t is list:
        return {"t": "list", "v": [encode(i, depth + 1, budget) for i in _list_iter(x)]}
    if t is tuple or _is_plain_tuple_subclass(t):
        return {"t": "tuple", "v": [encode(i, depth + 1, budget) for i in _tuple_iter(x)]}
    if t is dict or t in _DICT_LIKE:
        return {
            "t": "dict",
            "v": [[encode(k, depth + 1, budget), encode(v, depth + 1, budget)] for k, v in _dict_items(x)],
        }
    if t is set:
        return {"t": "set", "v": [encode(i, depth + 1, budget) for i in _set_iter(x)]}
    if t is frozenset:
        return {"t": "frozenset", "v": [encode(i, depth + 1, budget) for i in _fset_iter(x)]}
    if _numpy_plain(x):
        try:
            return encode(x.tolist(), depth + 1, budget)
        except BaseException as exc:  # noqa: BLE001
            if _isinstance(exc, KeyboardInterrupt):
                raise
            return _opaque(x)
    return _opaque(x)


def has_opaque(node):
    """Whether an encoded value contains an object that is not plain data."""
    t = node["t"]
    if t == "obj":
        return True
    if t == "dict":
        return any(has_opaque(k) or has_opaque(v) for k, v in node["v"])
    if t in ("list", "tuple", "set", "frozenset"):
        return any(has_opaque(i) for i in node["v"])
    return False


def decode(node):
    """Python value of an encoded node (exact built-in types; opaque nodes are not decodable)."""
    t = node["t"]
    v = node.get("v")
    if t == "none":
        return None
    if t == "bool":
        return bool(v)
    if t == "int":
        return int(v)
    if t == "float":
        return float(v)
    if t == "str":
        return v
    if t == "list":
        return [decode(i) for i in v]
    if t == "tuple":
        return tuple(decode(i) for i in v)
    if t == "dict":
        return {decode(k): decode(val) for k, val in v}
    if t == "set":
        return {decode(i) for i in v}
    if t == "frozenset":
        return frozenset(decode(i) for i in v)
    raise ValueError(f"cannot rebuild a value of type {node.get('type', t)}")

