/**
 * The canonical topic vocabulary of the built-in bank, and the synonyms that fold older or
 * looser tags into it. Topics drive topic drills and the mock report's weak topics, so one idea
 * must have one name: `leakage` and `data leakage` are the same topic, as are `serving`,
 * `model serving` and `online inference`. Built-in questions use only `TOPICS` (a test holds
 * them to it); third-party packs may use any tags, and `canonicalTopics` maps the known synonyms.
 * Plain constants, no schema library.
 */

/** Every topic a built-in question may carry, grouped by area. */
export const TOPICS = [
  // Experiments and statistics
  "a/b testing",
  "hypothesis testing",
  "statistics",
  // Evaluation
  "model evaluation",
  "classification metrics",
  "ranking metrics",
  "calibration",
  "decision thresholds",
  "data splitting",
  "data leakage",
  "class imbalance",
  // Learning and training
  "bias-variance",
  "regularization",
  "optimization",
  "loss functions",
  "numerical stability",
  // Models and domains
  "linear models",
  "nearest neighbors",
  "tree models",
  "neural networks",
  "transformers",
  "llm",
  "unsupervised learning",
  "feature engineering",
  "nlp",
  "computer vision",
  "embeddings & retrieval",
  "recommender systems",
  "search & ranking",
  "time series",
  "trust & safety",
  // Data and ML operations
  "labeling",
  "label delay",
  "data quality",
  "data pipelines",
  "streaming",
  "training-serving skew",
  "feature store",
  "monitoring",
  "drift",
  "model serving",
  "compute & memory",
  "distributed training",
  "model compression",
  "deployment & rollout",
  "mlops",
  "retraining",
  "reproducibility",
  "incident response",
  "fairness",
  "trade-offs",
  // Coding: algorithms
  "hash maps",
  "heaps",
  "sliding window",
  "graphs",
  "sorting & searching",
  "data structures",
  "string processing",
  // Coding: SQL
  "window functions",
  "joins",
  "aggregation",
  "dates & times",
  "sessionization",
  "ctes",
  "product analytics",
  "sql pitfalls",
] as const;

export type Topic = (typeof TOPICS)[number];

/**
 * Synonyms and narrower tags → their canonical topic; `null` drops a tag that names the task
 * rather than a skill ("classification", "debugging") when the question has other topics.
 */
