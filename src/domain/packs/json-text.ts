/**
 * Safe reading of pack JSON text, before and instead of trusting JSON.parse: a size check on the
 * raw text, then one iterative pass (no recursion, so hostile nesting cannot overflow the stack)
 * that reports syntax errors with line and column, nesting deeper than the limit, duplicate keys
 * and forbidden keys (`__proto__`…), each with its path. Only text that passes is JSON.parsed.
 */
import {
  FORBIDDEN_KEYS,
  MAX_ERRORS,
  forbiddenKeyError,
  formatPath,
  lineColumn,
  type PackError,
  type PathSegment,
} from "./pack-errors";
import { formatBytes, scanString, utf8Length } from "./json-lexing";

/** Limits applied to untrusted pack text. */
export interface JsonLimits {
  /** Largest accepted text, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of objects/arrays (the pack object itself is depth 1). */
  maxDepth: number;
}

interface Frame {
  obj: boolean;
  index: number;
  key: string | undefined;
  keys: Set<string> | undefined;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Check `text` and parse it. Returns the value, or the errors (one for a syntax, size or depth
 * problem; possibly several for duplicate or forbidden keys). A leading BOM is ignored.
 */
export function readJsonText(
  text: string,
  limits: JsonLimits,
): { ok: true; value: unknown } | { ok: false; errors: PackError[] } {
  if (text.length > limits.maxBytes || utf8Length(text) > limits.maxBytes) {
    const size =
      text.length > 4 * limits.maxBytes
        ? `over ${formatBytes(4 * limits.maxBytes)}`
        : formatBytes(utf8Length(text));
    return {
      ok: false,
      errors: [
        {
          code: "too-large",
          path: "",
          message: `the file is ${size}; the limit is ${formatBytes(limits.maxBytes)}`,
          fix: "Split the pack into several smaller packs.",
        },
      ],
    };
  }
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: PackError[] = [];
  const stack: Frame[] = [];
  const path = (): PathSegment[] =>
    stack.map((f) => (f.obj ? (f.key ?? "") : f.index)).filter((s) => s !== "");
  const syntax = (at: number, message: string, fix: string) => {
    const { line, column } = lineColumn(src, at);
    return {
      ok: false as const,
      errors: [
        {
          code: "invalid-json" as const,
          path: formatPath(path()),
          message: `invalid JSON at line ${line}, column ${column}: ${message}`,
          fix,
          line,
          column,
        },
      ],
    };
  };
  const describe = (at: number) => (at >= src.length ? "the end of the text" : `\`${src[at]}\``);

  // expect: "value" | "value-or-]" | "key-or-}" | "key" | ":" | "after"
  let expect = "value";
  let afterComma = false;
  let pos = 0;
  let done = false;
  const afterValue = () => {
    if (stack.length === 0) done = true;
    else expect = "after";
  };
  while (true) {
    while (pos < src.length && WS.has(src.charCodeAt(pos))) pos++;
    if (pos >= src.length) {
      if (done) break;
      return syntax(pos, "the text ends too early", 'Check for a missing `}`, `]` or `"`.');
    }
    if (done)
      return syntax(
        pos,
        `unexpected ${describe(pos)} after the end of the pack`,
        "Remove the extra text, or wrap the values in one object.",
      );
    const ch = src[pos]!;
    if (expect === "value" || expect === "value-or-]") {
      if (ch === "{" || ch === "[") {
        if (stack.length >= limits.maxDepth) {
          return {
            ok: false,
            errors: [
              {
                code: "too-deep",
                path: formatPath(path()),
                message: `nesting is deeper than ${limits.maxDepth} levels`,
                fix: "Flatten this value; packs never need such deep nesting.",
              },
            ],
          };
        }
        const obj = ch === "{";
        stack.push({ obj, index: 0, key: undefined, keys: obj ? new Set() : undefined });
        expect = obj ? "key-or-}" : "value-or-]";
        afterComma = false;
        pos++;
      } else if (ch === "]" && expect === "value-or-]") {
        stack.pop();
        pos++;
        afterValue();
      } else if (ch === '"') {
        const end = scanString(src, pos);
        if (typeof end !== "number") return syntax(end.at, end.message, end.fix);
        pos = end;
        afterValue();
      } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
        NUMBER.lastIndex = pos;
        if (!NUMBER.test(src))
          return syntax(
            pos,
            "malformed number",
            "Write numbers like 3, -0.5 or 1e-6 (no leading zeros, no trailing dot).",
          );
        pos = NUMBER.lastIndex;
        afterValue();
      } else if (src.startsWith("true", pos) || src.startsWith("null", pos) || src.startsWith("false", pos)) {
        pos += ch === "f" ? 5 : 4;
        afterValue();
      } else if (ch === "]" && afterComma) {
        return syntax(pos, "trailing comma before `]`", "Remove the last comma in the list.");
      } else {
        return syntax(
          pos,
          `unexpected ${describe(pos)}; expected a value`,
          "Values are strings in double quotes, numbers, true, false, null, objects or lists.",
        );
      }
    } else if (expect === "key-or-}" || expect === "key") {
      const top = stack[stack.length - 1]!;
      if (ch === "}" && expect === "key-or-}") {
        stack.pop();
        pos++;
        afterValue();
      } else if (ch === '"') {
        const end = scanString(src, pos);
        if (typeof end !== "number") return syntax(end.at, end.message, end.fix);
        const key = JSON.parse(src.slice(pos, end)) as string;
        top.key = key;
        const here = formatPath(path());
        if (FORBIDDEN_KEYS.has(key)) errors.push(forbiddenKeyError(here, key));
        else if (top.keys!.has(key)) {
          const { line, column } = lineColumn(src, pos);
          errors.push({
            code: "duplicate-key",
            path: here,
            message: `the key \`${key}\` appears twice in the same object`,
            fix: "Keep only one of them (JSON readers silently drop the first).",
            line,
            column,
          });
        }
        top.keys!.add(key);
        if (errors.length >= MAX_ERRORS) return { ok: false, errors };
        pos = end;
        expect = ":";
      } else if (ch === "}") {
        return syntax(pos, "trailing comma before `}`", "Remove the last comma in the object.");
      } else {
        return syntax(
          pos,
          `unexpected ${describe(pos)}; expected a property name in double quotes`,
          'Write keys as "name": value.',
        );
      }
    } else if (expect === ":") {
      if (ch !== ":")
        return syntax(
          pos,
          `unexpected ${describe(pos)}; expected \`:\` after the property name`,
          "Add a `:` between the key and its value.",
        );
      pos++;
      expect = "value";
      afterComma = false;
    } else {
      const top = stack[stack.length - 1]!;
      const close = top.obj ? "}" : "]";
      if (ch === ",") {
        pos++;
        if (top.obj) expect = "key";
        else {
          top.index++;
          expect = "value";
        }
        afterComma = true;
      } else if (ch === close) {
        stack.pop();
        pos++;
        afterValue();
      } else {
        return syntax(
          pos,
          `unexpected ${describe(pos)}; expected \`,\` or \`${close}\``,
          "Check for a missing comma or bracket.",
        );
      }
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: JSON.parse(src) };
}
