import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";

/**
 * Two panes side by side with a draggable, keyboard-operable separator (arrow keys move it by 5%).
 * Below 900 px the panes stack and the separator is hidden.
 */
export function SplitPane({
  left,
  right,
  label,
  initial = 45,
}: {
  left: ReactNode;
  right: ReactNode;
  label: string;
  initial?: number;
}) {
  const [pct, setPct] = useState(initial);
  const box = useRef<HTMLDivElement>(null);
  const clamp = (v: number) => Math.min(75, Math.max(25, v));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.currentTarget.hasPointerCapture(e.pointerId) || !box.current) return;
    const r = box.current.getBoundingClientRect();
    setPct(clamp(((e.clientX - r.left) / r.width) * 100));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "ArrowLeft") setPct((p) => clamp(p - 5));
    else if (e.key === "ArrowRight") setPct((p) => clamp(p + 5));
    else return;
    e.preventDefault();
  };

  return (
    <div className="split" ref={box} style={{ "--split": `${pct}%` } as React.CSSProperties}>
      <div className="split-pane split-left">{left}</div>
      <div
        className="split-handle"
        role="separator"
        aria-orientation="vertical"
        aria-label={label}
        aria-valuenow={Math.round(pct)}
        aria-valuemin={25}
        aria-valuemax={75}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      />
      <div className="split-pane split-right">{right}</div>
    </div>
  );
}
