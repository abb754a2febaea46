"""Closes the Python -> JavaScript bridges while question or candidate code runs.

`lock()` removes the bridge modules (js, pyodide_js, pyodide.*, _pyodide*, _pyodide_core) from
sys.modules, takes Pyodide's JsFinder off sys.meta_path and installs a finder that refuses to
import them again. The removed objects are returned to the caller (the JavaScript side keeps
them), so no Python global refers to them while untrusted code runs. `unlock()` undoes it.

Best effort, not a sandbox: code that walks gc.get_objects(), object.__subclasses__() or
function __globals__ can still find Pyodide internals. The worker boundary is the real wall.
"""
import sys

BLOCKED_ROOTS = ("js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip")


def _blocked(name):
    root = name.partition(".")[0]
    return root in BLOCKED_ROOTS


class BridgeBlocker:
    """A meta-path finder that refuses the JavaScript bridge modules."""

    def find_spec(self, name, path=None, target=None):
        if _blocked(name):
            raise ModuleNotFoundError(
                f"'{name}' is not available here: code runs without access to JavaScript "
                "or the browser.",
                name=name,
            )
        return None

    def find_module(self, name, path=None):  # pragma: no cover - legacy protocol
        self.find_spec(name, path)
        return None


def _is_bridge_finder(finder):
    module = getattr(type(finder), "__module__", "") or ""
    return _blocked(module) or isinstance(finder, BridgeBlocker)


def lock():
    """Remove the bridges; returns the stash to hand back to unlock()."""
    modules = {}
    for name in list(sys.modules):
        if _blocked(name):
            modules[name] = sys.modules.pop(name)
    finders = list(sys.meta_path)
    sys.meta_path[:] = [BridgeBlocker()] + [f for f in finders if not _is_bridge_finder(f)]
    return {"modules": modules, "finders": [f for f in finders if not isinstance(f, BridgeBlocker)]}


def unlock(stash):
    """Restore exactly what lock() removed (and drop anything re-imported meanwhile)."""
    for name in list(sys.modules):
        if _blocked(name):
            del sys.modules[name]
    sys.modules.update(stash["modules"])
    sys.meta_path[:] = stash["finders"]
    stash.clear()
