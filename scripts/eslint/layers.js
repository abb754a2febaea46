/**
 * ESLint rule enforcing the import boundaries of STYLE.md by resolving each relative or `@/`
 * import against the importing file:
 *   domain <- runners <- store <- features <- app   (components and lib usable by features and app)
 * - domain imports no other layer, and no React, zustand, DOM-bound or engine library;
 * - a feature never imports another feature;
 * - only runners/python imports pyodide, only runners/sql imports sql.js, only
 *   components/code-editor imports Monaco, only store/ imports zustand's `create`.
 */
import { dirname, relative, resolve, sep } from "node:path";

const SRC = resolve(process.cwd(), "src");

/** Which layers each layer may import from (besides itself). */
const ALLOWED = {
  domain: [],
  runners: ["domain"],
  store: ["domain", "runners", "lib"],
  lib: ["domain"],
  components: ["domain", "lib"],
  features: ["domain", "runners", "store", "components", "lib"],
  app: ["domain", "runners", "store", "features", "components", "lib"],
  "main.tsx": ["app"],
};

/** Library owners: a package may only be imported from files under these folders. */
const OWNERS = [
  { test: (s) => s === "pyodide" || s.startsWith("pyodide/"), owner: "runners/python", what: "pyodide" },
  { test: (s) => s === "sql.js" || s.startsWith("sql.js/"), owner: "runners/sql", what: "sql.js" },
  {
    test: (s) => s.startsWith("monaco-editor") || s.startsWith("@monaco-editor/"),
    owner: "components/code-editor",
    what: "Monaco",
  },
  { test: (s) => s === "zustand" || s.startsWith("zustand/"), owner: "store", what: "zustand" },
];

const DOMAIN_FORBIDDEN = /^(react|react-dom|zustand|pyodide|sql\.js|monaco-editor)(\/|$)/;

function where(file) {
  const rel = relative(SRC, file);
  if (rel.startsWith("..")) return null;
  const parts = rel.split(sep);
  return { layer: parts[0], feature: parts[0] === "features" ? parts[1] : undefined, rel: parts.join("/") };
}

export const layersRule = {
  meta: {
    type: "problem",
    docs: { description: "Keep imports flowing one way between the layers of src/" },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = where(file);
    if (!from) return {};
    return {
      ImportDeclaration(node) {
        const spec = node.source.value;
        if (typeof spec !== "string") return;
        const report = (message) => context.report({ node: node.source, message });
        for (const o of OWNERS) {
          if (o.test(spec) && !from.rel.startsWith(o.owner + "/") && !from.rel.startsWith(o.owner + ".")) {
            report(`Only src/${o.owner} may import ${o.what}; go through its API instead.`);
          }
        }
        if (from.layer === "domain" && DOMAIN_FORBIDDEN.test(spec)) {
          report(`src/domain is pure TypeScript: it may not import "${spec}".`);
        }
        let target;
        if (spec.startsWith(".")) target = where(resolve(dirname(file), spec));
        else if (spec.startsWith("@/")) target = where(resolve(SRC, spec.slice(2)));
        else return;
        if (!target || target.layer === from.layer) {
          if (target && from.layer === "features" && target.feature !== from.feature) {
            report(
              `A feature never imports another feature (features/${from.feature} -> features/${target.feature}); move shared code to components/, lib/ or domain/.`,
            );
          }
          return;
        }
        const allowed = ALLOWED[from.layer] ?? [];
        if (!allowed.includes(target.layer)) {
          report(
            `src/${from.layer} may not import from src/${target.layer} (imports flow domain <- runners <- store <- features <- app).`,
          );
        }
      },
    };
  },
};
