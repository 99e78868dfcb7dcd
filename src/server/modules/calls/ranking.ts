/**
 * The ranking of a call's applications, as pure functions (no database).
 *
 * Total score = Σ(weight × mean score of the criterion across the reviewers who scored it) / Σ weights.
 * A criterion nobody scored counts as 0 (an unreviewed application cannot outrank a reviewed one).
 *
 * Ties are broken deterministically, in this order (docs/decisions/0012-outbound-selection.md):
 *   1. higher total score (compared at 1e-6, so floating-point noise is no tie-breaker);
 *   2. higher GPA (a missing GPA ranks below any GPA);
 *   3. earlier submitted_at (ISO timestamps compare as text);
 *   4. lower application id.
 */
export type CriterionDef = { code: string; weight: number; max: number };
export type ScoreRow = { reviewerId: number; criterion: string; score: number };
export type RankCandidate = { id: number; gpa: number | null; submittedAt: string; scores: ScoreRow[] };
export type TieKey = 'gpa' | 'submitted_at' | 'id';
export type Ranked<C extends RankCandidate> = C & {
  rank: number;
  totalScore: number;
  means: Record<string, number | null>;
  reviewerCount: number;
  tieBrokenBy: TieKey | null;
};

/** Mean score per criterion across reviewers (null when nobody scored it). */
export function criterionMeans(criteria: CriterionDef[], scores: ScoreRow[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const c of criteria) {
    const mine = scores.filter((s) => s.criterion === c.code);
    out[c.code] = mine.length ? mine.reduce((sum, s) => sum + s.score, 0) / mine.length : null;
  }
  return out;
}

export function totalScore(criteria: CriterionDef[], scores: ScoreRow[]): number {
  const weights = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (weights <= 0) return 0;
  const means = criterionMeans(criteria, scores);
  const sum = criteria.reduce((acc, c) => acc + c.weight * (means[c.code] ?? 0), 0);
  return Math.round((sum / weights) * 1e6) / 1e6;
}

const EPS = 1e-6;

/** Which key separates a from b (a before b), or 0 when they are identical. */
function compare(
  a: { total: number; gpa: number | null; submittedAt: string; id: number },
  b: typeof a,
): [number, TieKey | 'total' | null] {
  if (Math.abs(a.total - b.total) > EPS) return [b.total - a.total, 'total'];
  const ga = a.gpa ?? -1;
  const gb = b.gpa ?? -1;
  if (ga !== gb) return [gb - ga, 'gpa'];
  if (a.submittedAt !== b.submittedAt) return [a.submittedAt < b.submittedAt ? -1 : 1, 'submitted_at'];
  return [a.id - b.id, a.id === b.id ? null : 'id'];
}

/** Ranks the candidates (1 = best); `tieBrokenBy` says which key separated an entry from the one above. */
export function rankApplications<C extends RankCandidate>(criteria: CriterionDef[], candidates: C[]): Ranked<C>[] {
  const scored = candidates.map((c) => ({
    c,
    key: { total: totalScore(criteria, c.scores), gpa: c.gpa, submittedAt: c.submittedAt, id: c.id },
  }));
  scored.sort((a, b) => compare(a.key, b.key)[0]);
  return scored.map(({ c, key }, i) => {
    const prev = scored[i - 1];
    const by = prev ? compare(prev.key, key)[1] : null;
    return {
      ...c,
      rank: i + 1,
      totalScore: key.total,
      means: criterionMeans(criteria, c.scores),
      reviewerCount: new Set(c.scores.map((s) => s.reviewerId)).size,
      tieBrokenBy: by === 'total' ? null : by,
    };
  });
}
