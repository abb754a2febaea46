// Node module hooks so a worker_threads worker can import the runner's TypeScript sources the
// way Vite does: `.ts` files (extensionless imports) are transpiled, `?raw` imports are strings.
import { readFile } from "node:fs/promises";
import ts from "typescript";

export async function resolve(specifier, context, next) {
  if (specifier.endsWith("?raw"))
    return { url: new URL(specifier, context.parentURL).href, shortCircuit: true };
  try {
    return await next(specifier, context);
  } catch (error) {
    if (/^\.{1,2}\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier))
      return next(`${specifier}.ts`, context);
    throw error;
  }
}

export async function load(url, context, next) {
  if (url.endsWith("?raw")) {
    const file = new URL(url);
    file.search = "";
    const text = await readFile(file, "utf8");
    return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
  }
  if (url.startsWith("file:") && url.endsWith(".ts")) {
    const source = await readFile(new URL(url), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      fileName: url,
    });
    return { format: "module", source: outputText, shortCircuit: true };
  }
  return next(url, context);
}
