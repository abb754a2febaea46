import { describe, expect, it } from "vitest";
import { repairDrillSession } from "../../src/store/drill-slice";
import { migrateSettings, repairSettings } from "../../src/store/persistence";

const daily = { day: "2026-11-27", keys: ["p/a", "p/b"], index: 1 };

describe("repairDrillSession with topic drills", () => {
  it("reads a save from before topic drills as the daily session it was", () => {
    expect(repairDrillSession(daily)).toEqual(daily);
    expect(repairDrillSession(daily)).not.toHaveProperty("topics");
    expect(migrateSettings({ theme: "dark", drillSession: daily }, 1).drillSession).toEqual(daily);
  });

  it("keeps a topic drill's topics through a save and reload", () => {
    const topic = { ...daily, topics: ["pandas", "SQL joins"] };
    const reloaded = repairSettings(JSON.parse(JSON.stringify(repairSettings({ drillSession: topic }))));
    expect(reloaded.drillSession).toEqual(topic);
  });

  it("drops bad topics, and a topic drill left with none, instead of guessing", () => {
    expect(repairDrillSession({ ...daily, topics: ["pandas", 3, "", null] })?.topics).toEqual(["pandas"]);
    expect(repairDrillSession({ ...daily, topics: [] })).toBeNull();
    expect(repairDrillSession({ ...daily, topics: "pandas" })).toBeNull();
    expect(repairDrillSession({ ...daily, topics: [" "] })).toBeNull();
  });

  it("still clamps the index and refuses a damaged topic drill", () => {
    expect(repairDrillSession({ ...daily, index: 7, topics: ["t"] })).toEqual({
      ...daily,
      index: 2,
      topics: ["t"],
    });
    expect(repairDrillSession({ ...daily, keys: [], topics: ["t"] })).toBeNull();
    expect(repairDrillSession({ ...daily, day: "soon", topics: ["t"] })).toBeNull();
  });
});
