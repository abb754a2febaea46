/**
 * Reading a function call's arguments as a Python programmer types them — `[1, 2], k=3`,
 * `"abc", None`, `{"a": (1, 2)}` — into JSON values, for a Run on custom input. It is the inverse
 * of `pythonCall` in python-literal.ts for the values a question's cases can carry: numbers,
 * strings, True/False/None, lists and tuples (both become lists, as in the cases), and dicts with
 * string keys. Anything else is refused with the position and what was expected.
 */

export type ParsedArgs =
  { ok: true; args: unknown[]; kwargs: Record<string, unknown> } | { ok: false; message: string };

class ParseError extends Error {}

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const NUMBER = /[+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?/y;

/** Parse the text between the parentheses of a call: positional then keyword arguments. */
export function parseCallArgs(text: string): ParsedArgs {
  const p = new Parser(text);
  try {
    const args: unknown[] = [];
    const kwargs: Record<string, unknown> = {};
    p.space();
    while (!p.done()) {
      const name = p.keywordName();
      if (name !== null) {
        if (Object.prototype.hasOwnProperty.call(kwargs, name))
          p.fail(`the keyword argument ${name} is given twice`);
        kwargs[name] = p.value();
      } else {
        if (Object.keys(kwargs).length) p.fail("a positional argument cannot follow a keyword argument");
        args.push(p.value());
      }
      p.space();
      if (p.done()) break;
      p.expect(",");
      p.space();
    }
    return { ok: true, args, kwargs };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, message: e.message };
    throw e;
  }
}

class Parser {
  i = 0;
  constructor(readonly s: string) {}

  done() {
    return this.i >= this.s.length;
  }
  space() {
    while (!this.done() && /\s/.test(this.s[this.i]!)) this.i++;
  }
  fail(what: string): never {
    throw new ParseError(`At character ${this.i + 1}: ${what}.`);
  }
  expect(ch: string) {
    if (this.s[this.i] !== ch)
      this.fail(this.done() ? `expected “${ch}” but the input ended` : `expected “${ch}”`);
    this.i++;
  }

  /** `name=` (not `name==`) at the cursor: consumes it and returns the name; else null. */
  keywordName(): string | null {
    IDENT.lastIndex = this.i;
    const m = IDENT.exec(this.s);
    if (!m) return null;
    let j = this.i + m[0].length;
    while (j < this.s.length && /\s/.test(this.s[j]!)) j++;
    if (this.s[j] !== "=" || this.s[j + 1] === "=") return null;
    if (["True", "False", "None"].includes(m[0])) this.fail(`${m[0]} cannot be a keyword`);
    this.i = j + 1;
    return m[0];
  }

  value(): unknown {
    this.space();
    if (this.done()) this.fail("expected a value but the input ended");
    const c = this.s[this.i]!;
    if (c === "[") return this.sequence("[", "]");
    if (c === "(") return this.sequence("(", ")");
    if (c === "{") return this.dict();
    if (c === '"' || c === "'") return this.string();
    IDENT.lastIndex = this.i;
    const word = IDENT.exec(this.s)?.[0];
    if (word === "True" || word === "False" || word === "None") {
      this.i += word.length;
      return word === "True" ? true : word === "False" ? false : null;
    }
    if (word === "float") return this.floatCall();
    NUMBER.lastIndex = this.i;
    const num = NUMBER.exec(this.s)?.[0];
    if (num && /\d/.test(num)) {
      this.i += num.length;
      const n = Number(num.replace(/_/g, ""));
      if (!Number.isFinite(n)) this.fail(`${num} is not a finite number`);
      return n;
    }
    this.fail(
      word
        ? `${word} is not a value (use numbers, strings, True, False, None, lists, tuples or dicts)`
        : `unexpected “${c}”`,
    );
  }

  floatCall(): number {
    this.i += "float".length;
    this.space();
    this.expect("(");
    this.space();
    const arg = this.string().toLowerCase();
    this.space();
    this.expect(")");
    if (arg === "inf" || arg === "+inf" || arg === "infinity") return Infinity;
    if (arg === "-inf" || arg === "-infinity") return -Infinity;
    if (arg === "nan") return NaN;
    this.fail(`float("${arg}") is not supported`);
  }

  sequence(open: string, close: string): unknown[] {
    this.expect(open);
    const out: unknown[] = [];
    this.space();
    while (this.s[this.i] !== close) {
      if (this.done()) this.fail(`“${open}” is not closed`);
      out.push(this.value());
      this.space();
      if (this.s[this.i] === ",") {
        this.i++;
        this.space();
      } else if (this.done()) this.fail(`“${open}” is not closed`);
      else if (this.s[this.i] !== close) this.fail(`expected “,” or “${close}”`);
    }
    this.i++;
    return out;
  }

  dict(): Record<string, unknown> {
    this.expect("{");
    const out: Record<string, unknown> = {};
    this.space();
    while (this.s[this.i] !== "}") {
      if (this.done()) this.fail("“{” is not closed");
      if (this.s[this.i] !== '"' && this.s[this.i] !== "'")
        this.fail("dict keys must be strings (they are passed as JSON)");
      const key = this.string();
      this.space();
      this.expect(":");
      Object.defineProperty(out, key, {
        value: this.value(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.space();
      if (this.s[this.i] === ",") {
        this.i++;
        this.space();
      } else if (this.done()) this.fail("“{” is not closed");
      else if (this.s[this.i] !== "}") this.fail("expected “,” or “}”");
    }
    this.i++;
    return out;
  }

  string(): string {
    const quote = this.s[this.i];
    if (quote !== '"' && quote !== "'") this.fail("expected a string");
    this.i++;
    let out = "";
    for (;;) {
      if (this.done()) this.fail("a string is not closed");
      const c = this.s[this.i++]!;
      if (c === quote) return out;
      if (c === "\n") this.fail("a string is not closed before the end of the line");
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = this.s[this.i++];
      const simple: Record<string, string> = {
        n: "\n",
        t: "\t",
        r: "\r",
        "\\": "\\",
        "'": "'",
        '"': '"',
        "0": "\0",
      };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === "u" || e === "x") {
        const len = e === "u" ? 4 : 2;
        const hex = this.s.slice(this.i, this.i + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) this.fail(`\\${e} needs ${len} hex digits`);
        out += String.fromCharCode(parseInt(hex, 16));
        this.i += len;
      } else this.fail(`unknown escape \\${e ?? ""}`);
    }
  }
}
