import { describe, expect, it } from "vitest";
import { pythonCall, pythonLiteral } from "../../src/domain/grading/python-literal";

describe("pythonLiteral", () => {
  it("writes JSON values as Python literals", () => {
    expect(pythonLiteral([null, true, false, 1.5, 'a"b', { k: [1] }])).toBe(
      '[None, True, False, 1.5, "a\\"b", {"k": [1]}]',
    );
  });
  it("writes a call with args and kwargs", () => {
    expect(pythonCall("f", [[1, 2]], { k: 3 })).toBe("f([1, 2], k=3)");
    expect(pythonCall("g", [])).toBe("g()");
  });
});
