import { lazy, Suspense } from "react";
import type { CodeEditorProps } from "./CodeEditor";

const CodeEditor = lazy(() => import("./CodeEditor"));

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
