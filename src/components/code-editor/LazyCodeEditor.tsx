import { lazy, Suspense } from "react";
import type { CodeEditorProps } from "./CodeEditor";

// Monaco cannot load offline until it was cached by a first online use: fall back to a text field.
const CodeEditor = lazy(() => import("./CodeEditor").catch(() => import("./PlainCodeEditor")));

/** The code editor, loaded on first use (Monaco is large), with a loading line meanwhile. */
export function LazyCodeEditor(props: CodeEditorProps) {
  return (
    <Suspense
      fallback={
        <p className="editor-loading" role="status">
          Loading editor…
        </p>
      }
    >
      <CodeEditor {...props} />
    </Suspense>
  );
}
