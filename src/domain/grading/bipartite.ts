/**
 * Maximum bipartite matching (Hopcroft–Karp), iterative so that large graphs cannot overflow the
 * call stack. The graph is given in compressed form: the neighbours of left vertex `u` are
 * `targets[offsets[u] .. offsets[u + 1])`, right vertices numbered 0..nRight-1.
 */

const UNSEEN = 0x7fffffff;

/** For each left vertex, the right vertex it is matched to in a maximum matching, or -1. */
export function maximumMatching(
  nLeft: number,
  nRight: number,
  offsets: Int32Array,
  targets: Int32Array,
): Int32Array {
  const matchLeft = new Int32Array(nLeft).fill(-1);
  const matchRight = new Int32Array(nRight).fill(-1);
  // A first-come matching: most pairs are found here, the phases below only repair it.
  for (let u = 0; u < nLeft; u++) {
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = targets[k]!;
      if (matchRight[v]! < 0) {
        matchLeft[u] = v;
        matchRight[v] = u;
        break;
      }
    }
  }
  const dist = new Int32Array(nLeft);
  const queue = new Int32Array(nLeft);
  const next = new Int32Array(nLeft);
  const stack = new Int32Array(nLeft);
  for (;;) {
    // Breadth-first layers from every free left vertex; stop when no free right vertex is reachable.
    let head = 0;
    let tail = 0;
    for (let u = 0; u < nLeft; u++) {
      if (matchLeft[u]! < 0) {
        dist[u] = 0;
        queue[tail++] = u;
      } else dist[u] = UNSEEN;
    }
    let reachable = false;
    while (head < tail) {
      const u = queue[head++]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const w = matchRight[targets[k]!]!;
        if (w < 0) reachable = true;
        else if (dist[w] === UNSEEN) {
          dist[w] = dist[u]! + 1;
          queue[tail++] = w;
        }
      }
    }
    if (!reachable) break;
    // Depth-first augmenting paths along the layers, one explicit stack per free root.
    next.set(offsets.subarray(0, nLeft));
    let augmented = 0;
    for (let root = 0; root < nLeft; root++) {
      if (matchLeft[root]! >= 0) continue;
      let sp = 0;
      stack[sp++] = root;
      while (sp > 0) {
        const u = stack[sp - 1]!;
        if (next[u]! >= offsets[u + 1]!) {
          dist[u] = UNSEEN; // dead end for the rest of this phase
          sp--;
          continue;
        }
        const w = matchRight[targets[next[u]!]!]!;
        if (w < 0) {
          for (let i = sp - 1; i >= 0; i--) {
            const x = stack[i]!;
            const y = targets[next[x]!]!;
            matchLeft[x] = y;
            matchRight[y] = x;
          }
          augmented++;
          break;
        }
        if (dist[w] === dist[u]! + 1) stack[sp++] = w;
        else next[u] = next[u]! + 1;
      }
    }
    if (augmented === 0) break;
  }
  return matchLeft;
}
