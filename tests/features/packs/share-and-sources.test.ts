import { describe, expect, it } from "vitest";
import { compressToEncodedURIComponent } from "lz-string";
import { parsePack, type Pack } from "../../../src/domain/packs";
import { buildSelection, matchingQuestions } from "../../../src/features/packs/build-selection";
import { fetchPackText, readPackFile } from "../../../src/features/packs/pack-source";
import {
  decodeSharedPack,
  MAX_SHARE_CHARS,
  packShareLink,
  urlShareLink,
} from "../../../src/lib/share/share-link";
import { choiceQuestion, numericQuestion, validPack } from "../../domain/packs/pack-factories";

const APP = "https://dojo.example/mle-dojo/index.html#/packs";

function pack(raw: unknown): Pack {
  const r = parsePack(raw);
  if (!r.ok) throw new Error("invalid test pack");
  return r.pack;
}

describe("share links", () => {
  it("round-trips a small pack through a #/import?pack= link", () => {
    const text = JSON.stringify(validPack());
    const r = packShareLink(APP, text);
    if (!r.ok) throw new Error(r.message);
    expect(r.url.startsWith("https://dojo.example/mle-dojo/index.html#/import?pack=")).toBe(true);
    const param = new URLSearchParams(r.url.split("?")[1]).get("pack")!;
    expect(decodeSharedPack(param)).toEqual({ ok: true, text });
  });

  it("refuses packs whose compressed form is over the limit, at both ends", () => {
    // Random-looking text does not compress, so this is well over 8 KB compressed.
    const noise = Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join("");
    const r = packShareLink(APP, noise);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.message).toMatch(/too large for a link .* at most 8\.0 KB\)\. Export it and share the file/);
    const long = compressToEncodedURIComponent(noise);
    expect(long.length).toBeGreaterThan(MAX_SHARE_CHARS);
    const d = decodeSharedPack(long);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toMatch(/limited to 8\.0 KB\. Ask for the pack file/);
  });

  it("explains a cut-short link, and builds url= links", () => {
    const d = decodeSharedPack("%%%not-lz");
    expect(d.ok).toBe(false);
    expect(urlShareLink(APP, "https://x.org/p.json?a=1")).toBe(
      "https://dojo.example/mle-dojo/index.html#/import?url=https%3A%2F%2Fx.org%2Fp.json%3Fa%3D1",
    );
  });
});

