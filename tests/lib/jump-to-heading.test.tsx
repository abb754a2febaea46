import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { jumpToHeading } from "../../src/lib/dom/jump-to-heading";

/** A ResizeObserver whose callbacks the test fires (jsdom has no layout). */
const observers: { cb: () => void; active: boolean }[] = [];
class FakeResizeObserver {
  entry: { cb: () => void; active: boolean };
  constructor(cb: () => void) {
    this.entry = { cb, active: false };
    observers.push(this.entry);
  }
  observe() {
    this.entry.active = true;
  }
  disconnect() {
    this.entry.active = false;
  }
}
const resize = () => observers.filter((o) => o.active).forEach((o) => o.cb());

let scrolls = 0;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("ResizeObserver", FakeResizeObserver);
  observers.length = 0;
  scrolls = 0;
  document.body.innerHTML = `<p>prompt</p><section><h2 id="answer-heading" tabindex="-1">Your answer</h2></section>`;
  document.querySelector("section")!.scrollIntoView = () => void scrolls++;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("jumpToHeading", () => {
  it("scrolls to the section, focuses its heading, and stays there while content above loads", () => {
    jumpToHeading("answer-heading");
    expect(scrolls).toBe(1);
    expect(document.activeElement?.id).toBe("answer-heading");
    resize();
    resize();
    expect(scrolls).toBe(3);
    vi.advanceTimersByTime(2_000);
    resize();
    expect(scrolls).toBe(3);
  });

  it("lets go as soon as the user scrolls or presses a key", () => {
    jumpToHeading("answer-heading");
    window.dispatchEvent(new Event("wheel"));
    resize();
    expect(scrolls).toBe(1);
    jumpToHeading("answer-heading");
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown" }));
    resize();
    expect(scrolls).toBe(2);
  });

  it("does nothing for a heading that is not there", () => {
    jumpToHeading("missing");
    expect(scrolls).toBe(0);
    expect(observers).toEqual([]);
  });
});
