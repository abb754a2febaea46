import { useEffect, useRef } from "react";
import { monaco } from "./monaco-setup";

export interface EditorMarker {
  line: number;
  message: string;
}

export interface CodeEditorProps {
  value: string;
  language: "python" | "sql";
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun?: () => void;
  /** Ctrl/Cmd+Shift+Enter. */
  onSubmit?: () => void;
  dark?: boolean;
  ariaLabel: string;
  /** Error lines to mark (1-based). */
  markers?: EditorMarker[];
}

/**
 * Monaco, loaded lazily (import this file through React.lazy). Uncontrolled inside: `value` is
 * applied when it differs from the editor's text (e.g. Reset), so typing never jumps the cursor.
 */
export default function CodeEditor({
  value,
  language,
  onChange,
  onRun,
  onSubmit,
  dark,
  ariaLabel,
  markers,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const callbacks = useRef({ onChange, onRun, onSubmit });
  useEffect(() => {
    callbacks.current = { onChange, onRun, onSubmit };
  });

  useEffect(() => {
    const ed = monaco.editor.create(host.current!, {
      value,
      language,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      scrollBeyondLastLine: false,
      tabSize: language === "python" ? 4 : 2,
      insertSpaces: true,
      ariaLabel,
      fixedOverflowWidgets: true,
      theme: dark ? "vs-dark" : "vs",
    });
    editor.current = ed;
    const sub = ed.onDidChangeModelContent(() => callbacks.current.onChange(ed.getValue()));
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onRun?.());
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () =>
      callbacks.current.onSubmit?.(),
    );
    return () => {
      sub.dispose();
      ed.getModel()?.dispose();
      ed.dispose();
      editor.current = null;
    };
    // The editor is created once per language; value and theme changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  useEffect(() => {
    const ed = editor.current;
    if (ed && ed.getValue() !== value) ed.setValue(value);
  }, [value]);

  useEffect(() => {
    monaco.editor.setTheme(dark ? "vs-dark" : "vs");
  }, [dark]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      "grader",
      (markers ?? []).map((m) => ({
        severity: monaco.MarkerSeverity.Error,
        message: m.message,
        startLineNumber: m.line,
        endLineNumber: m.line,
        startColumn: 1,
        endColumn: model.getLineMaxColumn(Math.min(Math.max(m.line, 1), model.getLineCount())),
      })),
    );
  }, [markers]);

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}
