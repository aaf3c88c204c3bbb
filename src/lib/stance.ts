import type { Claim, Trajectory } from '../schemas/source';

/** How another source's claim relates to a given claim on a shared theme. */
export type Relation = 'agreeing' | 'adding' | 'differing';

/**
 * The rule the methodology page states: two claims that both carry a trajectory agree when it
 * is the same and differ when it is not; when either carries none, the other claim adds to it.
 */
export function relationBetween(a: Pick<Claim, 'stance'>, b: Pick<Claim, 'stance'>): Relation {
	if (!a.stance || !b.stance) return 'adding';
	return a.stance === b.stance ? 'agreeing' : 'differing';
}

/** Claims of other sources sharing a theme with `claim`, grouped by relation, in input order. */
export function relatedClaims<C extends Pick<Claim, 'id' | 'themes' | 'stance'> & { sourceId: string }>(
	claim: C,
	all: readonly C[],
): Record<Relation, C[]> {
	const groups: Record<Relation, C[]> = { agreeing: [], adding: [], differing: [] };
	for (const other of all) {
		if (other.sourceId === claim.sourceId || !other.themes.some((theme) => claim.themes.includes(theme))) continue;
		groups[relationBetween(claim, other)].push(other);
	}
	return groups;
}

/** A source's position on one theme: the trajectory most of its claims on it carry. */
export interface ThemePosition {
	/** Claims of the source on the theme; empty when the source does not address it. */
	claims: string[];
	/** The most frequent trajectory among them (ties broken by distancing → balancing → integration), if any carries one. */
	trajectory?: Trajectory;
}

const ORDER: Trajectory[] = ['distancing', 'balancing', 'integration'];

/** Where a source stands on one theme, from its claims (the matrix cell on `/compare/`). */
export function positionOn(theme: string, claims: readonly Pick<Claim, 'id' | 'themes' | 'stance'>[]): ThemePosition {
	const onTheme = claims.filter((c) => c.themes.includes(theme));
	const counts = new Map<Trajectory, number>();
	for (const c of onTheme) if (c.stance) counts.set(c.stance, (counts.get(c.stance) ?? 0) + 1);
	const best = ORDER.filter((t) => counts.has(t)).sort((a, b) => counts.get(b)! - counts.get(a)!)[0];
	return { claims: onTheme.map((c) => c.id), trajectory: best };
}
