import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { FIRST_PACKS, orderBuiltinFiles } from "../../src/store/builtin-packs";

describe("built-in pack order", () => {
  it("puts the foundational packs first, then the rest by name with each sequel after its first part", () => {
    expect(
      orderBuiltinFiles([
        "debugging-2.json",
        "zeta.json",
        "incidents-10.json",
        "incidents-3.json",
        "sql.json",
        "alpha.json",
        "incidents.json",
        "python-ml.json",
        "alpha-2.json",
      ]),
    ).toEqual([
      "python-ml.json",
      "sql.json",
      "incidents.json",
      "alpha.json",
      "alpha-2.json",
      "debugging-2.json",
      "incidents-3.json",
      "incidents-10.json",
      "zeta.json",
    ]);
  });

  it("names only packs that exist, and the first of them leads the list", () => {
    const files = readdirSync(resolve(__dirname, "../../questions"));
    for (const id of FIRST_PACKS) expect(files).toContain(`${id}.json`);
    expect(orderBuiltinFiles(files)[0]).toBe(`${FIRST_PACKS[0]}.json`);
  });
});
