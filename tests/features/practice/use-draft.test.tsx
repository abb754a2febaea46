import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

let resolveLoad: (v: unknown) => void = () => undefined;
const saved: unknown[] = [];
vi.mock("../../../src/store", () => ({
  loadDraft: () => new Promise((resolve) => (resolveLoad = resolve)),
  saveDraft: (_key: string, value: unknown) => {
    saved.push(value);
    return Promise.resolve();
  },
}));

const { useDraft } = await import("../../../src/features/practice/use-draft");
const isString = (v: unknown): v is string => typeof v === "string";

describe("useDraft", () => {
  it("restores the stored draft when nothing was changed meanwhile", async () => {
    const { result } = renderHook(() => useDraft("p/a", "", isString));
    expect(result.current.loaded).toBe(false);
    act(() => resolveLoad("stored"));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.value).toBe("stored");
  });

  it("keeps a change made before the stored draft was read, and saves it", async () => {
    saved.length = 0;
    const { result } = renderHook(() => useDraft("p/b", "", isString));
    act(() => result.current.update("clicked early"));
    act(() => resolveLoad("older stored draft"));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.value).toBe("clicked early");
    act(() => result.current.flush());
    expect(saved).toEqual(["clicked early"]);
  });
});
