/**
 * Where optional extra packages (numpy, pandas…) come from. They are not part of the app: by
 * default they load from Pyodide's CDN for the exact pinned Pyodide version, only for questions
 * that declare them, and a failure is reported to the user as such. Settings can point this at
 * a self-hosted copy of Pyodide's packages.
 */
import { version } from "pyodide/package.json";

export const PYODIDE_VERSION: string = version;

export const DEFAULT_PACKAGE_BASE_URL = `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;
