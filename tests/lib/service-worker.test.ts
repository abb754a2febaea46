import { describe, expect, it } from "vitest";
import { activateThenReload, loadedAssetUrls } from "../../src/lib/service-worker/register";

describe("loadedAssetUrls", () => {
  it("keeps this app's assets/ files once each, under any sub-path", () => {
    const base = "https://example.org/mle-dojo/index.html";
    const entries = [
      { name: "https://example.org/mle-dojo/assets/editor.api-x.js" },
      { name: "https://example.org/mle-dojo/assets/editor.api-x.js" },
      { name: "https://example.org/mle-dojo/assets/codicon-y.ttf#iefix" },
      { name: "https://example.org/mle-dojo/pyodide/pyodide.mjs" },
      { name: "https://example.org/other-app/assets/z.js" },
      { name: "https://cdn.example.com/mle-dojo/assets/w.js" },
    ];
    expect(loadedAssetUrls(entries, base)).toEqual([
      "https://example.org/mle-dojo/assets/editor.api-x.js",
      "https://example.org/mle-dojo/assets/codicon-y.ttf",
    ]);
  });
});

/** A waiting worker and a page's worker container, as plain event targets. */
function fakes() {
  const container = new EventTarget();
  const worker = Object.assign(new EventTarget(), {
    state: "installed" as ServiceWorkerState,
    messages: [] as unknown[],
    postMessage(m: unknown) {
      this.messages.push(m);
    },
  });
  const setState = (state: ServiceWorkerState) => {
    worker.state = state;
    worker.dispatchEvent(new Event("statechange"));
  };
  let reloads = 0;
  activateThenReload(worker, container, () => reloads++);
  return { container, worker, setState, reloads: () => reloads };
}

describe("activateThenReload", () => {
  it("asks the waiting worker to take over and reloads only once it controls the page", () => {
    const f = fakes();
    expect(f.worker.messages).toEqual([{ type: "SKIP_WAITING" }]);
    f.setState("activating");
    expect(f.reloads()).toBe(0);
    f.container.dispatchEvent(new Event("controllerchange"));
    expect(f.reloads()).toBe(1);
    f.setState("activated");
    expect(f.reloads()).toBe(1);
  });

  it("reloads when the worker finished activating even if no controller change reached the page", () => {
    const f = fakes();
    f.setState("activating");
    f.setState("activated");
    expect(f.reloads()).toBe(1);
    f.container.dispatchEvent(new Event("controllerchange"));
    expect(f.reloads()).toBe(1);
  });

  it("does not reload for a worker that was dropped instead of activated", () => {
    const f = fakes();
    f.setState("redundant");
    expect(f.reloads()).toBe(0);
  });
});
