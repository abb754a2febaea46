/**
 * Where optional extra packages (numpy, pandas…) come from. They are not part of the app. By
 * default (an empty source) they are looked up in the app's own `pyodide/` folder, so nothing is
 * fetched from another origin; a host can put Pyodide's package files there, or the user can set
 * another address (for example Pyodide's official package mirror) in Settings. A failure is
 * reported to the user as such.
 */
import { version } from "pyodide/package.json";
import { canConnect, connectHostsText } from "../../domain/net/connect-hosts";

export const PYODIDE_VERSION: string = version;

/** Empty: the app's own origin. */
export const DEFAULT_PACKAGE_BASE_URL = "";

/**
 * What is wrong with `value` as a package source for an app served from `appOrigin`, or undefined
 * when it can be used: it must be empty or an http(s) address the security policy lets the page
 * read (the app's origin or CONNECT_HOSTS, such as jsDelivr's Pyodide mirror).
 */
export function packageSourceProblem(value: string, appOrigin: string): string | undefined {
  if (!isPackageSource(value)) return "Enter an http:// or https:// address, or leave it empty.";
  if (value === "") return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "Enter an http:// or https:// address, or leave it empty.";
  }
  if (!canConnect(url, appOrigin))
    return `The app's security policy lets it read only from its own site and from ${connectHostsText()}; choose an address there (Pyodide's mirror is on cdn.jsdelivr.net), or leave it empty.`;
  return undefined;
}

/** A package source is empty (own origin) or an http(s) address. */
export function isPackageSource(value: string): boolean {
  return value === "" || /^https?:\/\/\S+$/.test(value);
}
