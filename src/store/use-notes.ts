import { useCallback, useEffect, useState } from "react";
import { useAppStore } from "./index";
import { getNote, listNotes, saveNote, type QuestionNote } from "./notes-repo";

/** Every bookmark and note, by question key; null while loading (read again after a backup merge). */
export function useNotes(): Map<string, QuestionNote> | null {
  const [notes, setNotes] = useState<Map<string, QuestionNote> | null>(null);
  const version = useAppStore((s) => s.dataVersion);
  useEffect(() => {
    let live = true;
    void listNotes().then((all) => live && setNotes(new Map(all.map((n) => [n.key, n]))));
    return () => {
      live = false;
    };
  }, [version]);
  return notes;
}

/**
 * The bookmark and note of one question, with `update` to change them (saved at once; the caller
 * debounces typing). `error` says when a change could not be saved.
 */
export function useNote(key: string) {
  const [note, setNote] = useState<QuestionNote | null>(null);
  const [error, setError] = useState<string | null>(null);
  const version = useAppStore((s) => s.dataVersion);
  useEffect(() => {
    let live = true;
    void getNote(key).then((n) => live && setNote(n));
    return () => {
      live = false;
    };
  }, [key, version]);
  const update = useCallback(
    async (patch: Partial<Pick<QuestionNote, "bookmarked" | "note">>) => {
      setNote((n) => (n ? { ...n, ...patch } : n));
      const r = await saveNote(key, patch, Date.now());
      setError(r.ok ? null : `Could not save: ${r.message}`);
    },
    [key],
  );
  return { note, update, error };
}
