// `node --import tsx --import ./bench/register-raw-imports.mjs file.ts`: adds `?raw` imports.
import { register } from "node:module";

register("../scripts/lib/raw-import-hook.mjs", import.meta.url);
