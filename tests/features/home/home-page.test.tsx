import { IDBFactory } from "fake-indexeddb";
import "fake-indexeddb/auto";
import { render, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { createSession, pause } from "../../../src/domain/mock";
import { HomePage } from "../../../src/features/home/HomePage";
import { saveMock, useAppStore } from "../../../src/store";
import { resetDbHandle } from "../../../src/store/db-handle";
import { shortLoop, shortSelection, T0 } from "../../domain/mock/mock-factories";

const LOAD = { timeout: 15_000 };

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDbHandle();
  useAppStore.setState({ disabledPacks: [] });
});

describe("home page", () => {
  it("offers to resume an unfinished mock and shows today's drill", async () => {
    const s = createSession(shortLoop, shortSelection(), "practice", T0, { id: "mock-x" });
    await saveMock(pause(s, T0 + 1000).state);
    render(<HomePage />);
    const resume = await screen.findByRole("link", { name: "Resume “Short loop”" }, LOAD);
    expect(resume).toHaveAttribute("href", "#/mock/mock-x");
    expect(resume.closest("li")).toHaveTextContent("Mock in progress: Resume “Short loop” — paused");
    const drill = await screen.findByRole("link", { name: /reviews due, \d+ new$/ }, LOAD);
    expect(drill).toHaveAttribute("href", "#/drill");
    expect(screen.queryByText(/Not built yet/)).toBeNull();
  });

  it("says nothing about mocks when none is waiting", async () => {
    render(<HomePage />);
    await screen.findByRole("link", { name: /reviews due|done for today/ }, LOAD);
    expect(screen.queryByText(/Mock in progress/)).toBeNull();
  });
});
