import { useId, useRef, useState } from "react";
import type { LoopTemplate } from "../../../domain/mock";
import { shareLink } from "./use-mock-setup";

/**
 * The seed (random by default, editable, "New questions" rerolls it) and the share link of the
 * chosen loop with this seed, with a Copy button that falls back to selecting the link.
 */
export function SeedAndShare({
  seedText,
  seed,
  onSeedText,
  onReroll,
  template,
}: {
  seedText: string;
  seed: number | undefined;
  onSeedText: (text: string) => void;
  onReroll: () => void;
  template: LoopTemplate | undefined;
}) {
  const id = useId();
  const linkRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<{ link: string; ok: boolean } | null>(null);
  const link = template && seed !== undefined ? shareLink(template, seed) : undefined;
  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ link, ok: true });
    } catch {
      setCopied({ link, ok: false });
      linkRef.current?.select();
    }
  };
  const status = copied?.link === link ? copied : null;

  return (
    <fieldset className="mock-fieldset">
      <legend>Questions</legend>
      <div className="seed-row">
        <label className="builder-field" htmlFor={`${id}-seed`}>
          Seed
        </label>
        <input
          id={`${id}-seed`}
          className="seed-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={4294967295}
          value={seedText}
          onChange={(e) => onSeedText(e.target.value)}
          aria-invalid={seed === undefined || undefined}
          aria-describedby={`${id}-seed-help`}
        />
        <button type="button" onClick={onReroll}>
          New questions
        </button>
      </div>
      <p id={`${id}-seed-help`} className={seed === undefined ? "field-issue" : "muted"}>
        {seed === undefined
          ? "A seed is a whole number from 0 to 4294967295."
          : "The seed picks the questions: the same loop and seed give the same mock (questions you have not tried come first)."}
      </p>
      {link ? (
        <div className="share-row">
          <label htmlFor={`${id}-link`}>Share link</label>
          <input id={`${id}-link`} ref={linkRef} readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void copy()}>
            Copy
          </button>
          <p role="status" className="muted">
            {status
              ? status.ok
                ? "Link copied."
                : "Copying is not allowed here: the link is selected, copy it with Ctrl+C (⌘C)."
              : ""}
          </p>
        </div>
      ) : (
        <p className="muted">The share link appears once the loop and the seed are valid.</p>
      )}
    </fieldset>
  );
}
