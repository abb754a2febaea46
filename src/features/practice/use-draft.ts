import { useCallback, useEffect, useRef, useState } from "react";
import { loadDraft, saveDraft } from "../../store";

/**
 * A draft answer saved as you type (debounced, flushed when leaving the page) that survives a
 * reload. `loaded` is false until the stored draft has been read; a change made before then wins
 * over the stored draft.
 */
export function useDraft<T>(key: string, initial: T, validate: (v: unknown) => v is T) {
  const [value, setValue] = useState<T>(initial);
  // The key whose stored draft has been read; a new key is "not loaded" until its read finishes.
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  const loaded = loadedKey === key;
  const pending = useRef<{ value: T } | null>(null);
  // The key the user has changed the draft of since it was opened: its stored draft, read later,
  // must not overwrite what they chose meanwhile (a click before the read finished).
  const touched = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    let live = true;
    touched.current = null;
    void loadDraft(key).then((stored) => {
      if (!live) return;
      if (touched.current !== key) setValue(validate(stored) ? stored : initial);
      setLoadedKey(key);
    });
    return () => {
      live = false;
    };
    // `initial` and `validate` are per-question constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    if (pending.current) {
      void saveDraft(key, pending.current.value);
      pending.current = null;
    }
  }, [key]);

  useEffect(() => {
    // Chromium drops IndexedDB writes started in `pagehide` on a reload: save earlier too.
    const hidden = () => document.visibilityState === "hidden" && flush();
    window.addEventListener("beforeunload", flush);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("beforeunload", flush);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", hidden);
      flush();
    };
  }, [flush]);

  const update = useCallback(
    (v: T) => {
      touched.current = key;
      setValue(v);
      pending.current = { value: v };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, 300);
    },
    [flush, key],
  );

  return { value, update, loaded, flush };
}

/**
 * Apply a restore request (a past answer put back into the editor) to `draft` once per request,
 * when it has the draft's shape (`validate`).
 */
export function useRestoreInto<T>(
  request: { answer: unknown; n: number } | null,
  validate: (v: unknown) => v is T,
  update: (v: T) => void,
) {
  const applied = useRef(0);
  useEffect(() => {
    if (!request || request.n === applied.current) return;
    applied.current = request.n;
    if (validate(request.answer)) update(request.answer);
  }, [request, validate, update]);
}
