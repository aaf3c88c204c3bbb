/**
 * Lists that grow with the corpus (the sources and claims indexes, each theme's claims, the
 * sources compared on `/compare/`) are cut
 * into pages of a bounded size. A source's claims are never split across pages, so that «claims
 * of this source» is one page, filtered; the first page keeps the list's own address
 * (`/claims/`), the others are `/claims/page/2/` and on (see `paths` in `routes.ts`).
 */

import { localeRoutes } from './routes';

/** Claims per page of the claims index: about 1.6 KB of HTML each, so a page stays under 200 KB. */
export const CLAIMS_PER_PAGE = 100;

/**
 * Claims per page of a theme's list: up to 1.8 KB each (a card, with its translation in English);
 * the first page also holds the essay, about 100 KB.
 */
export const THEME_CLAIMS_PER_PAGE = 40;

/** Sources per page of the sources index: about 2 KB each. */
export const SOURCES_PER_PAGE = 50;

/**
 * How much of `/compare/` a page holds, in claims listed under the grid: each source costs one
 * per claim and theme it addresses (a linked summary, about 0.6 KB) plus `COMPARE_COLUMN_WEIGHT`
 * for its column and key (about 4.6 KB), so a page stays near 150 KB of HTML at most. The five
 * real sources weigh 164 together: one page.
 */
export const COMPARE_WEIGHT_PER_PAGE = 200;
export const COMPARE_COLUMN_WEIGHT = 8;

/**
 * Splits `items`, kept in order, into pages of at most `perPage` items (or of that much weight,
 * with `weightOf`) without splitting a group of consecutive items with the same `groupOf` (a
 * group larger than a page gets a page of its own). Each page is filled before the next is
 * started (next fit), so adding a group never lowers the number of pages: a page number once
 * published keeps resolving. Always at least one page, empty for no items.
 */
export function paginateGroups<T>(
	items: readonly T[],
	groupOf: (item: T) => string,
	perPage: number,
	weightOf: (item: T) => number = () => 1,
): T[][] {
	if (!(perPage >= 1)) throw new Error(`perPage must be at least 1, got ${perPage}`);
	const pages: T[][] = [[]];
	let filled = 0;
	for (let start = 0; start < items.length;) {
		let end = start + 1;
		while (end < items.length && groupOf(items[end]) === groupOf(items[start])) end++;
		const group = items.slice(start, end);
		const weight = group.reduce((sum, item) => sum + weightOf(item), 0);
		const current = pages.at(-1)!;
		if (current.length > 0 && filled + weight > perPage) {
			pages.push(group);
			filled = weight;
		} else {
			current.push(...group);
			filled += weight;
		}
		start = end;
	}
	return pages;
}

/** The `page` route parameter of page `n` (2 and on; page 1 is the list's own address). */
export const pageParams = (count: number): { page: string; number: number }[] =>
	Array.from({ length: Math.max(0, count - 1) }, (_, i) => ({ page: String(i + 2), number: i + 2 }));

/** `getStaticPaths` entries of page 2 and on of an index with `count` pages, in both editions. */
export const localePageRoutes = (count: number) =>
	localeRoutes().flatMap(({ params, props }) =>
		pageParams(count).map(({ page, number }) => ({ params: { ...params, page }, props: { ...props, page: number } })),
	);
