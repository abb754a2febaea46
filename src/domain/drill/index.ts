/**
 * Public API of daily drills: plain card state and review logs, the FSRS scheduler, rating
 * suggestions, interval formatting, today's queue, topic drills, streaks, the daily goal and the
 * heatmap.
 * Pure functions over plain data; every time-dependent function takes `now` or a day.
 */
export * from "./card-state";
export * from "./scheduler";
export * from "./suggest-rating";
export { formatInterval } from "./format-interval";
export * from "./day-clock";
export * from "./daily-queue";
export * from "./topic-drill";
export * from "./activity";
export * from "./forecast";
export { seededShuffle } from "./seeded-order";
