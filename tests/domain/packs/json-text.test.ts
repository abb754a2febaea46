import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_BYTES, parsePack, type PackError } from "../../../src/domain/packs";
import { utf8Length } from "../../../src/domain/packs/json-lexing";
import { choiceQuestion, validPack } from "./pack-factories";

function errors(input: unknown, opts = {}): PackError[] {
  const r = parsePack(input, opts);
  if (r.ok) throw new Error("expected failure");
  return r.errors;
}

describe("raw text safety", () => {
  it("rejects text over the size limit before parsing it", () => {
    const big = `{"x": "${"a".repeat(DEFAULT_MAX_BYTES)}"}`;
    const [err] = errors(big);
    expect(err).toMatchObject({
      code: "too-large",
      path: "",
      message: "the file is 5.0 MB; the limit is 5.0 MB",
    });
    // Broken JSON that is too big reports the size, proving the size check comes first.
    expect(errors(`{${" ".repeat(2000)}`, { maxBytes: 1000 })[0]!.code).toBe("too-large");
    // Multi-byte characters count as UTF-8 bytes.
    expect(utf8Length("é€😀")).toBe(2 + 3 + 4);
    expect(errors(`"${"€".repeat(400)}"`, { maxBytes: 1000 })[0]!.code).toBe("too-large");
  });

  it("reports invalid JSON with line and column", () => {
    const text = '{\n  "schemaVersion": 1,\n  "id": "x"\n  "title": "t"\n}';
    const [err] = errors(text);
    expect(err).toMatchObject({ code: "invalid-json", line: 4, column: 3, path: "id" });
    expect(err!.message).toBe('invalid JSON at line 4, column 3: unexpected `"`; expected `,` or `}`');
    expect(errors('{"a": [1, 2,]}')[0]).toMatchObject({
      line: 1,
      column: 13,
      message: "invalid JSON at line 1, column 13: trailing comma before `]`",
    });
    expect(errors('{"a": 1,}')[0]!.message).toContain("trailing comma before `}`");
    expect(errors('{"a": "x\ny"}')[0]).toMatchObject({ line: 1, column: 9 });
    expect(errors('{"a": "\\alpha"}')[0]).toMatchObject({
      column: 8,
      message: "invalid JSON at line 1, column 8: bad escape `\\a` in a string",
    });
    expect(errors('{"a": 01}')[0]!.message).toContain("expected `,` or `}`");
    expect(errors('{"a": 1')[0]!.message).toContain("the text ends too early");
    expect(errors('{"a": 1} x')[0]!.message).toContain("after the end of the pack");
    expect(errors("")[0]!.code).toBe("invalid-json");
    expect(errors("{'a': 1}")[0]!.message).toContain("expected a property name in double quotes");
  });

  it("accepts a BOM and every JSON value form", () => {
    const text = `\uFEFF${JSON.stringify(validPack([choiceQuestion("a", { extra: [true, false, null, -1.5e3, "\\u00e9\\n"] })]))}`;
    expect(parsePack(text).ok).toBe(true);
  });

  it("rejects nesting deeper than the limit, with the path, without overflowing the stack", () => {
    const deep = (n: number) => `{"questions": [${"[".repeat(n)}${"]".repeat(n)}]}`;
    expect(errors(deep(200))[0]).toMatchObject({
      code: "too-deep",
      path: `questions[0]${"[0]".repeat(62)}`,
      message: "nesting is deeper than 64 levels",
    });
    expect(errors(deep(1_000_000), { maxBytes: 10_000_000 })[0]!.code).toBe("too-deep");
    // Exactly at the limit is fine as far as depth goes (the pack is then invalid for other reasons).
    expect(errors(deep(62)).map((e) => e.code)).not.toContain("too-deep");
    // Parsed objects are checked too, iteratively.
    let value: unknown = 1;
    for (let i = 0; i < 100_000; i++) value = [value];
    expect(errors({ schemaVersion: 1, questions: value })[0]).toMatchObject({ code: "too-deep" });
    const cyclic: Record<string, unknown> = { schemaVersion: 1 };
    cyclic.self = cyclic;
    expect(errors(cyclic)[0]!.code).toBe("too-deep");
  });

  it("rejects __proto__, constructor and prototype keys anywhere, from raw text", () => {
    const text = JSON.stringify(validPack([choiceQuestion("a")])).replace(
      '"id":"a"',
      '"id":"a","__proto__":{"polluted":true}',
    );
    expect(text).toContain("__proto__");
    const errs = errors(text);
    expect(errs).toEqual([
      expect.objectContaining({
        code: "forbidden-key",
        path: "questions[0].__proto__",
        message: "the key `__proto__` is not allowed",
      }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const two = errors('{"constructor": 1, "a": {"prototype": {}}}');
    expect(two.map((e) => e.path)).toEqual(["constructor", "a.prototype"]);
  });

  it("rejects forbidden keys in an already-parsed object (JSON.parse makes __proto__ an own key)", () => {
    const parsed = JSON.parse('{"schemaVersion": 1, "questions": [{"__proto__": {"x": 1}}]}') as unknown;
    expect(errors(parsed)).toEqual([
      expect.objectContaining({ code: "forbidden-key", path: "questions[0].__proto__" }),
    ]);
  });

  it("rejects duplicate keys in the same object (JSON.parse would silently keep the last)", () => {
    const text = '{\n"schemaVersion": 1,\n"id": "a",\n"id": "b"\n}';
    expect(errors(text)[0]).toMatchObject({
      code: "duplicate-key",
      path: "id",
      line: 4,
      column: 1,
      message: "the key `id` appears twice in the same object",
    });
    expect(errors('{"a": {"k": 1}, "b": {"k": 1}}').map((e) => e.code)).not.toContain("duplicate-key");
  });
});
