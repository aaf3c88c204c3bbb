import { describe, expect, it } from 'vitest';
import { seededRandom } from '../bench/scale/corpus';
import {
	CLAIMS_PER_PAGE,
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

	it('keeps the five-source site on one page: the sources and claims indexes and every theme', () => {
		expect(corpus.sources.length).toBeLessThanOrEqual(SOURCES_PER_PAGE);
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
