/**
 * Where optional extra packages (numpy, pandas…) come from. They are not part of the app. By
 * default (an empty source) they are looked up in the app's own `pyodide/` folder, so nothing is
 * fetched from another origin; a host can put Pyodide's package files there, or the user can set
 * another address (for example Pyodide's official package mirror) in Settings. A failure is
 * reported to the user as such.
 */
import { version } from "pyodide/package.json";

export const PYODIDE_VERSION: string = version;

/** Empty: the app's own origin. */
export const DEFAULT_PACKAGE_BASE_URL = "";

/** A package source is empty (own origin) or an http(s) address. */
export function isPackageSource(value: string): boolean {
  return value === "" || /^https?:\/\/\S+$/.test(value);
}
