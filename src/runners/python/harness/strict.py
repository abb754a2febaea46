"""Strict equality for test files: an object cannot vouch for its own equality.

`assert a == b` and `assertEqual` normally ask the objects themselves, so a candidate returning an
object whose `__eq__` always says True would pass any test. Here equality is decided like Python
does for trusted types (built-ins, the standard library, classes defined by the question's own test
and helper files), but an object whose class was created by the candidate's code (detected as a
class that did not exist before the candidate ran and whose `__eq__`/`__ne__` is not defined in a
question file) is equal only to an object of the very same class with equal state (its built-in
value, `__dict__` and slots, compared strictly in turn) — which is what an honest dataclass-style
`__eq__` means. Containers are compared element by element with the same rule.

`snapshot()` must run before the candidate's code; `trust_files()` names the question's files.
"""
import unittest

from . import encode

_type = type
_mro = type.__dict__["__mro__"].__get__
_tdict = type.__dict__["__dict__"].__get__
_trusted = {}
_trusted_files = set()
MAX_DEPTH = 100


def snapshot():
    """Record every class that exists now as trusted."""
    seen = {}
    stack = [object]
    while stack:
        cls = stack.pop()
        if id(cls) in seen:
            continue
        seen[id(cls)] = cls
        try:
            stack.extend(type.__subclasses__(cls))
        except TypeError:
            pass
    _trusted.clear()
    _trusted.update(seen)


def trust_files(filenames):
    _trusted_files.clear()
    _trusted_files.update(filenames)


def suspicious_type(t):
    """True when `t` gets its equality from a class the candidate's code created."""
    for cls in _mro(t):
        d = _tdict(cls)
        if "__eq__" in d or "__ne__" in d:
            if id(cls) in _trusted and _trusted[id(cls)] is cls:
                return False
            fn = d.get("__eq__") or d.get("__ne__")
            code = getattr(fn, "__code__", None)
            if code is not None and code.co_filename in _trusted_files:
                return False
            return True
    return False


_BASES = (
    (bool, lambda x: x),
    (int, lambda x: int.__add__(x, 0)),
    (float, lambda x: float.__add__(x, 0.0)),
    (str, lambda x: str.__add__(x, "")),
    (bytes, lambda x: bytes.__add__(x, b"")),
    (list, lambda x: list(list.__iter__(x))),
    (tuple, lambda x: tuple(tuple.__iter__(x))),
    (dict, lambda x: dict(dict.items(x))),
    (frozenset, lambda x: frozenset(frozenset.__iter__(x))),
    (set, lambda x: set(set.__iter__(x))),
)


def _base_value(x):
    for base, value in _BASES:
        if isinstance(x, base):
            return value(x)
    return None


def _state(x):
    try:
        d = object.__getattribute__(x, "__dict__")
        d = dict(dict.items(d))
    except (AttributeError, TypeError):
        d = None
    slots = []
    for cls in _mro(_type(x)):
        for name in _tdict(cls).get("__slots__", ()) or ():
            if isinstance(name, str):
                try:
                    slots.append((name, object.__getattribute__(x, name)))
                except AttributeError:
                    pass
    return (_base_value(x), d, slots)


