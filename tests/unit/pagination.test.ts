import { describe, expect, it } from 'vitest';
import { seededRandom } from '../bench/scale/corpus';
import {
	CLAIMS_PER_PAGE,
	COMPARE_COLUMN_WEIGHT,
	COMPARE_WEIGHT_PER_PAGE,
	pageParams,
	paginateGroups,
	SOURCES_PER_PAGE,
	THEME_CLAIMS_PER_PAGE,
} from '../../src/lib/urls/pagination';
import { paths } from '../../src/lib/urls/routes';
import { claimSchema } from '../../src/schemas/source';
import { corpus } from '../support/corpus';

/** Items named `<group>.<n>`, `sizes[i]` of them in group `g<i>`. */
const itemsOf = (sizes: readonly number[], names = sizes.map((_, i) => `g${i}`)) =>
	sizes.flatMap((size, i) => Array.from({ length: size }, (_, n) => `${names[i]}.${n}`));
const group = (item: string) => item.split('.')[0];

describe('paginateGroups', () => {
	it('fills each page up to the limit with whole groups, in order', () => {
		const pages = paginateGroups(itemsOf([3, 4, 2, 5, 3]), group, 8);
		expect(pages.map((p) => p.length)).toEqual([7, 7, 3]);
		expect(pages.map((p) => [...new Set(p.map(group))])).toEqual([['g0', 'g1'], ['g2', 'g3'], ['g4']]);
		expect(pages.flat()).toEqual(itemsOf([3, 4, 2, 5, 3]));
	});

	it('gives a group larger than a page a page of its own, never splitting it', () => {
		const pages = paginateGroups(itemsOf([2, 9, 2]), group, 4);
		expect(pages.map((p) => [...new Set(p.map(group))])).toEqual([['g0'], ['g1'], ['g2']]);
	});

	it('fills pages by weight when given one, still never splitting a group', () => {
		// Items weigh their number: g0 = 3 × 1, g1 = 2 × 5, g2 = 1 × 4, g3 = 4 × 1.
		const weighed = ['1', '1', '1', '5', '5', '4', '1', '1', '1', '1'];
		const groups = ['g0', 'g0', 'g0', 'g1', 'g1', 'g2', 'g3', 'g3', 'g3', 'g3'];
		const items = weighed.map((w, i) => `${groups[i]}.${i}.${w}`);
		const pages = paginateGroups(items, group, 12, (item) => Number(item.split('.')[2]));
		// 3 + 10 > 12: g1 starts page 2; 10 + 4 > 12: g2 starts page 3, where g3 (4) fits beside it.
		expect(pages.map((p) => [...new Set(p.map(group))])).toEqual([['g0'], ['g1'], ['g2', 'g3']]);
		expect(pages.flat()).toEqual(items);
	});

	it('returns one empty page for an empty list, and refuses a page size below 1', () => {
		expect(paginateGroups([], group, 10)).toEqual([[]]);
		expect(() => paginateGroups(['a.1'], group, 0)).toThrow(/at least 1/);
	});

	it('never loses a page when a group is added anywhere, so published page numbers keep resolving', () => {
		const random = seededRandom(13);
		for (let trial = 0; trial < 300; trial++) {
			const sizes = Array.from({ length: 1 + Math.floor(random() * 40) }, () => 8 + Math.floor(random() * 8));
			const names = sizes.map((_, i) => `s${i}`);
			const before = paginateGroups(itemsOf(sizes, names), group, CLAIMS_PER_PAGE).length;
			const at = Math.floor(random() * (sizes.length + 1));
			const grown = itemsOf(sizes.toSpliced(at, 0, 8 + Math.floor(random() * 8)), names.toSpliced(at, 0, 'new'));
			expect(paginateGroups(grown, group, CLAIMS_PER_PAGE).length).toBeGreaterThanOrEqual(before);
		}
	});

	it('keeps the five-source site on one page: the sources and claims indexes, every theme and /compare/', () => {
		expect(corpus.sources.length).toBeLessThanOrEqual(SOURCES_PER_PAGE);
		const themeIds = new Set(corpus.themes.map((th) => th.data.id));
		const compareWeight = corpus.sources.reduce(
			(sum, s) =>
				sum +
				COMPARE_COLUMN_WEIGHT +
				s.data.claims.reduce((n, c) => n + c.themes.filter((id) => themeIds.has(id)).length, 0),
			0,
		);
		expect(compareWeight).toBeLessThanOrEqual(COMPARE_WEIGHT_PER_PAGE);
		const claims = corpus.sources.flatMap((s) => s.data.claims);
		expect(claims.length).toBeLessThanOrEqual(CLAIMS_PER_PAGE);
		for (const theme of corpus.themes)
			expect(claims.filter((c) => c.themes.includes(theme.data.id)).length).toBeLessThanOrEqual(THEME_CLAIMS_PER_PAGE);
	});
});

describe('paginated addresses', () => {
	it('keep page 1 at the list’s own address and number the others from 2', () => {
		expect(paths.claims()).toBe('/claims/');
		expect(paths.claims(1)).toBe('/claims/');
		expect(paths.claims(3)).toBe('/claims/page/3/');
		expect(paths.sources()).toBe('/sources/');
		expect(paths.sources(2)).toBe('/sources/page/2/');
		expect(paths.theme('security')).toBe('/themes/security/');
		expect(paths.theme('security', 2)).toBe('/themes/security/page/2/');
		expect(paths.compare()).toBe('/compare/');
		expect(paths.compare(2)).toBe('/compare/page/2/');
		expect(pageParams(1)).toEqual([]);
		expect(pageParams(3)).toEqual([
			{ page: '2', number: 2 },
			{ page: '3', number: 3 },
		]);
	});

	it('refuse a claim id that would take the place of the index’s pages', () => {
		expect(claimSchema.shape.id.safeParse('page').success).toBe(false);
		expect(claimSchema.shape.id.safeParse('page-two').success).toBe(true);
	});
});
