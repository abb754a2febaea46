// The optional-package source in Settings: empty (the app's own pyodide/ folder) or an address the
// Content-Security-Policy lets the page read, so a saved source can never be one every download of
// which the browser blocks.
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../../../scripts/csp";
import { CONNECT_HOSTS } from "../../../src/domain/net/connect-hosts";
import { packageSourceProblem, PYODIDE_VERSION } from "../../../src/runners/python/package-source";

const APP = "https://dojo.example";

describe("package source", () => {
  it("accepts empty, the app's own origin and Pyodide's mirror on jsDelivr", () => {
    expect(packageSourceProblem("", APP)).toBeUndefined();
    expect(packageSourceProblem("https://dojo.example/pkgs/", APP)).toBeUndefined();
    expect(
      packageSourceProblem(`https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`, APP),
    ).toBeUndefined();
  });

  it("refuses other schemes and sites the security policy blocks, saying which sites it allows", () => {
    expect(packageSourceProblem("ftp://x.org/", APP)).toMatch(/http:\/\/ or https:\/\//);
    expect(packageSourceProblem("not a url", APP)).toMatch(/http:\/\/ or https:\/\//);
    for (const v of [
      "https://pkgs.example.org/full/",
      "http://cdn.jsdelivr.net/pyodide/",
      "https://dojo.example:444/",
    ])
      expect(packageSourceProblem(v, APP), v).toMatch(/only from its own site and from .*cdn\.jsdelivr\.net/);
  });

  it("uses the same host list as the policy's connect-src", () => {
    const connect = contentSecurityPolicy("build")
      .split("; ")
      .find((d) => d.startsWith("connect-src "))!;
    expect(connect.split(" ").slice(1)).toEqual(["'self'", ...CONNECT_HOSTS]);
  });
});