def equal(a, b, depth=0):
    """Strict equality (see module docstring)."""
    if depth > MAX_DEPTH:
        return False
    ta, tb = _type(a), _type(b)
    if suspicious_type(ta) or suspicious_type(tb):
        if ta is not tb:
            return False
        return equal(_state(a), _state(b), depth + 1)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        if isinstance(a, list) != isinstance(b, list):
            return False
        if len(a) != len(b):
            return False
        return all(equal(x, y, depth + 1) for x, y in zip(a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        if len(a) != len(b):
            return False
        bd = dict(dict.items(b))
        for k, v in dict.items(a):
            if k not in bd or not equal(v, bd[k], depth + 1):
                return False
        return True
    if isinstance(a, (set, frozenset)) and isinstance(b, (set, frozenset)):
        if len(a) != len(b):
            return False
        if any(_holds_suspicious(x) for x in a) or any(_holds_suspicious(y) for y in b):
            return all(any(equal(x, y, depth + 1) for y in b) for x in a)
        return a == b
    return bool(a == b)


def _holds_suspicious(x, depth=0):
    if depth > MAX_DEPTH:
        return True
    if suspicious_type(_type(x)):
        return True
    if isinstance(x, (list, tuple, set, frozenset)):
        return any(_holds_suspicious(i, depth + 1) for i in x)
    if isinstance(x, dict):
        return any(_holds_suspicious(v, depth + 1) for v in dict.values(x))
    return False


def contains(item, container):
    """`item in container` with strict equality for the elements."""
    if isinstance(container, (str, bytes)) and not suspicious_type(_type(item)):
        return item in container
    if isinstance(container, dict):
        return any(equal(item, k) for k in dict.keys(container))
    if suspicious_type(_type(container)):
        return False
    try:
        return any(equal(item, x) for x in container)
    except TypeError:
        return False


def _numeric(x):
    """A plain number for assertAlmostEqual: numeric subclasses by their real value."""
    if suspicious_type(_type(x)):
        if isinstance(x, (int, float)):
            return _base_value(x)
        raise TypeError(f"{encode.safe_repr(x)} is not a number")
    return x


def _claimed(self, first, second, msg):
    text = (
        f"{encode.safe_repr(first)} != {encode.safe_repr(second)} "
        "(the object's own __eq__ says they are equal; compared by value they differ)"
    )
    return self.failureException(self._formatMessage(msg, text))


_installed = {}


def install():
    """Make unittest's equality assertions strict (idempotent)."""
    tc = unittest.TestCase
    if _installed:
        return
    for name in (
        "assertEqual", "assertNotEqual", "assertIn", "assertNotIn", "assertListEqual",
        "assertTupleEqual", "assertDictEqual", "assertSetEqual", "assertSequenceEqual",
        "assertCountEqual", "assertAlmostEqual", "assertNotAlmostEqual",
    ):
        _installed[name] = getattr(tc, name)
    orig = _installed

    def make_equal(name):
        def check(self, first, second, *args, **kwargs):
            if equal(first, second):
                return
            orig[name](self, first, second, *args, **kwargs)
            raise _claimed(self, first, second, args[0] if args else kwargs.get("msg"))

        return check

    for name in ("assertEqual", "assertListEqual", "assertTupleEqual", "assertDictEqual", "assertSetEqual", "assertSequenceEqual"):
        setattr(tc, name, make_equal(name))

    def assertNotEqual(self, first, second, msg=None):
        if equal(first, second):
            raise self.failureException(self._formatMessage(msg, f"{encode.safe_repr(first)} == {encode.safe_repr(second)}"))

    def assertIn(self, member, container, msg=None):
        if not contains(member, container):
            raise self.failureException(self._formatMessage(msg, f"{encode.safe_repr(member)} not found in {encode.safe_repr(container)}"))

    def assertNotIn(self, member, container, msg=None):
        if contains(member, container):
            raise self.failureException(self._formatMessage(msg, f"{encode.safe_repr(member)} unexpectedly found in {encode.safe_repr(container)}"))

    def assertCountEqual(self, first, second, msg=None):
        a, b = list(first), list(second)
        if not (_holds_suspicious(a) or _holds_suspicious(b)):
            return orig["assertCountEqual"](self, a, b, msg)
        rest = list(b)
        for x in a:
            for i, y in enumerate(rest):
                if equal(x, y):
                    del rest[i]
                    break
            else:
                raise self.failureException(self._formatMessage(msg, f"Element counts were not equal: {encode.safe_repr(x)} has no match"))
        if rest:
            raise self.failureException(self._formatMessage(msg, f"Element counts were not equal: {encode.safe_repr(rest[0])} has no match"))

    def assertAlmostEqual(self, first, second, *args, **kwargs):
        return orig["assertAlmostEqual"](self, _numeric(first), _numeric(second), *args, **kwargs)

    def assertNotAlmostEqual(self, first, second, *args, **kwargs):
        return orig["assertNotAlmostEqual"](self, _numeric(first), _numeric(second), *args, **kwargs)

    tc.assertNotEqual = assertNotEqual
    tc.assertIn = assertIn
    tc.assertNotIn = assertNotIn
    tc.assertCountEqual = assertCountEqual
    tc.assertAlmostEqual = assertAlmostEqual
    tc.assertNotAlmostEqual = assertNotAlmostEqual
