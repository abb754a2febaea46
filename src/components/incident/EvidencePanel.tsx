import "./incident.css";
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { SchemaBrowser, type SchemaView } from "../answers/SchemaBrowser";
import { FilesViewer } from "./FilesViewer";
import { ScratchPython, type ScratchRunView } from "./ScratchPython";
import { ScratchSql, type QueryView } from "./ScratchSql";

/** What the evidence panel shows: the tables (when the incident has data), its files, consoles. */
export interface EvidenceProps {
  /** The tables' description; undefined when the incident has no SQL data, null while loading. */
  tables?: SchemaView | null;
  onQuery?: (query: string) => Promise<QueryView>;
  initialQuery?: string;
  /** The incident's files (the module being fixed excluded); undefined when it has none. */
  files?: Record<string, string>;
  /** File name of the module the candidate fixes (Python fixes). */
  fixFile?: string;
  /** Module names the scratch Python can import. */
  modules?: string[];
  onRunPython?: (code: string, onOutput: (chunk: string) => void) => Promise<ScratchRunView>;
  initialPython?: string;
}

interface Tab {
  id: string;
  label: string;
  panel: ReactNode;
}

/**
 * The evidence of an incident in tabs: its tables (schema and sample rows), a scratch SQL console,
 * its files, and a scratch Python console. Panels stay mounted when hidden, so a query or a
 * console's output survives switching tabs. Arrow keys move between tabs.
 */
export function EvidencePanel(props: EvidenceProps) {
  const base = useId();
  const tabs: Tab[] = [];
  if (props.tables !== undefined) {
    tabs.push({ id: "tables", label: "Tables", panel: <SchemaBrowser info={props.tables} /> });
    if (props.onQuery)
      tabs.push({
        id: "sql",
        label: "SQL console",
        panel: <ScratchSql initial={props.initialQuery ?? ""} onQuery={props.onQuery} />,
      });
  }
  if (props.files !== undefined || props.fixFile)
    tabs.push({
      id: "files",
      label: "Files",
      panel: <FilesViewer files={props.files ?? {}} fixFile={props.fixFile} />,
    });
  if (props.onRunPython)
    tabs.push({
      id: "python",
      label: "Python console",
      panel: (
        <ScratchPython
          initial={props.initialPython ?? ""}
          modules={props.modules ?? []}
          onRun={props.onRunPython}
        />
      ),
    });
  const [current, setCurrent] = useState(tabs[0]?.id ?? "");
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (e: KeyboardEvent, i: number) => {
    const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(i + step + tabs.length) % tabs.length]!;
    setCurrent(next.id);
    refs.current[next.id]?.focus();
  };
  return (
    <section className="evidence" aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`}>Evidence</h2>
      <div className="evidence-tabs" role="tablist" aria-label="Evidence">
        {tabs.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={t.id === current}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={t.id === current ? 0 : -1}
            onClick={() => setCurrent(t.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tabs.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${base}-panel-${t.id}`}
          aria-labelledby={`${base}-tab-${t.id}`}
          hidden={t.id !== current}
          className="evidence-panel"
        >
          {t.panel}
        </div>
      ))}
    </section>
  );
}
