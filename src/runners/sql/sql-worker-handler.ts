/**
 * The worker's message handling, independent of the worker global so it can run in a browser
 * worker or a Node worker thread: `init` loads sql.js through `load(wasmUrl)`, then `grade`,
 * `explore` and `schemaInfo` requests run the core and reply with the same id. Requests arriving
 * before `init` finished wait for it. Nothing thrown here escapes: every request gets a reply. A
 * reply is `fatal` (the facade then replaces the worker) when the engine crashed or was found
 * changed in a way that would outlive the run (`isSpoiled`, see sql-guard.ts).
 */
import type { SqlJsStatic } from "sql.js";
import { errorResult } from "../../domain/grading/result";
import { exploreSql, gradeSql, schemaInfo } from "./sql-core";
import { engineMessage } from "./sql-exec";
import { isSpoiled } from "./sql-guard";
import type { SqlWorkerRequest, SqlWorkerResponse } from "./types";

/** Build the handler: `load` initialises sql.js, `post` sends a reply to the main thread. */
export function createSqlWorkerHandler(
  load: (wasmUrl: string) => Promise<SqlJsStatic>,
  post: (message: SqlWorkerResponse) => void,
): (message: SqlWorkerRequest) => Promise<void> {
  let engine: Promise<SqlJsStatic> | undefined;
  return async (msg) => {
    if (msg.type === "init") {
      engine ??= load(msg.wasmUrl);
      try {
        await engine;
        post({ id: msg.id, type: "init", ok: true });
      } catch (e) {
        engine = undefined;
        post({ id: msg.id, type: "init", ok: false, message: `sql.js failed to load: ${engineMessage(e)}` });
      }
      return;
    }
    let SQL: SqlJsStatic;
    try {
      if (!engine) throw new Error("the worker was not initialised");
      SQL = await engine;
    } catch (e) {
      const error = { kind: "EngineLoadError", message: `sql.js is not available: ${engineMessage(e)}` };
      if (msg.type === "grade") post({ id: msg.id, type: "grade", result: errorResult(error, 0) });
      else post({ id: msg.id, type: msg.type, result: { error } } as SqlWorkerResponse);
      return;
    }
    const fatal = (error: { kind: string } | undefined) => error?.kind === "WorkerCrashed" || isSpoiled(SQL);
    switch (msg.type) {
      case "grade": {
        const result = gradeSql(SQL, msg.request);
        post({ id: msg.id, type: "grade", result, fatal: fatal(result.error) });
        return;
      }
      case "explore": {
        const result = exploreSql(SQL, msg.schema, msg.seed, msg.query);
        post({
          id: msg.id,
          type: "explore",
          result,
          fatal: fatal("error" in result ? result.error : undefined),
        });
        return;
      }
      case "schemaInfo": {
        const result = schemaInfo(SQL, msg.schema, msg.seed);
        post({
          id: msg.id,
          type: "schemaInfo",
          result,
          fatal: fatal("error" in result ? result.error : undefined),
        });
        return;
      }
    }
  };
}
