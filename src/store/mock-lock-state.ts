/** The strict-mock lock as persisted state (tiny, for first paint; see mock-lock.ts). */

/** The strict mock holding the lock. */
export interface MockLock {
  id: string;
  title: string;
}

/** A well-formed saved lock, else null. */
export function repairMockLock(raw: unknown): MockLock | null {
  const r = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : null;
  return r && typeof r.id === "string" && r.id && typeof r.title === "string"
    ? { id: r.id, title: r.title }
    : null;
}