export const TOPIC_SYNONYMS: Readonly<Record<string, Topic | null>> = {
  // experiments and statistics
  experimentation: "a/b testing",
  peeking: "a/b testing",
  "novelty effect": "a/b testing",
  "sample ratio mismatch": "a/b testing",
  "variance reduction": "a/b testing",
  "confidence intervals": "hypothesis testing",
  "statistical power": "hypothesis testing",
  "sample size": "hypothesis testing",
  "multiple testing": "hypothesis testing",
  "probability distributions": "statistics",
  poisson: "statistics",
  "central limit theorem": "statistics",
  // evaluation
  evaluation: "model evaluation",
  metrics: "model evaluation",
  "online metrics": "model evaluation",
  "error analysis": "model evaluation",
  slicing: "model evaluation",
  "precision/recall": "classification metrics",
  "precision and recall": "classification metrics",
  "recommender evaluation": "ranking metrics",
  thresholds: "decision thresholds",
  "cross-validation": "data splitting",
  "train/test split": "data splitting",
  leakage: "data leakage",
  "point-in-time correctness": "data leakage",
  "point-in-time joins": "data leakage",
  "class balance": "class imbalance",
  resampling: null,
  // learning and training
  overfitting: "bias-variance",
  underfitting: "bias-variance",
  dropout: "regularization",
  "early stopping": "regularization",
  "hyperparameter tuning": "regularization",
  "gradient descent": "optimization",
  "learning rate": "optimization",
  adam: "optimization",
  momentum: "optimization",
  "cross-entropy": "loss functions",
  "hinge loss": "loss functions",
  "robust regression": "loss functions",
  // models and domains
  "decision trees": "tree models",
  "tree ensembles": "tree models",
  "gradient boosting": "tree models",
  "deep learning": "neural networks",
  pytorch: "neural networks",
  backpropagation: "neural networks",
  normalization: "neural networks",
  attention: "transformers",
  "llm evaluation": "llm",
  "fine-tuning": "llm",
  tokenization: "nlp",
  "object detection": "computer vision",
  clustering: "unsupervised learning",
  "dimensionality reduction": "unsupervised learning",
  "linear algebra": "unsupervised learning",
  "categorical features": "feature engineering",
  "target encoding": "feature engineering",
  "feature selection": "feature engineering",
  "feature importance": "feature engineering",
  preprocessing: "feature engineering",
  embeddings: "embeddings & retrieval",
  retrieval: "embeddings & retrieval",
  "ann index": "embeddings & retrieval",
  "candidate generation": "embeddings & retrieval",
  recommendation: "recommender systems",
  recommendations: "recommender systems",
  "cold start": "recommender systems",
  "feedback loops": "recommender systems",
  exploration: "recommender systems",
  search: "search & ranking",
  ranking: "search & ranking",
  "learning to rank": "search & ranking",
  "feed ranking": "search & ranking",
  "ctr prediction": "search & ranking",
  "multi-objective": "search & ranking",
  forecasting: "time series",
  "fraud detection": "trust & safety",
  "abuse detection": "trust & safety",
  "adversarial ml": "trust & safety",
  "content moderation": "trust & safety",
  "near-duplicate detection": "trust & safety",
  classification: null,
  regression: null,
  "eta prediction": null,
  churn: null,
  hashing: null,
  sampling: null,
  // data and ML operations
  labels: "labeling",
  "active learning": "labeling",
  "human in the loop": "labeling",
  "data validation": "data quality",
  "data contracts": "data quality",
  "schema changes": "data quality",
  "default values": "data quality",
  "missing values": "data quality",
  "data cleaning": "data quality",
  backfills: "data pipelines",
  idempotency: "data pipelines",
  "incremental builds": "data pipelines",
  upsert: "data pipelines",
  "scd type 2": "data pipelines",
  deduplication: "data pipelines",
  "feature stores": "feature store",
  alerting: "monitoring",
  "data drift": "drift",
  "concept drift": "drift",
  serving: "model serving",
  "online inference": "model serving",
  "batch inference": "model serving",
  latency: "model serving",
  autoscaling: "model serving",
  caching: "model serving",
  gpu: "compute & memory",
  memory: "compute & memory",
  "mixed precision": "compute & memory",
  quantization: "model compression",
  rollout: "deployment & rollout",
  canary: "deployment & rollout",
  "shadow deployment": "deployment & rollout",
  "ci/cd": "mlops",
  containers: "mlops",
  "infrastructure as code": "mlops",
  "model registry": "mlops",
  "training platform": "mlops",
  "experiment tracking": "mlops",
  "online learning": "retraining",
  "non-determinism": "reproducibility",
  cost: "trade-offs",
  baselines: "trade-offs",
  training: null,
  debugging: null,
  // coding: algorithms
  "two pointers": "sliding window",
  deque: "sliding window",
  "prefix sums": "sliding window",
  bfs: "graphs",
  dfs: "graphs",
  dijkstra: "graphs",
  "topological sort": "graphs",
  "union-find": "graphs",
  sorting: "sorting & searching",
  "binary search": "sorting & searching",
  intervals: "sorting & searching",
  greedy: "sorting & searching",
  scheduling: "sorting & searching",
  "linked lists": "data structures",
  simulation: "data structures",
  "string parsing": "string processing",
  // coding: SQL
  "window frames": "window functions",
  "running total": "window functions",
  "moving average": "window functions",
  "lag/lead": "window functions",
  "top-n per group": "window functions",
  "percent of total": "window functions",
  "left join": "joins",
  "anti-join": "joins",
  having: "aggregation",
  distinct: "aggregation",
  percentiles: "aggregation",
  dates: "dates & times",
  "time zones": "dates & times",
  "gaps and islands": "sessionization",
  "recursive cte": "ctes",
  funnels: "product analytics",
  retention: "product analytics",
  cohorts: "product analytics",
  nulls: "sql pitfalls",
  ties: "sql pitfalls",
  "integer division": "sql pitfalls",
};

const CANONICAL: ReadonlySet<string> = new Set(TOPICS);

/** Whether `topic` is in the canonical vocabulary. */
export function isCanonicalTopic(topic: string): topic is Topic {
  return CANONICAL.has(topic);
}

/**
 * The canonical form of one tag: itself when canonical, its synonym's topic, `null` when the
 * synonym drops it, `undefined` when the tag is unknown (neither canonical nor a synonym). Case
 * and surrounding spaces are ignored.
 */
export function canonicalTopic(tag: string): Topic | null | undefined {
  const t = tag.trim().toLowerCase();
  if (isCanonicalTopic(t)) return t;
  return Object.hasOwn(TOPIC_SYNONYMS, t) ? TOPIC_SYNONYMS[t] : undefined;
}

/**
 * A question's topics in canonical form, in their original order without duplicates. Unknown
 * tags are kept as written (so nothing is silently lost); dropped tags are removed unless that
 * would leave no topic, in which case the first tag is kept as written.
 */
export function canonicalTopics(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const c = canonicalTopic(tag);
    const t = c === undefined ? tag : c;
    if (t !== null && !out.includes(t)) out.push(t);
  }
  return out.length > 0 || tags.length === 0 ? out : [tags[0]!];
}
