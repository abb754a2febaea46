import { act, fireEvent, render, renderHook, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OFFLINE_NOTE_MS, OfflineReadyNote, UpdateNotice } from "../../src/app/UpdateNotice";
import { useAppUpdates, type AppUpdates } from "../../src/lib/service-worker/use-app-updates";
import type { UpdateHandlers } from "../../src/lib/service-worker/register";

const updates = (over: Partial<AppUpdates> = {}): AppUpdates => ({
  offlineReady: false,
  updateReady: false,
  updatedElsewhere: false,
  applyUpdate: vi.fn(),
  dismissUpdate: vi.fn(),
  dismissOfflineReady: vi.fn(),
  ...over,
});

afterEach(() => vi.useRealTimers());

describe("UpdateNotice", () => {
  it("offers the new version with Reload and Later", async () => {
    const u = updates({ updateReady: true });
    render(<UpdateNotice updates={u} deferred={false} />);
    const notice = screen.getByRole("status", { name: "Update available" });
    expect(notice).toHaveTextContent(/Update available — reload/);
    expect(notice).toHaveTextContent(/progress and settings are kept/);
    await userEvent.click(screen.getByRole("button", { name: "Reload" }));
    expect(u.applyUpdate).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole("button", { name: "Later" }));
    expect(u.dismissUpdate).toHaveBeenCalledTimes(1);
  });

  it("also shows after an update applied in another tab", () => {
    render(<UpdateNotice updates={updates({ updatedElsewhere: true })} deferred={false} />);
    expect(screen.getByRole("status", { name: "Update available" })).toBeInTheDocument();
  });

  it("waits while a mock is open, and shows nothing without an update", () => {
    const { rerender } = render(<UpdateNotice updates={updates({ updateReady: true })} deferred />);
    expect(screen.queryByRole("status")).toBeNull();
    rerender(<UpdateNotice updates={updates()} deferred={false} />);
    expect(screen.queryByRole("status")).toBeNull();
    rerender(<UpdateNotice updates={updates({ updateReady: true })} deferred={false} />);
    expect(screen.getByRole("status", { name: "Update available" })).toBeInTheDocument();
  });
});

describe("OfflineReadyNote", () => {
  it("says the app works offline, then hides itself", () => {
    vi.useFakeTimers();
    const u = updates({ offlineReady: true });
    render(<OfflineReadyNote updates={u} />);
    expect(screen.getByRole("status", { name: "Ready offline" })).toHaveTextContent(/without a network/);
    act(() => vi.advanceTimersByTime(OFFLINE_NOTE_MS - 1));
    expect(u.dismissOfflineReady).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(u.dismissOfflineReady).toHaveBeenCalledTimes(1);
  });

  it("goes as soon as the user clicks or types elsewhere, not when the note itself is clicked", () => {
    const u = updates({ offlineReady: true });
    render(
      <>
        <button type="button">Run</button>
        <OfflineReadyNote updates={u} />
      </>,
    );
    fireEvent.pointerDown(screen.getByRole("status", { name: "Ready offline" }).querySelector("p")!);
    expect(u.dismissOfflineReady).not.toHaveBeenCalled();
    fireEvent.pointerDown(screen.getByRole("button", { name: "Run" }));
    expect(u.dismissOfflineReady).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(document.body, { key: "Enter" });
    expect(u.dismissOfflineReady).toHaveBeenCalledTimes(2);
  });
});

describe("useAppUpdates", () => {
  it("registers once when the page is idle and reflects the worker's events", async () => {
    let handlers: UpdateHandlers | undefined;
    const register = vi.fn(async (h: UpdateHandlers) => {
      handlers = h;
    });
    const { result } = renderHook(() => useAppUpdates(register));
    await vi.waitFor(() => expect(register).toHaveBeenCalledTimes(1), { timeout: 5000 });
    expect(result.current.updateReady).toBe(false);

    act(() => handlers!.onOfflineReady());
    expect(result.current.offlineReady).toBe(true);
    act(() => result.current.dismissOfflineReady());
    expect(result.current.offlineReady).toBe(false);

    const apply = vi.fn();
    act(() => handlers!.onUpdateReady(apply));
    expect(result.current.updateReady).toBe(true);
    act(() => result.current.applyUpdate());
    expect(apply).toHaveBeenCalledTimes(1);
    act(() => result.current.dismissUpdate());
    expect(result.current.updateReady).toBe(false);

    act(() => handlers!.onUpdatedElsewhere());
    expect(result.current.updatedElsewhere).toBe(true);
    expect(register).toHaveBeenCalledTimes(1);
  });
});
