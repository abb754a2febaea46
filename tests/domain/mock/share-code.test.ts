import { describe, expect, it } from "vitest";
import {
  buildCustomLoop,
  decodeShareCode,
  encodeShareCode,
  getTemplate,
  LOOP_TEMPLATES,
} from "../../../src/domain/mock";

const custom = () => {
  const r = buildCustomLoop({
    lane: "infra",
    sections: [
      { category: "coding", kinds: ["sql"], difficulty: ["easy", "medium"], minutes: 15, count: 1 },
      { category: "ml-fundamentals", kinds: ["choice", "numeric"], minutes: 10, count: 3 },
      { minutes: 5, count: 1 },
    ],
  });
  if (!r.ok) throw new Error("invalid test loop");
  return r.template;
};

describe("share codes", () => {
  it("round-trips every built-in template with seeds at the edges", () => {
    for (const t of LOOP_TEMPLATES) {
      for (const seed of [0, 1, 123456789, 0xffffffff]) {
        const code = encodeShareCode(t, seed);
        expect(code).toMatch(/^[A-Za-z0-9~._-]+$/);
        expect(decodeShareCode(code)).toEqual({ ok: true, template: t, seed });
      }
    }
    expect(encodeShareCode(getTemplate("applied")!, 35)).toBe("M1~applied~z");
  });

  it("round-trips a custom loop compactly (sections, kinds, difficulty, minutes, counts, lane)", () => {
    const t = custom();
    const code = encodeShareCode(t, 987654);
    expect(code).toBe("M1~custom~l62u~i~cq.em.15.1~fcn.eh.10.3~x.eh.5.1");
    expect(encodeURIComponent(code)).toBe(code);
    const back = decodeShareCode(` ${code} `);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.seed).toBe(987654);
    expect(back.template.lane).toBe("infra");
    expect(back.template.sections).toEqual(
      t.sections.map((s) => ({
        ...s,
        filter: { minDifficulty: "easy", maxDifficulty: "hard", ...s.filter },
      })),
    );
    expect(encodeShareCode(back.template, back.seed)).toBe(code);
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["X1~applied~z", 'start with "M1~"'],
    ["M1~applied", "seed"],
    ["M1~applied~Z!", "seed"],
    ["M1~applied~zzzzzzz", "out of range"],
    ["M1~frontend~1", 'no loop template "frontend"'],
    ["M1~applied~1~extra", "three parts"],
    ["M1~custom~1~q~cq.em.15.1", 'unknown lane letter "q"'],
    ["M1~custom~1~a", "at least one section"],
    ["M1~custom~1~a~cq.em.15", "section 1"],
    ["M1~custom~1~a~zq.em.15.1", 'unknown category letter "z"'],
    ["M1~custom~1~a~cz.em.15.1", 'unknown kind letter "z"'],
    ["M1~custom~1~a~cq.ex.15.1", 'unknown difficulty "ex"'],
    ["M1~custom~1~a~cq.he.15.1", "range hard–easy is empty"],
    ["M1~custom~1~a~cw.em.15.1", "no coding question is of kind written"],
    ["M1~custom~1~a~cq.em.0.1", "minutes must be"],
    ["M1~custom~1~a~cq.em.5.9", "9 questions need at least 9 minutes"],
  ])("rejects %s with a clear error", (code, fragment) => {
    const r = decodeShareCode(code);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^Invalid mock code: /);
    expect(r.error).toContain(fragment);
  });

  it("rejects an over-long code, a non-string, and an invalid seed on encode", () => {
    expect(decodeShareCode(42 as unknown as string).ok).toBe(false);
    const long = decodeShareCode("M1~" + "x".repeat(500));
    expect(!long.ok && long.error).toContain("longer than 400 characters");
    expect(() => encodeShareCode(getTemplate("infra")!, -1)).toThrow(RangeError);
    expect(() => encodeShareCode(getTemplate("infra")!, 1.5)).toThrow(RangeError);
  });
});
