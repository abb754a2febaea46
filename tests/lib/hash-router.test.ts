import { describe, expect, it } from "vitest";
import { href, matchPath, parseHash } from "../../src/lib/router/hash-router";

describe("parseHash", () => {
  it("splits path and query", () => {
    const loc = parseHash("#/practice?difficulty=easy&kind=python");
    expect(loc.path).toBe("/practice");
    expect(loc.query.get("difficulty")).toBe("easy");
    expect(loc.query.get("kind")).toBe("python");
  });
  it("treats an empty or bare hash as the root", () => {
    expect(parseHash("").path).toBe("/");
    expect(parseHash("#").path).toBe("/");
    expect(parseHash("#/").path).toBe("/");
  });
  it("adds a missing leading slash and drops a trailing one", () => {
    expect(parseHash("#mock").path).toBe("/mock");
    expect(parseHash("#/mock/").path).toBe("/mock");
  });
});

describe("matchPath", () => {
  it("matches params and decodes them", () => {
    expect(matchPath("/practice/:packId/:questionId", "/practice/core%20pack/q-1")).toEqual({
      packId: "core pack",
      questionId: "q-1",
    });
  });
  it("rejects different lengths, literals, and malformed escapes", () => {
    expect(matchPath("/practice", "/practice/x")).toBeNull();
    expect(matchPath("/mock", "/drill")).toBeNull();
    expect(matchPath("/practice/:p/:q", "/practice/%E0%A4%A/x")).toBeNull();
  });
  it("matches the root", () => {
    expect(matchPath("/", "/")).toEqual({});
  });
});

describe("href", () => {
  it("builds hash links with only non-empty query values", () => {
    expect(href("/practice", { difficulty: "hard", q: "", kind: undefined })).toBe(
      "#/practice?difficulty=hard",
    );
    expect(href("/stats")).toBe("#/stats");
  });
});
