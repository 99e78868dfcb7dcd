/**
 * Buddy matching (docs/decisions/0024): a pure function, no database. International students and local
 * volunteers each have a capacity (how many buddies they take); a pair is allowed unless a hard
 * constraint forbids it (no language in common; someone asked for a buddy of the same gender and the
 * genders differ or are unknown). Among all valid assignments it returns one with the MOST pairs and,
 * among those, the HIGHEST total score — a global optimum, found as a min-cost maximum flow:
 *
 *   source →(capacity of the international student)→ international →(1, cost −score)→ local
 *          →(capacity of the volunteer)→ sink
 *
 * Successive shortest augmenting paths with Johnson potentials (Dijkstra on reduced costs, O(V²) per
 * path on this dense graph). A flow of value k found this way has the least cost of all flows of value
 * k, so the maximum flow it ends with is the best maximum assignment. The unit edge between two people
 * keeps the same pair from being chosen twice, which slot expansion for the Hungarian algorithm would not.
 */

export type Side = { id: number; capacity: number };
/** The score of an allowed pair (an integer ≥ 0), or null when a hard constraint forbids it. */
export type PairScore = (internationalId: number, localId: number) => number | null;
export type Pair = { internationalId: number; localId: number; score: number };

type Edge = { to: number; cap: number; cost: number; rev: number };

export function matchBuddies(internationals: readonly Side[], locals: readonly Side[], score: PairScore): Pair[] {
  const n = internationals.length;
  const m = locals.length;
  const source = 0;
  const sink = n + m + 1;
  const graph: Edge[][] = Array.from({ length: n + m + 2 }, () => []);
  const addEdge = (from: number, to: number, cap: number, cost: number) => {
    graph[from]?.push({ to, cap, cost, rev: graph[to]?.length ?? 0 });
    graph[to]?.push({ to: from, cap: 0, cost: -cost, rev: (graph[from]?.length ?? 1) - 1 });
  };
  const pairEdges: { from: number; index: number; i: number; l: number; score: number }[] = [];
  internationals.forEach((intl, i) => {
    if (intl.capacity > 0) addEdge(source, 1 + i, intl.capacity, 0);
    locals.forEach((local, l) => {
      const s = score(intl.id, local.id);
      if (s === null) return;
      pairEdges.push({ from: 1 + i, index: graph[1 + i]?.length ?? 0, i, l, score: s });
      addEdge(1 + i, 1 + n + l, 1, -s);
    });
  });
  locals.forEach((local, l) => {
    if (local.capacity > 0) addEdge(1 + n + l, sink, local.capacity, 0);
  });

  const potential = initialPotentials(n, m, graph);
  for (;;) {
    const path = shortestPath(graph, source, sink, potential);
    if (!path) break;
    augmentOne(graph, path, sink);
  }

  const pairs: Pair[] = [];
  for (const e of pairEdges) {
    const edge = graph[e.from]?.[e.index];
    if (edge && edge.cap === 0) {
      pairs.push({
        internationalId: (internationals[e.i] as Side).id,
        localId: (locals[e.l] as Side).id,
        score: e.score,
      });
    }
  }
  return pairs;
}

/**
 * Exact shortest distances from the source before any flow: the graph is layered (source →
 * international → local → sink), so one pass per layer settles them even with negative pair costs.
 */
function initialPotentials(n: number, m: number, graph: Edge[][]): number[] {
  const dist = new Array<number>(n + m + 2).fill(Number.POSITIVE_INFINITY);
  dist[0] = 0;
  for (const layer of [[0], range(1, n), range(n + 1, n + m)]) {
    for (const v of layer) {
      const dv = dist[v] as number;
      if (dv === Number.POSITIVE_INFINITY) continue;
      for (const e of graph[v] ?? []) if (e.cap > 0 && dv + e.cost < (dist[e.to] as number)) dist[e.to] = dv + e.cost;
    }
  }
  return dist.map((d) => (d === Number.POSITIVE_INFINITY ? 0 : d));
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);

/** Dijkstra on reduced costs; updates the potentials; returns each node's incoming (node, edge) or null. */
function shortestPath(graph: Edge[][], source: number, sink: number, potential: number[]) {
  const size = graph.length;
  const dist = new Array<number>(size).fill(Number.POSITIVE_INFINITY);
  const prev = new Array<[number, number] | null>(size).fill(null);
  const done = new Array<boolean>(size).fill(false);
  dist[source] = 0;
  for (;;) {
    let v = -1;
    for (let u = 0; u < size; u++) if (!done[u] && (v === -1 || (dist[u] as number) < (dist[v] as number))) v = u;
    if (v === -1 || dist[v] === Number.POSITIVE_INFINITY) break;
    done[v] = true;
    (graph[v] ?? []).forEach((e, k) => {
      if (e.cap <= 0) return;
      const reduced = (dist[v] as number) + e.cost + (potential[v] as number) - (potential[e.to] as number);
      if (reduced < (dist[e.to] as number)) {
        dist[e.to] = reduced;
        prev[e.to] = [v, k];
      }
    });
  }
  if (dist[sink] === Number.POSITIVE_INFINITY) return null;
  for (let u = 0; u < size; u++) {
    const d = dist[u] as number;
    if (d !== Number.POSITIVE_INFINITY) potential[u] = (potential[u] as number) + d;
  }
  return prev;
}

/** Every edge of a source–sink path has capacity ≥ 1 and pair edges exactly 1: push one unit. */
function augmentOne(graph: Edge[][], prev: ([number, number] | null)[], sink: number) {
  for (let v = sink; prev[v]; ) {
    const [u, k] = prev[v] as [number, number];
    const e = graph[u]?.[k] as Edge;
    e.cap -= 1;
    (graph[e.to]?.[e.rev] as Edge).cap += 1;
    v = u;
  }
}
