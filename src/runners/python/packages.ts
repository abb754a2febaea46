/**
 * Loads extra Pyodide packages (numpy, ...) and proves they are importable afterwards.
 *
 * `loadPackage` does not throw when a download fails, so errors are collected through its
 * error callback and every requested package is checked with importlib before code runs.
 */
import type { PyodideInterface } from "pyodide";
import type { ErrorInfo } from "../../domain/grading/result";

interface LockPackage {
  file_name: string;
  imports: string[];
  depends: string[];
}

function lockPackages(pyodide: PyodideInterface): Record<string, LockPackage> {
  const lockfile = (pyodide as unknown as { lockfile?: { packages: Record<string, LockPackage> } }).lockfile;
  return lockfile?.packages ?? {};
}

/** Names (with dependencies) to URLs under `baseUrl`, using Pyodide's lock file. */
function urlsFor(names: string[], lock: Record<string, LockPackage>, baseUrl: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !lock[name]) return;
    seen.add(name);
    lock[name]!.depends.forEach(visit);
  };
  names.forEach(visit);
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return [...seen].map((n) => new URL(lock[n]!.file_name, base).href);
}

/** Load `names`; returns an ErrorInfo (kind "PackageUnavailable") or undefined when all import. */
export async function ensurePackages(
  pyodide: PyodideInterface,
  names: string[],
  baseUrl?: string,
): Promise<ErrorInfo | undefined> {
  const lock = lockPackages(pyodide);
  const key = (n: string) => n.toLowerCase();
  const unknown = names.filter((n) => !lock[key(n)]);
  if (unknown.length) {
    return {
      kind: "PackageUnavailable",
      message: `Package ${unknown.join(", ")} is not available in this Python.`,
    };
  }
  const wanted = names.map(key).filter((n) => !(n in pyodide.loadedPackages));
  if (!wanted.length) return undefined;
  const messages: string[] = [];
  const targets = baseUrl ? urlsFor(wanted, lock, baseUrl) : wanted;
  try {
    await pyodide.loadPackage(targets, { messageCallback: () => {}, errorCallback: (m) => messages.push(m) });
  } catch (e) {
    messages.push(String(e));
  }
  const importable = (mod: string): boolean =>
    pyodide.runPython(
      `import importlib.util\nimportlib.util.find_spec(${JSON.stringify(mod)}) is not None`,
    ) === true;
  const missing = wanted.filter((n) => lock[n]!.imports.some((mod) => !importable(mod)));
  if (!missing.length) return undefined;
  const base = baseUrl ?? (pyodide as unknown as { lockfileBaseUrl?: string }).lockfileBaseUrl ?? "";
  const tried = missing.map((n) => joinUrl(base, lock[n]!.file_name)).join(", ");
  const why = messages.length ? messages.join(" ") : "the package did not install";
  return {
    kind: "PackageUnavailable",
    message: `Could not load package ${missing.join(", ")} (tried ${tried}): ${why}. Extra packages need a network connection or a local copy of Pyodide's packages.`,
  };
}

function joinUrl(base: string, file: string): string {
  if (!base) return file;
  return base.endsWith("/") ? `${base}${file}` : `${base}/${file}`;
}
