import { describe, expect, it } from 'vitest';
import { corpus } from '../support/corpus';
import { builtPages, page, select, selectAll, text } from '../support/dist';

const claims = corpus.sources.flatMap((s) => s.data.claims.map((c) => ({ ...c, source: s.slug })));
const pages = builtPages();

/** The pages of a paginated list in one edition: its own address, then `page/2/` and on. */
function listPages(first: string): string[] {
	const more = pages
		.map((p) => new RegExp(`^${first}page/(\\d+)/$`).exec(p)?.[1])
		.filter((n): n is string => n !== undefined)
		.map(Number)
		.sort((a, b) => a - b);
	// Numbered from 2 without a gap: page 1 is the list's own address.
	expect(more, first).toEqual(more.map((_, i) => i + 2));
	return [first, ...more.map((n) => `${first}page/${n}/`)];
}

/** Where a page's links point, without the page's own edition prefix. */
const hrefs = (path: string, selector: string) => selectAll(selector, page(path)).map((a) => String(a.properties.href));

describe('paginated lists', () => {
	it('list every claim once across the claims index’s pages, in both editions', () => {
		for (const prefix of ['', '/en']) {
			const list = listPages(`${prefix}/claims/`);
			const rows = list.flatMap((p) => hrefs(p, '.claims-table tbody tr td:first-child a'));
			expect(rows.toSorted(), prefix).toEqual(claims.map((c) => `${prefix}/claims/${c.id}/`).toSorted());
		}
		expect(pages.some((p) => /\/page\/1\/$/.test(p))).toBe(false);
	});

	it('list every source once across the sources index’s pages, in both editions', () => {
		for (const prefix of ['', '/en']) {
			const list = listPages(`${prefix}/sources/`);
			const rows = list.flatMap((p) => hrefs(p, '.source-list .card__title a'));
			expect(rows.toSorted(), prefix).toEqual(corpus.sources.map((s) => `${prefix}/sources/${s.slug}/`).toSorted());
		}
	});

	it('list each theme’s claims once across its pages, in both editions', () => {
		for (const theme of corpus.themes)
			for (const prefix of ['', '/en']) {
				const list = listPages(`${prefix}/themes/${theme.data.id}/`);
				const cards = list.flatMap((p) =>
					selectAll('.theme-claims [data-claim-card]', page(p)).map((el) => String(el.properties.dataClaimCard)),
				);
				const onTheme = claims.filter((c) => c.themes.includes(theme.data.id)).map((c) => c.id);
				expect(cards.toSorted(), `${prefix} ${theme.data.id}`).toEqual(onTheme.toSorted());
			}
	});

	it('show every source once across the pages of /compare/, its columns numbered on, in both editions', () => {
		for (const prefix of ['', '/en']) {
			const list = listPages(`${prefix}/compare/`);
			const keys = list.map((p) => hrefs(p, '.stance-grid__key a'));
			expect(keys.flat().toSorted(), prefix).toEqual(
				corpus.sources.map((s) => `${prefix}/sources/${s.slug}/`).toSorted(),
			);
			let first = 1;
			for (const [i, p] of list.entries()) {
				const numbers = selectAll('.stance-grid__table thead th[scope="col"] span[aria-hidden]', page(p)).map((el) =>
					Number(text(el)),
				);
				expect(numbers, p).toEqual(keys[i].map((_, k) => first + k));
				first += keys[i].length;
			}
		}
	});

	it('list on the home page the sources of the sources index’s first page, in both editions', () => {
		for (const prefix of ['', '/en']) {
			const home = hrefs(`${prefix}/`, '[aria-labelledby="sources-heading"] .card__title a');
			expect(home, prefix).toEqual(hrefs(`${prefix}/sources/`, '.source-list .card__title a'));
			const more = listPages(`${prefix}/sources/`).length > 1;
			expect(hrefs(`${prefix}/`, '[aria-labelledby="sources-heading"] p a').includes(`${prefix}/sources/`)).toBe(more);
		}
	});

	it('link «claims of this source» to the index page that lists all of its claims', () => {
		for (const source of corpus.sources)
			for (const prefix of ['', '/en']) {
				const link = hrefs(`${prefix}/sources/${source.slug}/`, '.source-meta a').find((h) => h.includes('?source='));
				expect(link, source.slug).toBeDefined();
				const url = new URL(link!, 'https://example.org');
				expect(url.searchParams.get('source')).toBe(source.slug);
				const rows = selectAll(`.claims-table tbody tr[data-source="${source.slug}"]`, page(url.pathname));
				expect(rows.length, source.slug).toBe(source.data.claims.length);
				// The filter offers the source it arrives with.
				expect(select(`select[name="source"] option[value="${source.slug}"]`, page(url.pathname))).toBeTruthy();
			}
	});

	it('show no page links while a list fits one page (the five-source site)', () => {
		for (const path of ['/sources/', '/claims/', '/compare/', `/themes/${corpus.themes[0].data.id}/`])
			if (listPages(path).length === 1) expect(select('nav.pagination', page(path)), path).toBeFalsy();
	});
});
