/**
 * A fixture of answers to real bank questions, one of each kind per question: a good answer in
 * the candidate's own words (paraphrase), a list of terms (keyword list), an answer that uses the
 * rubric's terms to say the wrong thing (negated), and an answer far too short to judge. The text
 * is original, written for this fixture; `measure.ts` runs the app's rubric suggestions on it.
 */
export type AnswerKind = "paraphrase" | "keyword-list" | "negated" | "too-short";

export interface FixtureQuestion {
  packId: string;
  questionId: string;
  /** The rubric question type: a written answer, a written debugging answer, a design. */
  type: "written" | "debugging" | "design";
  /** Answer parts by field id ("answer" for written questions, section ids for designs). */
  answers: Record<AnswerKind, Record<string, string>>;
}

export const FIXTURE: readonly FixtureQuestion[] = [
  {
    packId: "ml-fundamentals",
    questionId: "srm-detected-response",
    type: "written",
    answers: {
      paraphrase: {
        answer: `I would tell the PM we can't ship on this result. A fair 50/50 split of two million users lands within a couple of thousand of a million per arm, so a 24,000 gap means users went missing from treatment for a reason that is not random. The two groups are then no longer comparable, and the lift mixes the real effect with a selection effect whose size and even sign we don't know: if the new checkout breaks on some old phones and those people never get recorded, treatment quietly loses its least likely buyers and looks better than it is.

To find the cause I would break the ratio down by browser, operating system, app version, country and day, and look for where the gap concentrates. Then I'd follow a user from assignment to the exposure event in both arms: an extra redirect, a crash on the new page, a different trigger point, a bot filter reacting to the new page, or a CDN serving the old variant. Fix it, then rerun the experiment.`,
      },
      "keyword-list": {
        answer: `SRM
- don't trust
- biased
- slicing
- browser / app version
- redirects, crashes, bots
- rerun`,
      },
      negated: {
        answer: `A ratio this close to 50/50 is fine and I would trust the lift: the arms are comparable and there is no bias. There is no need to slice by browser or segment, the page does not redirect, and bots are not involved. Don't rerun, ship it this week.`,
      },
      "too-short": { answer: "Don't ship, rerun." },
    },
  },
  {
    packId: "ml-fundamentals",
    questionId: "fraud-imbalance-strategy",
    type: "written",
    answers: {
      paraphrase: {
        answer: `Training: with one fraud in a thousand I'd keep every fraud and randomly downsample the legitimate transactions to a few percent of them, or give the fraud class a bigger weight in the loss; both are cheaper and more stable than synthetic oversampling. Either way the scores no longer equal real fraud rates, so if anyone reads them as probabilities I'd correct for the sampling rate or recalibrate on untouched validation data.

Metrics: plain accuracy is meaningless here and ROC-AUC flatters a model with this many negatives. What matters is the top of the list, so I'd report precision and recall among the 500 highest-scored transactions per day, plus average precision.

Threshold: the team reviews 500 cases a day, so the cut-off is the score of roughly the 500th transaction of a typical day, or the point where the expected cost of a missed fraud outweighs a review, and I'd keep an eye on the daily alert volume.

Validation is split by time, and the last 60 days are left out or treated as unlabelled because chargebacks have not arrived yet.`,
      },
      "keyword-list": {
        answer: `downsampling, class weights, recalibration, precision@k, PR-AUC, top 500, time-based, label delay`,
      },
      negated: {
        answer: `Imbalance is not a real problem for gradient boosting, so no downsampling and no reweighting; calibration is unnecessary because we only rank. Accuracy and ROC-AUC are enough, I would not use precision@k. The label delay does not matter, a random split is fine.`,
      },
      "too-short": { answer: "Class weights and PR-AUC." },
    },
  },
  {
    packId: "debugging",
    questionId: "skew-future-data-daily-aggregate",
    type: "debugging",
    answers: {
      paraphrase: {
        answer: `This is leakage, and the table gives it away: for legitimate transactions the offline and online counts agree, but for fraud the offline value is several times the online one. The training join takes the card's statistics for the same calendar day, computed at 23:59, so a transaction at 9 a.m. is trained with a count that includes everything the card did for the rest of that day. Stolen cards are used in bursts, so for fraud the count contains the rest of the attack: the model learned to read the future, which the streaming job at serving time cannot do. The random holdout is built with the same join, hence 0.94.

To confirm, I'd recompute the feature for the 10,000 sampled transactions from raw events, counting only the 24 hours before each timestamp, and check it matches the logged online values; then train with the corrected feature and evaluate on a later period.

Fix: build training rows with a point-in-time join (only events strictly before the transaction), or better, log the feature values the service actually used and train on those. Going forward, a daily job compares logged online features with offline recomputation, and validation always uses a later time window.`,
      },
      "keyword-list": {
        answer: `leakage
skew
future data
same day join
recompute
point-in-time
retrain
parity`,
      },
      negated: {
        answer: `There is no leakage or skew here; the online drop is ordinary distribution shift in fraud patterns. The daily aggregate is fine and the join doesn't need to be point-in-time. Don't recompute anything and no need to retrain, just wait for the labels to mature.`,
      },
      "too-short": { answer: "Future data in the join." },
    },
  },
  {
    packId: "debugging",
    questionId: "serving-memory-leak-cache",
    type: "debugging",
    answers: {
      paraphrase: {
        answer: `Memory climbs by about a gigabyte every two hours in a straight line while traffic is flat, so it follows the number of requests served and never levels off. Together with a cache that has never served a single entry twice, that points at the dictionary in Scorer: its key includes the request id, which is unique for every request, so each call adds an entry that is never read again and never removed. The dict grows until the pod is killed.

To confirm, I'd export len(self.cache) as a metric, or take two heap snapshots an hour apart with tracemalloc and compare which allocations grew.

Fix: delete the cache, since a prediction for a one-off request can't be reused; if there is real reuse, key it on what actually repeats (user id plus model version) and use a size-limited LRU with a TTL.

Safeguards: a soak test replaying a few hours of traffic before each release, an alert on steady memory growth per pod and on the cache never hitting, and readiness probes with graceful draining so a restart doesn't produce 5xx errors.`,
      },
      "keyword-list": {
        answer: `- linear growth per request
- request_id unique, unbounded
- tracemalloc / heap profiler
- LRU, TTL, maxsize
- soak test, memory alert`,
      },
      negated: {
        answer: `This is not a leak in our code: memory growth is not linear per request, it is the GPU driver. The cache is bounded and the request_id key is fine; no need for tracemalloc or a profiler. Just raise the memory limit, no LRU or soak test needed.`,
      },
      "too-short": { answer: "Unbounded cache keyed by request_id." },
    },
  },
  {
    packId: "system-design",
    questionId: "model-ci-cd-pipeline",
    type: "design",
    answers: {
      paraphrase: {
        requirements: `Two things change: the code (features, model, serving) and the data each scheduled training run sees. Every artefact gets an immutable version. Routine retrains should go out with nobody involved when every check passes; new features or pricing logic need a person to sign off. Any release must be revertible within a minute, and each promotion is logged so we can audit who shipped what and why.`,
        ci: `On each pull request: unit tests for every feature transformation, including nulls and currency edge cases; checks that input tables still have the expected columns, types and ranges; a ten-minute training run on a small sample from ingestion to a packaged model; and a test that feeds the same raw requests through the offline pipeline and the online service and requires identical features and predictions.`,
        gates: `Before any traffic the candidate must pass: checks of the training data (row counts, null rates, feature distributions compared with last week), an evaluation against the current production model on the same recent holdout and on important slices such as new users and top categories with a no-worse-than rule, sanity ranges on its outputs, and a load test at peak QPS measuring p99 latency and memory, which would have caught the bigger embedding table.`,
        shadow: `Then the model runs beside production and we mirror live requests to it; its answers are logged but never used. Over a day we compare the distribution of its predictions with production's, how often the two disagree, and its error rate and latency under real load.`,
        canary: `Next comes 1% of users, then 5, 25 and 100%, each step held for a few hours. An automated comparison of the new model against the baseline on errors, latency, average price and conversion rolls it back by itself as soon as a guardrail is breached.`,
        rollback: `Serving looks the model up through a registry alias, so going back means pointing the alias at the previous version, which stays loaded and warm; recovery takes seconds. No automatic promotions on Friday evenings or during big sales.`,
      },
      "keyword-list": {
        requirements: "code changes, retrain, rollback, audit, approval",
        ci: "unit tests, schema, contract, parity, smoke",
        gates: "data validation, non-regression, slices, load test",
        shadow: "mirror, not served, disagreement",
        canary: "1% of traffic, ramp, guardrail, automatic rollback",
        rollback: "alias, pointer, previous version, warm",
      },
      negated: {
        requirements:
          "No rollback or audit trail needed; retrains are routine and approval would slow us down.",
        ci: "Skip unit tests and contract tests, they are slow. Parity tests are overkill.",
        gates: "No data validation and no load test: the offline metric is enough, slices don't matter.",
        shadow: "Shadow mode is a waste of compute; we never mirror traffic.",
        canary: "A canary is unnecessary, go straight to 100% without guardrails or automatic rollback.",
        rollback: "No alias or previous version kept warm: redeploy from scratch if something breaks.",
      },
      "too-short": { canary: "Canary, then ramp." },
    },
  },
  {
    packId: "system-design",
    questionId: "two-tower-embedding-retrieval",
    type: "design",
    answers: {
      paraphrase: {
        model: `The user tower pools the embeddings of recently watched videos and adds country, device and time of day. The item tower combines an ID embedding with the title text, thumbnail features, category and creator. The score is the dot product of the two vectors, so every video vector can be computed ahead of time and indexed; and since a video uploaded two minutes ago has no watch history, its content inputs are what make it retrievable on cold start.`,
        training: `Positives are watches that lasted a meaningful share of the video, not bare clicks. I'd train with a softmax over the batch, treating the other videos in the batch as negatives, subtract the log of each item's sampling probability so popular videos are not punished, and mix in some random videos from the whole corpus. Vectors are normalised with a learned temperature.`,
        index: `500M videos at 128 floats is about 256 GB, too much for one machine, so I'd use an IVF index with product quantisation (FAISS or ScaNN), bringing it to roughly 40 GB, split across a handful of machines, and tune the number of probed lists for recall against latency.`,
        freshness: `New uploads go through a streaming job that embeds them with the current item tower and adds them to a small real-time index that is searched alongside the main one and folded in every few hours. When the model is retrained the whole index is rebuilt, because vectors from two model versions do not live in the same space.`,
        evaluation: `Offline, the share of next-day watches that appear in the top 1,000 on a time-split holdout, the ANN results against brute force on a sample, and how much of the catalogue ever gets retrieved. Online, an A/B test through the existing ranker on watch time.`,
        serving: `Per request the user vector is computed (or taken from a short-lived cache) in about 5 ms, the query fans out to every shard, each returns its best few hundred, and the results are merged; region and safety rules are applied after retrieval, fetching more than 1,000 to leave room.`,
      },
      "keyword-list": {
        model: "user tower, item tower, dot product, cold start, content features",
        training: "in-batch negatives, sampled softmax, log-Q, hard negatives, temperature",
        index: "HNSW, IVF-PQ, FAISS, ScaNN, shard, 256 GB",
        freshness: "delta index, incremental, rebuild, version",
        evaluation: "recall@1000, hit rate, brute force, coverage, A/B",
        serving: "fan-out, merge, over-fetch, filters",
      },
      negated: {
        model: "No two towers: a dot product is too weak, and content features don't help with cold start.",
        training: "No in-batch negatives and no sampled softmax; sampling bias correction is irrelevant.",
        index:
          "No ANN index and no sharding: brute force over 500M vectors on one GPU, memory is not an issue.",
        freshness: "No delta index; never rebuild, old and new versions are compatible.",
        evaluation: "Recall@1000 doesn't matter and no A/B test is needed; coverage is not important.",
        serving: "No fan-out or merge, and filters are not needed.",
      },
      "too-short": { model: "Two towers." },
    },
  },
];
