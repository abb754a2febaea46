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

describe("home page for a new user", () => {
  it("shows a progress strip, a question of the day and the Start here path with a 30-minute mock", async () => {
    render(<HomePage />);
    const strip = await screen.findByRole("list", { name: "Your progress" }, LOAD);
    await screen.findByText("0 days", {}, LOAD);
    expect(strip).toHaveTextContent("drill streak");
    expect(strip).toHaveTextContent(/0\s*reviews due/);
    expect(strip).toHaveTextContent("no mock yet");
    expect(strip).toHaveTextContent(/Solved\s*0\/\d+\s*Coding/);
    const qotd = screen.getByText("Question of the day:").closest("li")!;
    expect(qotd.querySelector("a")!.getAttribute("href")).toMatch(/^#\/practice\/[^/]+\/[^/]+$/);
    const start = screen.getByRole("region", { name: "Start here" });
    expect(start).toHaveTextContent("0 of 8 done");
    expect(screen.getByRole("link", { name: /^Begin: / })).toHaveAttribute(
      "href",
      "#/practice/python-algorithms/dedupe-latest-events",
    );
    expect(screen.getByRole("link", { name: "Then: a 30-minute mock screen" })).toHaveAttribute(
      "href",
      "#/mock?loop=screen-30",
    );
  });
});
