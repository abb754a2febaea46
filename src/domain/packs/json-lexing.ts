/**
 * Small lexing helpers for the pack JSON reader: the UTF-8 size of text, a human size, and the
 * scanner of one JSON string literal that explains what is wrong with a bad one (LaTeX written
 * with single backslashes is the usual culprit in packs).
 */

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** `5.0 MB` / `12 KB`. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Scan a JSON string starting at the opening quote; returns the offset after the closing quote. */
export function scanString(
  src: string,
  start: number,
): number | { at: number; message: string; fix: string } {
  let i = start + 1;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const e = src[i + 1];
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6)))
          return { at: i, message: "bad \\u escape", fix: "Write \\u followed by four hex digits." };
        i += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else
        return {
          at: i,
          message: `bad escape \`\\${e ?? ""}\` in a string`,
          fix: "Write a backslash as \\\\ (e.g. in LaTeX: \\\\frac).",
        };
    } else if (c < 0x20) {
      return {
        at: i,
        message: "line break or control character inside a string",
        fix: "Write line breaks inside strings as \\n.",
      };
    } else i++;
  }
  return { at: start, message: "string is never closed", fix: 'Add the closing `"`.' };
}
