/**
 * The harness's Python sources (harness/*.py), as text to write into Pyodide's file system.
 * Vite (and the Node loaders used by tests and the sandbox bundle) resolve `?raw` to the file's text.
 */
import initPy from "./harness/__init__.py?raw";
import callsPy from "./harness/calls.py?raw";
import capturePy from "./harness/capture.py?raw";
import encodePy from "./harness/encode.py?raw";
import errorsPy from "./harness/errors.py?raw";
import guardPy from "./harness/guard.py?raw";
import jobPy from "./harness/job.py?raw";
import strictPy from "./harness/strict.py?raw";
import testcodePy from "./harness/testcode.py?raw";
import workspacePy from "./harness/workspace.py?raw";

export const HARNESS_FILES: Record<string, string> = {
  "__init__.py": initPy,
  "calls.py": callsPy,
  "capture.py": capturePy,
  "encode.py": encodePy,
  "errors.py": errorsPy,
  "guard.py": guardPy,
  "job.py": jobPy,
  "strict.py": strictPy,
  "testcode.py": testcodePy,
  "workspace.py": workspacePy,
};