describe("pack sources", () => {
  it("explains network and CORS failures and suggests downloading the file", async () => {
    const failing = (() => Promise.reject(new TypeError("Failed to fetch"))) as unknown as typeof fetch;
    const r = await fetchPackText("https://raw.githubusercontent.com/a/b/main/x.json", APP, failing);
    expect(r).toEqual({
      ok: false,
      message: expect.stringContaining(
        "The site did not allow MLE Dojo to read it (CORS) or is unreachable. Download the file",
      ) as string,
    });
  });

  it("resolves relative addresses, reports HTTP errors and refuses other schemes", async () => {
    const seen: string[] = [];
    const ok = ((url: string) => {
      seen.push(url);
      return Promise.resolve(new Response("{}", { status: 200 }));
    }) as unknown as typeof fetch;
    expect(await fetchPackText("./schema/pack.schema.json", APP, ok)).toEqual({
      ok: true,
      text: "{}",
      origin: "url: https://dojo.example/mle-dojo/schema/pack.schema.json",
    });
    const missing = (() =>
      Promise.resolve(new Response("", { status: 404, statusText: "Not Found" }))) as unknown as typeof fetch;
    const r404 = await fetchPackText("https://gist.githubusercontent.com/a/1/raw/p.json", APP, missing);
    expect(r404.ok || r404.message).toMatch(/answered 404 Not Found/);
    const js = await fetchPackText("javascript:alert(1)", APP, ok);
    expect(js.ok || js.message).toMatch(/Only http/);
    expect(seen).toHaveLength(1);
  });

  it("refuses any site its security policy blocks, before a request, and says what to do instead", async () => {
    let calls = 0;
    const counting = (() => {
      calls++;
      return Promise.resolve(new Response("{}", { status: 200 }));
    }) as unknown as typeof fetch;
    for (const address of [
      "http://127.0.0.1:9/x.json",
      "https://x.org/p.json",
      "http://raw.githubusercontent.com/a/b/main/x.json", // http, not https: another origin
      "https://raw.githubusercontent.com.evil.example/x.json",
      "https://dojo.example:8443/p.json", // another port of the app's host
    ]) {
      const r = await fetchPackText(address, APP, counting);
      expect(r.ok, address).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(
          /only from its own site and from raw\.githubusercontent\.com, gist\.githubusercontent\.com and cdn\.jsdelivr\.net/,
        );
        expect(r.message).toMatch(/Choose a pack file/);
      }
    }
    expect(calls).toBe(0);
    expect((await fetchPackText("https://cdn.jsdelivr.net/gh/a/b/p.json", APP, counting)).ok).toBe(true);
    expect((await fetchPackText("https://dojo.example/other/p.json", APP, counting)).ok).toBe(true);
    expect(calls).toBe(2);
  });

  it("refuses oversized files before reading them", async () => {
    const big = new File(["x"], "big.json");
    Object.defineProperty(big, "size", { value: 6 * 1024 * 1024 });
    const r = await readPackFile(big);
    expect(r.ok || r.message).toMatch(/big\.json is 6\.0 MB; packs are limited to 5\.0 MB/);
    expect(await readPackFile(new File(["{}"], "p.json"))).toEqual({
      ok: true,
      text: "{}",
      origin: "file: p.json",
    });
  });
});

describe("export a selection", () => {
  const a = pack(
    validPack([choiceQuestion("a1"), numericQuestion("a2", { difficulty: "hard" })], { id: "pa" }),
  );
  const b = pack(
    validPack([choiceQuestion("b1", { category: "debugging" }), choiceQuestion("a1")], {
      id: "pb",
      license: "CC0-1.0",
    }),
  );

  it("filters by pack, category and difficulty", () => {
    const ids = (f: Parameters<typeof matchingQuestions>[1]) =>
      matchingQuestions([a, b], f).map(([p, q]) => `${p}/${q.id}`);
    expect(ids({ packIds: ["pa"] })).toEqual(["pa/a1", "pa/a2"]);
    expect(ids({ packIds: ["pa", "pb"], difficulty: "hard" })).toEqual(["pa/a2"]);
    expect(ids({ packIds: ["pa", "pb"], category: "debugging" })).toEqual(["pb/b1"]);
  });

  it("builds a valid pack from several packs, and names what stops it", () => {
    const r = buildSelection(
      [a, b],
      [
        ["pa", "a2"],
        ["pb", "b1"],
      ],
      "weak-spots",
      "Weak spots",
      ["pa", "pb"],
    );
    if (!r.ok) throw new Error(r.problems.join("; "));
    expect(r.pack.questions.map((q) => q.id)).toEqual(["a2", "b1"]);
    expect(r.pack.license).toBe("MIT AND CC0-1.0");
    expect(parsePack(JSON.stringify(r.pack)).ok).toBe(true);
    const bad = buildSelection(
      [a, b],
      [
        ["pa", "a1"],
        ["pb", "a1"],
      ],
      "Bad Id",
      "",
      ["pa"],
    );
    expect(bad).toEqual({
      ok: false,
      problems: [
        "The id must be kebab-case: lowercase letters, digits and hyphens.",
        "Give the new pack a title.",
        "Question id “a1” is in both pa and pb; untick one of them.",
      ],
    });
    expect(buildSelection([a], [], "pa", "T", ["pa"])).toEqual({
      ok: false,
      problems: ["A pack with the id “pa” exists already; choose another id.", "Pick at least one question."],
    });
  });
});
