import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import { describe, it } from "vitest";
import { resolve } from "node:path";
// @ts-expect-error plain JS module without types
import { layersRule } from "../../scripts/eslint/layers.js";

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser as never } });
const src = (p: string) => resolve(process.cwd(), "src", p);

tester.run("dojo/layers", layersRule, {
  valid: [
    {
      filename: src("runners/sql/sql-core.ts"),
      code: `import { summarise } from "../../domain/grading/result";`,
    },
    {
      filename: src("features/practice/PracticePage.tsx"),
      code: `import { Page } from "../../components/page/Page"; import { useAppStore } from "../../store";`,
    },
    { filename: src("features/practice/parts/List.tsx"), code: `import { x } from "../PracticePage";` },
    { filename: src("runners/python/python.worker.ts"), code: `import { loadPyodide } from "pyodide";` },
    { filename: src("store/index.ts"), code: `import { create } from "zustand";` },
    {
      filename: src("app/App.tsx"),
      code: `import { PracticePage } from "@/features/practice/PracticePage";`,
    },
  ],
  invalid: [
    { filename: src("domain/grading/result.ts"), code: `import { x } from "../../store";`, errors: 1 },
    { filename: src("domain/packs/schema.ts"), code: `import { useState } from "react";`, errors: 1 },
    {
      filename: src("runners/sql/sql-core.ts"),
      code: `import { x } from "../../features/practice/x";`,
      errors: 1,
    },
    {
      filename: src("features/drill/DrillPage.tsx"),
      code: `import { PracticePage } from "../practice/PracticePage";`,
      errors: 1,
    },
    {
      filename: src("features/drill/DrillPage.tsx"),
      code: `import { PracticePage } from "@/features/practice/PracticePage";`,
      errors: 1,
    },
    { filename: src("features/drill/DrillPage.tsx"), code: `import { create } from "zustand";`, errors: 1 },
    { filename: src("runners/sql/sql-core.ts"), code: `import { loadPyodide } from "pyodide";`, errors: 1 },
    {
      filename: src("features/practice/Editor.tsx"),
      code: `import * as monaco from "monaco-editor";`,
      errors: 1,
    },
    {
      filename: src("components/page/Page.tsx"),
      code: `import { useAppStore } from "../../store";`,
      errors: 1,
    },
  ],
});
