/** Seeded randomness now lives in domain/random; re-exported for the mock modules. */
export * from "../random";
