/**
 * Safety checks on an already-parsed value (a pack handed over as an object rather than text):
 * nesting depth, forbidden keys such as `__proto__` (JSON.parse makes it an own property), and a
 * bound on the number of nodes so shared or cyclic references cannot make the walk explode.
 * Iterative with an explicit stack: hostile nesting cannot overflow the call stack.
 */
import {
  FORBIDDEN_KEYS,
  MAX_ERRORS,
  forbiddenKeyError,
  formatPath,
  type PackError,
  type PathSegment,
} from "./pack-errors";

/** Upper bound on objects/arrays/values visited (a 5 MB pack has far fewer). */
export const MAX_NODES = 2_000_000;

/** Errors for `value`, empty when it is safe to validate. */
export function checkValue(value: unknown, maxDepth: number): PackError[] {
  const errors: PackError[] = [];
  const stack: { v: unknown; path: PathSegment[] }[] = [{ v: value, path: [] }];
  let visited = 0;
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (++visited > MAX_NODES) {
      return [
        {
          code: "too-large",
          path: "",
          message: `more than ${MAX_NODES} values`,
          fix: "Split the pack into several smaller packs.",
        },
      ];
    }
    if (v === null || typeof v !== "object") continue;
    if (path.length >= maxDepth) {
      return [
        {
          code: "too-deep",
          path: formatPath(path),
          message: `nesting is deeper than ${maxDepth} levels`,
          fix: "Flatten this value; packs never need such deep nesting.",
        },
      ];
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) {
        errors.push(forbiddenKeyError(formatPath([...path, key]), key));
        if (errors.length >= MAX_ERRORS) return errors;
        continue;
      }
      stack.push({ v: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return errors;
}
