// `node --import tsx --import ./bench/register-raw-imports.mjs file.ts`: adds `?raw` imports.
import { register } from "node:module";

register("./raw-import-hooks.mjs", import.meta.url);
