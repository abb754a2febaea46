"""The files of one run: the candidate's module, the question's extra files and its test file.

Every file is written into a fresh working directory (the run's cwd, so code can open data files
by name), and Python modules among them are importable by name through a meta-path finder that
compiles each under its bare file name (`solution.py`, `test_utils.py`), so tracebacks, frame file
names and `__file__` read as they would beside the test file on a desktop.
"""
import importlib.abc
import importlib.util
import os
import sys

from . import errors

RUN_ROOT = "/run-files"


class RunFiles(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves the run's .py files as top-level modules."""

    def __init__(self, directory, sources):
        self.directory = directory
        self.sources = sources  # module name -> (file name, text)
        self.compiled = {}  # module name -> code object already compiled

    def find_spec(self, name, path=None, target=None):
        if name in self.sources:
            filename = self.sources[name][0]
            return importlib.util.spec_from_loader(name, self, origin=os.path.join(self.directory, filename))
        return None

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        filename, text = self.sources[module.__name__]
        module.__file__ = os.path.join(self.directory, filename)
        errors.register_source(filename, text)
        code = self.compiled.pop(module.__name__, None) or compile(text, filename, "exec", dont_inherit=True)
        exec(code, module.__dict__)


def _safe_name(name):
    parts = name.split("/")
    if not name or name.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"invalid file name {name!r}")
    return name


class Workspace:
    """Create with the run's files; `enter()` before running, `leave()` afterwards."""

    _count = 0

    def __init__(self, module, code, files=None, test_name=None, test_code=None):
        Workspace._count += 1
        self.directory = f"{RUN_ROOT}/{Workspace._count}"
        self.module = module
        self.candidate_file = f"{module}.py"
        self.files = dict(files or {})
        self.files[self.candidate_file] = code
        if test_name is not None:
            self.files[test_name] = test_code
        self.sources = {}
        for name, text in self.files.items():
            _safe_name(name)
            if name.endswith(".py") and "/" not in name:
                mod = name[:-3]
                if mod in sys.stdlib_module_names or mod.startswith("_dojo") or mod in sys.builtin_module_names:
                    raise ValueError(f"the file {name} would shadow Python's own module {mod!r}: rename it")
                self.sources[mod] = (name, text)
        self.finder = RunFiles(self.directory, self.sources)
        self.helper_files = tuple(n for n, _ in self.sources.values() if n != self.candidate_file)
        self._cwd = None

    def enter(self, on_disk=True):
        """`on_disk`: also write the files into the run's folder and make it the working directory
        (needed when a test file or extra files are present; a plain structured run skips it)."""
        if on_disk:
            os.makedirs(self.directory, exist_ok=True)
            for name, text in self.files.items():
                path = os.path.join(self.directory, name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
            self._cwd = os.getcwd()
            os.chdir(self.directory)
        sys.meta_path.insert(0, self.finder)
        for name in self.sources:
            sys.modules.pop(name, None)
        errors.set_candidate_file(self.candidate_file)

    def leave(self):
        try:
            sys.meta_path.remove(self.finder)
        except ValueError:
            pass
        for name in self.sources:
            sys.modules.pop(name, None)
        if self._cwd is not None:
            try:
                os.chdir(self._cwd)
            except OSError:
                pass

    def load_candidate(self):
        """Import the candidate's module; returns (module, error_info)."""
        code = self.files[self.candidate_file]
        errors.register_source(self.candidate_file, code)
        try:
            self.finder.compiled[self.module] = compile(code, self.candidate_file, "exec", dont_inherit=True)
        except SyntaxError as exc:
            return None, errors.error_info(exc)
        except ValueError as exc:  # e.g. null bytes
            return None, {"kind": "SyntaxError", "message": str(exc)}
        try:
            module = importlib.import_module(self.module)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001 - anything the candidate's module raises
            sys.modules.pop(self.module, None)
            return None, errors.error_info(exc, (self.candidate_file,) + self.helper_files)
        return module, None
