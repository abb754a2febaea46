import { useMemo, useState } from "react";
import {
  buildCustomLoop,
  CUSTOM_TEMPLATE_ID,
  decodeShareCode,
  encodeShareCode,
  getTemplate,
  isSeed,
  type CustomLoopResult,
  type LoopTemplate,
  type MockMode,
} from "../../../domain/mock";
import { SCREEN_30_ID } from "../../../domain/mock/templates";
import { href, useHashLocation } from "../../../lib/router/hash-router";
import { useAppStore } from "../../../store";
import { draftFromTemplate, draftToInput, starterDraft, type CustomDraft } from "./custom-draft";

/** What opening a share link did: loaded its loop and seed, or could not read it. */
export type SharedCodeState = { ok: true; title: string; seed: number } | { ok: false; error: string };

/** A fresh random 32-bit seed from the browser's CSPRNG. */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** The seed typed in the field, or undefined when it is not a whole number in [0, 2^32). */
export function parseSeed(text: string): number | undefined {
  if (!/^\s*\d{1,10}\s*$/.test(text)) return undefined;
  const n = Number(text);
  return isSeed(n) ? n : undefined;
}

/** The link that opens this setup with `template` and `seed` preselected, from this page's address. */
export function shareLink(template: LoopTemplate, seed: number): string {
  const base = window.location.href.split("#")[0] ?? "";
  // URLSearchParams escapes "~", which is URL-safe (RFC 3986 unreserved): keep the code readable.
  return base + href("/mock", { code: encodeShareCode(template, seed) }).replace(/%7E/gi, "~");
}

/**
 * The setup form's state: the chosen loop (a built-in id or `custom`), the custom draft and its
 * validation, the mode and the seed. `?loop=` preselects a built-in loop (else the one last started); a `?code=` in the route (a share link) preselects its loop
 * and seed whenever it changes, including when a new link is opened while the page is shown.
 */
export function useMockSetup() {
  const { query } = useHashLocation();
  const code = query.get("code");
  // `?loop=<id>` preselects a built-in loop (e.g. the home page's link to the 30-minute screen).
  const loop = query.get("loop");
  // Otherwise the loop last started (for a first mock, the 30-minute screen).
  const lastLoop = useAppStore((s) => s.lastMockLoop);
  const [choice, setChoice] = useState<string>(() =>
    loop && getTemplate(loop) ? loop : getTemplate(lastLoop) ? lastLoop : SCREEN_30_ID,
  );
  const [draft, setDraft] = useState<CustomDraft>(starterDraft);
  const [mode, setMode] = useState<MockMode>("strict");
  const [seedText, setSeedText] = useState(() => String(randomSeed()));
  const [shared, setShared] = useState<SharedCodeState | null>(null);
  const [appliedCode, setAppliedCode] = useState<string | null>(null);

  // Adjusting state while rendering (not in an effect) so the shared loop shows on first paint.
  if (code !== appliedCode) {
    setAppliedCode(code);
    const decoded = code === null ? null : decodeShareCode(code);
    if (!decoded) setShared(null);
    else if (!decoded.ok) setShared({ ok: false, error: decoded.error });
    else {
      if (decoded.template.id === CUSTOM_TEMPLATE_ID) setDraft(draftFromTemplate(decoded.template));
      setChoice(decoded.template.id);
      setSeedText(String(decoded.seed));
      setShared({ ok: true, title: decoded.template.title, seed: decoded.seed });
    }
  }

  const custom: CustomLoopResult = useMemo(() => buildCustomLoop(draftToInput(draft)), [draft]);
  const template: LoopTemplate | undefined =
    choice === CUSTOM_TEMPLATE_ID ? (custom.ok ? custom.template : undefined) : getTemplate(choice);
  const seed = parseSeed(seedText);

  return {
    choice,
    setChoice,
    draft,
    setDraft,
    custom,
    template,
    mode,
    setMode,
    seedText,
    setSeedText,
    seed,
    rerollSeed: () => setSeedText(String(randomSeed())),
    shared,
  };
}

export type MockSetup = ReturnType<typeof useMockSetup>;
