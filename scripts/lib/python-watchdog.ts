/**
 * A watchdog thread that interrupts Pyodide running on the main thread: Python blocks the event
 * loop, so a timer there cannot fire, but another thread can write SIGINT (2) into Pyodide's
 * interrupt buffer. `arm(ms)` before a run, `disarm()` after; an overrun comes back from the
 * Python core as an ordinary Timeout result, so a looping wrong answer cannot hang the checker.
 */
import { Worker } from "node:worker_threads";

const WATCHER = `
const { workerData } = require("node:worker_threads");
const ctl = new Int32Array(workerData.ctl);
const interrupt = new Uint8Array(workerData.interrupt);
for (;;) {
  Atomics.wait(ctl, 0, 0);
  const armed = Atomics.load(ctl, 0);
  if (armed === 0) continue;
  if (Atomics.wait(ctl, 0, armed, ctl[1]) === "timed-out" && Atomics.load(ctl, 0) === armed) {
    interrupt[0] = 2;
    while (Atomics.load(ctl, 0) === armed) Atomics.wait(ctl, 0, armed);
  }
}`;

/** The watchdog: `interrupt` goes to `PythonCore.setInterruptBuffer`. */
export interface PythonWatchdog {
  interrupt: Uint8Array;
  arm(ms: number): void;
  disarm(): void;
}

/** Start the watchdog thread (unref'd: it never keeps the process alive). */
export function startPythonWatchdog(): PythonWatchdog {
  const ctl = new Int32Array(new SharedArrayBuffer(8));
  const interrupt = new Uint8Array(new SharedArrayBuffer(1));
  const worker = new Worker(WATCHER, {
    eval: true,
    workerData: { ctl: ctl.buffer, interrupt: interrupt.buffer },
  });
  worker.unref();
  let generation = 0;
  return {
    interrupt,
    arm(ms) {
      generation = (generation % 1_000_000) + 1;
      Atomics.store(ctl, 1, ms);
      Atomics.store(ctl, 0, generation);
      Atomics.notify(ctl, 0);
    },
    disarm() {
      Atomics.store(ctl, 0, 0);
      Atomics.notify(ctl, 0);
    },
  };
}
