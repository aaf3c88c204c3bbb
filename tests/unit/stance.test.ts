import { describe, expect, it } from 'vitest';
import { relatedClaimsIndex, relationBetween, type Relation } from '../../src/lib/corpus/stance';
import type { Trajectory } from '../../src/schemas/source';
import { seededRandom } from '../bench/scale/corpus';
import { corpus } from '../support/corpus';

type TestClaim = { id: string; themes: string[]; stance?: Trajectory; sourceId: string };
const RELATIONS: Relation[] = ['agreeing', 'adding', 'differing'];

/**
 * The rule as a plain scan of every claim, ranked as the index ranks: most themes shared first,
 * then input order.
 */
function reference(claim: TestClaim, all: TestClaim[], limit: number) {
	const shared = (c: TestClaim) => c.themes.filter((t) => claim.themes.includes(t)).length;
	const groups: Record<Relation, TestClaim[]> = { agreeing: [], adding: [], differing: [] };
	for (const other of all)
		if (other.sourceId !== claim.sourceId && shared(other) > 0) groups[relationBetween(claim, other)].push(other);
	return Object.fromEntries(
		RELATIONS.map((r) => [
			r,
			[...groups[r]]
				.sort((a, b) => Math.min(shared(b), 3) - Math.min(shared(a), 3) || all.indexOf(a) - all.indexOf(b))
				.slice(0, limit),
		]),
	);
}

function randomCorpus(size: number): TestClaim[] {
	const random = seededRandom(size);
	const themes = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
	const stances: (Trajectory | undefined)[] = ['distancing', 'balancing', 'integration', undefined];
	return Array.from({ length: size }, (_, i) => ({
		id: `c${i}`,
		sourceId: `s${Math.floor(i / 10)}`,
		themes: [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => themes[Math.floor(random() * 8)]))],
		stance: stances[Math.floor(random() * 4)],
	}));
}

describe('related claims index', () => {
	it('gives the plain scan’s closest claims, on a random corpus', () => {
		const all = randomCorpus(400);
		const related = relatedClaimsIndex(all);
		for (const claim of all.slice(0, 60)) expect(related(claim, 6)).toEqual(reference(claim, all, 6));
	});

	it('gives the plain scan’s claims on the real corpus', () => {
		const all = corpus.sources.flatMap((s) => s.data.claims.map((c) => ({ ...c, sourceId: s.slug })));
		const related = relatedClaimsIndex(all);
		for (const claim of all) expect(related(claim, 6)).toEqual(reference(claim, all, 6));
	});

	it('never lists a claim of the same source, and shows all when the limit allows', () => {
		const all = randomCorpus(50);
		const related = relatedClaimsIndex(all);
		for (const claim of all) {
			const groups = related(claim, Infinity);
			const everyOne = reference(claim, all, Infinity);
			for (const r of RELATIONS) {
				expect(groups[r].every((c) => c.sourceId !== claim.sourceId)).toBe(true);
				expect(groups[r]).toHaveLength(everyOne[r].length);
			}
		}
	});
});
