/** Small factories for the backup tests: an empty backup and mock-interview records. */
import { BACKUP_FORMAT, type Backup, type ExtraRecord } from "../../../src/domain/backup/backup";

export const emptyBackup = (over: Partial<Backup> = {}): Backup => ({
  format: BACKUP_FORMAT,
  version: 1,
  exportedAt: 0,
  settings: {},
  attempts: [],
  drafts: [],
  packs: [],
  extra: {},
  ...over,
});

/** A mock as readBackup exports it; `finished` adds a report. */
export const mockRecord = (id: string, updatedAt: number, finished = false): ExtraRecord => ({
  key: id,
  updatedAt,
  mock: {
    id,
    startedAt: 1,
    updatedAt,
    state: { id, step: updatedAt },
    ...(finished ? { report: { id } } : {}),
  },
});

export const withMocks = (...mocks: ExtraRecord[]) => emptyBackup({ extra: { mocks } });
