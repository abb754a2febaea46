import { describe, expect, it } from "vitest";
import {
  TOPICS,
  TOPIC_SYNONYMS,
  canonicalTopic,
  canonicalTopics,
  isCanonicalTopic,
} from "../../../src/domain/packs/topics";

describe("topic vocabulary", () => {
  it("is a list of about sixty distinct, lower-case topics", () => {
    expect(new Set(TOPICS).size).toBe(TOPICS.length);
    expect(TOPICS.length).toBeGreaterThanOrEqual(50);
    expect(TOPICS.length).toBeLessThanOrEqual(75);
    for (const t of TOPICS) expect(t).toBe(t.trim().toLowerCase());
  });

  it("maps every synonym to a canonical topic (or drops it), and no synonym is itself canonical", () => {
    for (const [tag, topic] of Object.entries(TOPIC_SYNONYMS)) {
      expect(isCanonicalTopic(tag), tag).toBe(false);
      if (topic !== null) expect(isCanonicalTopic(topic), `${tag} → ${topic}`).toBe(true);
    }
  });

  it("folds the review's synonyms into one topic each", () => {
    expect(canonicalTopic("leakage")).toBe("data leakage");
    expect(canonicalTopic("data leakage")).toBe("data leakage");
    expect(canonicalTopic("thresholds")).toBe("decision thresholds");
    for (const t of ["recommendation", "recommendations", "recommender systems"])
      expect(canonicalTopic(t)).toBe("recommender systems");
    for (const t of ["serving", "model serving", "online inference"])
      expect(canonicalTopic(t)).toBe("model serving");
    expect(canonicalTopic("precision/recall")).toBe(canonicalTopic("precision and recall"));
    expect(canonicalTopic("  Data Leakage ")).toBe("data leakage");
  });

  it("says null for a dropped tag and undefined for an unknown one", () => {
    expect(canonicalTopic("classification")).toBeNull();
    expect(canonicalTopic("quantum annealing")).toBeUndefined();
  });
});

describe("canonicalTopics", () => {
  it("keeps order, removes duplicates after mapping and drops task-type tags", () => {
    expect(canonicalTopics(["leakage", "data leakage", "classification", "metrics"])).toEqual([
      "data leakage",
      "model evaluation",
    ]);
  });

  it("keeps unknown tags as written", () => {
    expect(canonicalTopics(["quantum annealing", "serving"])).toEqual(["quantum annealing", "model serving"]);
  });

  it("never leaves a question without a topic", () => {
    expect(canonicalTopics(["classification"])).toEqual(["classification"]);
    expect(canonicalTopics([])).toEqual([]);
  });
});
