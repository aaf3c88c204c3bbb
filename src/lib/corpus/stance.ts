import type { Claim, Trajectory } from '../../schemas/source';

/** Ids cited as `[claim-id]` in a stance rationale. */
export const rationaleIds = (text: string): string[] => [...text.matchAll(/\[([a-z0-9-]+)\]/g)].map((m) => m[1]);

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

type Relatable = Pick<Claim, 'id' | 'themes' | 'stance'> & { sourceId: string };

/**
 * The claims of other sources sharing a theme with a claim, by their relation to it, for a page
 * that shows only the first `limit` of each relation: the closest first
 * (most themes shared), then in input order. Claims are filed once by their set of themes and
 * their trajectory, and there are few such sets (a claim has one to three of the eight themes),
 * so a call costs about the same whatever the size of the corpus; a page per claim that scanned
 * every claim would make the build quadratic.
 */
export function relatedClaimsIndex<C extends Relatable>(
	all: readonly C[],
): (claim: C, limit: number) => Record<Relation, C[]> {
	type Filed = { claim: C; position: number };
	const sets = new Map<string, { themes: string[]; byStance: Map<string, Filed[]> }>();
	all.forEach((claim, position) => {
		const themes = [...new Set(claim.themes)].sort();
		const key = themes.join(' ');
		if (!sets.has(key)) sets.set(key, { themes, byStance: new Map() });
		const byStance = sets.get(key)!.byStance;
		const stance = claim.stance ?? '';
		if (!byStance.has(stance)) byStance.set(stance, []);
		byStance.get(stance)!.push({ claim, position });
	});
	return (claim, limit) => {
		const relationOf = (stance: string) => relationBetween(claim, { stance: (stance || undefined) as Trajectory });
		// Closest sets first: sets sharing three themes, then two, then one.
		const tiers: Filed[][][] = [[], [], [], []];
		for (const set of sets.values()) {
			const shared = set.themes.filter((t) => claim.themes.includes(t)).length;
			if (shared > 0) tiers[3 - Math.min(shared, 3)].push(...set.byStance.values());
		}
		const groups = {} as Record<Relation, C[]>;
		for (const relation of ['agreeing', 'adding', 'differing'] as const) {
			const lists = tiers.map((tier) => tier.filter((list) => relationOf(list[0].claim.stance ?? '') === relation));
			const claims: C[] = [];
			for (const tier of lists) {
				// Merge the tier's lists by input position until the group is full.
				const next = tier.map(() => 0);
				while (claims.length < limit) {
					let best = -1;
					tier.forEach((list, i) => {
						if (next[i] < list.length && (best < 0 || list[next[i]].position < tier[best][next[best]].position))
							best = i;
					});
					if (best < 0) break;
					const other = tier[best][next[best]++].claim;
					if (other.sourceId !== claim.sourceId) claims.push(other);
				}
			}
			groups[relation] = claims;
		}
		return groups;
	};
}

/** A cell of the stance matrix: one trajectory, or `mixed` when two or three are tied for most. */
export type CellTrajectory = Trajectory | 'mixed';

/** A source's position on one theme: the trajectory most of its claims on it carry. */
export interface ThemePosition {
	/** Claims of the source on the theme; empty when the source does not address it. */
	claims: string[];
	/** How many of those claims carry each trajectory (trajectories no claim carries are absent). */
	counts: Partial<Record<Trajectory, number>>;
	/**
	 * The trajectory more of the claims carry than any other; `mixed` on a tie, so that no
	 * trajectory wins a tie by its place in a list; absent when no claim carries one.
	 */
	trajectory?: CellTrajectory;
}

/** Where a source stands on one theme, from its claims (the matrix cell on `/compare/`). */
export function positionOn(theme: string, claims: readonly Pick<Claim, 'id' | 'themes' | 'stance'>[]): ThemePosition {
	const onTheme = claims.filter((c) => c.themes.includes(theme));
	const counts: Partial<Record<Trajectory, number>> = {};
	for (const c of onTheme) if (c.stance) counts[c.stance] = (counts[c.stance] ?? 0) + 1;
	const most = Math.max(0, ...Object.values(counts));
	const leaders = (Object.keys(counts) as Trajectory[]).filter((t) => counts[t] === most);
	const trajectory = leaders.length === 0 ? undefined : leaders.length === 1 ? leaders[0] : 'mixed';
	return { claims: onTheme.map((c) => c.id), counts, ...(trajectory && { trajectory }) };
}
