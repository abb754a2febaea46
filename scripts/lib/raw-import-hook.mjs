// Node module hooks giving scripts run with tsx Vite's `?raw` imports (the file's text as the
// default export), which the Python runner uses for its harness .py files.
import { readFile } from "node:fs/promises";

export async function resolve(specifier, context, next) {
  if (specifier.endsWith("?raw"))
    return { url: new URL(specifier, context.parentURL).href, shortCircuit: true };
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith("?raw")) return next(url, context);
  const file = new URL(url);
  file.search = "";
  const text = await readFile(file, "utf8");
  return { format: "module", source: `export default ${JSON.stringify(text)};`, shortCircuit: true };
}
