/**
 * Synchronous copies in localStorage of writes that are also on their way to IndexedDB. Chromium
 * can drop an IndexedDB write started while the page unloads (a reload right after typing); a
 * localStorage write always lands. A copy is kept until its IndexedDB write lands, and readers take
 * the newer of the copy and the record.
 */
export interface JournalEntry<T> {
  value: T;
  /** When it was written (ms since epoch): compared with the IndexedDB record's time. */
  at: number;
}

export interface Journal<T> {
  read(key: string): JournalEntry<T> | undefined;
  write(key: string, value: T, at: number): void;
  /** Forget the copy of `key`, only if it is still the one written at `at` (when given). */
  forget(key: string, at?: number): void;
  /** Every copy, as [key, entry]. */
  all(): [string, JournalEntry<T>][];
  clear(): void;
}

/** localStorage, or undefined where there is none or it is refused. */
export function journalStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** A journal under the localStorage key prefix `prefix` (entries that fail `accept` are ignored). */
export function journal<T>(prefix: string, accept: (value: unknown) => value is T): Journal<T> {
  const read = (key: string): JournalEntry<T> | undefined => {
    try {
      const raw = JSON.parse(journalStorage()?.getItem(prefix + key) ?? "null") as unknown;
      if (raw && typeof raw === "object" && "at" in raw && typeof raw.at === "number" && "value" in raw)
        return accept(raw.value) ? { value: raw.value, at: raw.at } : undefined;
    } catch {
      // A damaged copy is ignored: the IndexedDB record stands.
    }
    return undefined;
  };
  const keys = (): string[] => {
    const s = journalStorage();
    if (!s) return [];
    try {
      return Array.from({ length: s.length }, (_, i) => s.key(i)).filter(
        (k): k is string => !!k?.startsWith(prefix),
      );
    } catch {
      return [];
    }
  };
  return {
    read,
    write(key, value, at) {
      try {
        journalStorage()?.setItem(prefix + key, JSON.stringify({ value, at }));
      } catch {
        // Storage full or refused: the IndexedDB write still runs.
      }
    },
    forget(key, at) {
      try {
        if (at === undefined || read(key)?.at === at) journalStorage()?.removeItem(prefix + key);
      } catch {
        // Nothing to do: a stale copy is older than the record, so it is never preferred.
      }
    },
    all() {
      const out: [string, JournalEntry<T>][] = [];
      for (const k of keys()) {
        const entry = read(k.slice(prefix.length));
        if (entry) out.push([k.slice(prefix.length), entry]);
      }
      return out;
    },
    clear() {
      try {
        for (const k of keys()) journalStorage()?.removeItem(k);
      } catch {
        // Storage refused: nothing was journalled there either.
      }
    },
  };
}
