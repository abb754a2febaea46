/**
 * Share codes: a compact, URL-safe string carrying a loop (a built-in id, or the sections of a
 * custom loop) and the seed, so the same mock can be taken again or sent to a friend.
 *
 * Format (fields joined by `~`, all characters URL-safe):
 * - built-in: `M1~<templateId>~<seed base 36>`, e.g. `M1~applied~1x3f9k`
 * - custom:   `M1~custom~<seed>~<lane a|i|d|x>~<section>~<section>…`, a section being
 *   `<category c|f|s|d|x><kind letters>.<difficulty lo><hi>.<minutes>.<count>`, e.g. `cq.em.15.1`
 *   = coding, sql, easy–medium, 15 minutes, 1 question. Custom titles are not carried.
 */
import type { Category, Difficulty, Lane, QuestionKind } from "../packs";
import { buildCustomLoop, CUSTOM_TEMPLATE_ID, type CustomSectionInput } from "./custom-loop";
import { isSeed } from "./random";
import { getTemplate, type LoopTemplate, type SectionSpec } from "./templates";

const VERSION = "M1";
const MAX_CODE_LENGTH = 400;

const CAT: Record<string, Category> = {
  c: "coding",
  f: "ml-fundamentals",
  s: "system-design",
  d: "debugging",
};
const KIND: Record<string, QuestionKind> = {
  p: "python",
  q: "sql",
  c: "choice",
  n: "numeric",
  w: "written",
  g: "design",
  i: "incident",
};
const DIFF: Record<string, Difficulty> = { e: "easy", m: "medium", h: "hard" };
const LANE: Record<string, Lane> = { a: "applied", i: "infra", d: "data-centric" };

const letterOf = <T>(table: Record<string, T>, value: T | undefined, none: string) =>
  value === undefined ? none : (Object.keys(table).find((k) => table[k] === value) ?? none);

export type DecodeResult = { ok: true; template: LoopTemplate; seed: number } | { ok: false; error: string };

function encodeSection(s: SectionSpec): string {
  const f = s.filter;
  const kinds = (f.kinds ?? []).map((k) => letterOf(KIND, k, "")).join("");
  const diff = letterOf(DIFF, f.minDifficulty, "e") + letterOf(DIFF, f.maxDifficulty, "h");
  return `${letterOf(CAT, f.category, "x")}${kinds}.${diff}.${s.minutes}.${s.count}`;
}

/**
 * Encode `template` and `seed` as a share code. Built-in templates are referenced by id; any
 * other template is encoded section by section (category, kinds, difficulty, minutes, count);
 * a section-level lane override is not representable and is dropped. Throws a RangeError for
 * an invalid seed (a caller bug).
 */
export function encodeShareCode(template: LoopTemplate, seed: number): string {
  if (!isSeed(seed)) throw new RangeError(`Invalid seed ${seed}: expected an integer in [0, 2^32)`);
  const s36 = seed.toString(36);
  if (template.id !== CUSTOM_TEMPLATE_ID && getTemplate(template.id))
    return [VERSION, template.id, s36].join("~");
  return [
    VERSION,
    CUSTOM_TEMPLATE_ID,
    s36,
    letterOf(LANE, template.lane, "x"),
    ...template.sections.map(encodeSection),
  ].join("~");
}

function decodeSection(token: string, n: number): CustomSectionInput | string {
  const bad = (why: string) => `section ${n} ("${token}") ${why}`;
  const m = /^([a-z])([a-z]*)\.([a-z])([a-z])\.(\d{1,3})\.(\d{1,2})$/.exec(token);
  if (!m) return bad("is not of the form <category><kinds>.<difficulty>.<minutes>.<count>");
  const [, cat = "", kinds = "", lo = "", hi = "", minutes = "", count = ""] = m;
  if (cat !== "x" && !CAT[cat]) return bad(`has an unknown category letter "${cat}"`);
  const kindList: QuestionKind[] = [];
  for (const k of kinds) {
    const kind = KIND[k];
    if (!kind) return bad(`has an unknown kind letter "${k}"`);
    kindList.push(kind);
  }
  const dlo = DIFF[lo];
  const dhi = DIFF[hi];
  if (!dlo || !dhi) return bad(`has an unknown difficulty "${lo}${hi}"`);
  return {
    ...(cat !== "x" ? { category: CAT[cat] } : {}),
    ...(kindList.length ? { kinds: kindList } : {}),
    difficulty: [dlo, dhi],
    minutes: Number(minutes),
    count: Number(count),
  };
}

/**
 * Decode a share code (surrounding whitespace ignored). Never throws: a malformed, truncated or
 * out-of-range code gives `{ ok: false, error }` with a message saying what is wrong. A custom
 * loop is rebuilt (and revalidated) with `buildCustomLoop`.
 */
export function decodeShareCode(code: string): DecodeResult {
  const fail = (error: string): DecodeResult => ({ ok: false, error: `Invalid mock code: ${error}.` });
  if (typeof code !== "string" || code.trim() === "") return fail("the code is empty");
  const text = code.trim();
  if (text.length > MAX_CODE_LENGTH) return fail(`the code is longer than ${MAX_CODE_LENGTH} characters`);
  const parts = text.split("~");
  const [version, id = "", s36 = ""] = parts;
  if (version !== VERSION) return fail(`it should start with "${VERSION}~"`);
  if (!/^[0-9a-z]{1,7}$/.test(s36)) return fail("the seed is missing or not base-36");
  const seed = parseInt(s36, 36);
  if (!isSeed(seed)) return fail("the seed is out of range");
  if (id !== CUSTOM_TEMPLATE_ID) {
    const template = getTemplate(id);
    if (!template) return fail(`there is no loop template "${id}"`);
    if (parts.length !== 3) return fail("a built-in loop code has exactly three parts");
    return { ok: true, template, seed };
  }
  const [, , , laneLetter = "", ...tokens] = parts;
  if (laneLetter !== "x" && !LANE[laneLetter]) return fail(`unknown lane letter "${laneLetter}"`);
  if (tokens.length === 0) return fail("a custom loop needs at least one section");
  const sections: CustomSectionInput[] = [];
  for (const [i, token] of tokens.entries()) {
    const s = decodeSection(token, i + 1);
    if (typeof s === "string") return fail(s);
    sections.push(s);
  }
  const lane = LANE[laneLetter];
  const built = buildCustomLoop({ sections, ...(lane ? { lane } : {}) });
  if (!built.ok) return fail(built.issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  return { ok: true, template: built.template, seed };
}
