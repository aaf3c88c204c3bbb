import { describe, expect, it } from 'vitest';
import { positionOn, relatedClaimsIndex, relationBetween, type Relation } from '../../src/lib/corpus/stance';
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

describe('stance matrix cell', () => {
	const claim = (id: string, stance?: Trajectory, themes = ['t']) => ({ id, themes, stance });

	it('shows the trajectory more claims carry than any other, with every count', () => {
		const cell = positionOn('t', [
			claim('a', 'balancing'),
			claim('b', 'distancing'),
			claim('c', 'balancing'),
			claim('d'),
			claim('e', 'distancing', ['other']),
		]);
		expect(cell).toEqual({
			claims: ['a', 'b', 'c', 'd'],
			counts: { balancing: 2, distancing: 1 },
			trajectory: 'balancing',
		});
	});

	it('calls a tie mixed, whatever the order of the claims and whichever trajectories tie', () => {
		const tied: [Trajectory, Trajectory][] = [
			['distancing', 'balancing'],
			['balancing', 'distancing'],
			['distancing', 'integration'],
			['integration', 'balancing'],
		];
		for (const [x, y] of tied) {
			expect(positionOn('t', [claim('a', x), claim('b', y)]).trajectory).toBe('mixed');
			expect(positionOn('t', [claim('a', y), claim('b', x), claim('c')]).trajectory).toBe('mixed');
		}
		const threeWay = positionOn('t', [claim('a', 'integration'), claim('b', 'distancing'), claim('c', 'balancing')]);
		expect(threeWay.trajectory).toBe('mixed');
		expect(threeWay.counts).toEqual({ integration: 1, distancing: 1, balancing: 1 });
		// Two tied for most beat a third with fewer: still a tie between the two.
		const twoOfThree = positionOn('t', [
			claim('a', 'balancing'),
			claim('b', 'distancing'),
			claim('c', 'distancing'),
			claim('d', 'balancing'),
			claim('e', 'integration'),
		]);
		expect(twoOfThree.trajectory).toBe('mixed');
	});

	it('carries no trajectory when no claim on the theme does, and no claims when the source does not address it', () => {
		expect(positionOn('t', [claim('a'), claim('b')])).toEqual({ claims: ['a', 'b'], counts: {} });
		expect(positionOn('t', [claim('a', 'distancing', ['other'])])).toEqual({ claims: [], counts: {} });
	});

	it('gives the real corpus the cells its claims imply (counted by hand from content/sources)', () => {
		// One row per source, one letter per theme: d distancing, b balancing, i integration,
		// m mixed, - addressed without a trajectory, . not addressed. Themes in this order:
		const themes = [
			'multi-vector',
			'eaeu-economy',
			'ukraine-war',
			'sanctions',
			'information-pressure',
			'security',
			'west-china-region',
			'elites-public-mood',
		];
		const expected: Record<string, string> = {
			'oqu-multivector-policy': 'b-m.--d.',
			'oqu-nur-sultan-moscow': 'bi...bb.',
			'kazakhstan-distancing-2022': 'd---ddd-',
			'gordon-ivanov-west': 'd-d..ddd',
			'rosbalt-mikhaylichenko': 'mdmm.-md',
		};
		const letter = { distancing: 'd', balancing: 'b', integration: 'i', mixed: 'm' } as const;
		const actual = Object.fromEntries(
			corpus.sources.map((s) => [
				s.slug,
				themes
					.map((theme) => {
						const cell = positionOn(theme, s.data.claims);
						return cell.claims.length === 0 ? '.' : cell.trajectory ? letter[cell.trajectory] : '-';
					})
					.join(''),
			]),
		);
		expect(actual).toEqual(expected);
	});
});
