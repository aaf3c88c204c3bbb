import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_WAIT, tabPool, watchErrors } from '../support/browser';
import { contentPageTypes, corpus } from '../support/corpus';
import { SUB_PATH, subPathDist } from '../support/dist';
import { useSite } from '../support/site';

const source = corpus.sources[1];
const claim = source.data.claims[0];
const essayTheme = corpus.essays[0].data.theme;

/** Every page type in both editions, search and the not-found page included. */
const everyPageType = [
	...contentPageTypes.flatMap((path) => [path, `/en${path}`]),
	'/search/',
	'/en/search/',
	'/404.html',
];

/** The site built with `base: '/kz-ru/'`, served only under that path, as a project page is. */
const site = useSite({ dir: subPathDist, base: SUB_PATH });
let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext();
});
/** Tabs, each reused for the next test. */
const withTab = tabPool(() => context.newPage());

/** Waits until the search page has answered `query` (the interface sets `data-searched`). */
async function searched(page: Page, query: string) {
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === q,
		query,
		SEARCH_WAIT,
	);
}

// A few tests at a time: most of their time is waiting for the browser.
describe.concurrent(`the site under ${SUB_PATH} in Chromium`, () => {
	it.each(everyPageType)('%s loads every asset from under the sub-path, with no failed request', async (path) => {
		await withTab(async (page) => {
			const errors = watchErrors(page);
			const requested: string[] = [];
			page.on('request', (r) => requested.push(new URL(r.url()).pathname));
			page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
			await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready);
			expect(requested.length).toBeGreaterThan(1);
			expect(requested.filter((p) => !p.startsWith(SUB_PATH))).toEqual([]);
			// Every link of the page that stays on this host stays under the sub-path.
			const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(links.filter((href) => !href.startsWith(SUB_PATH))).toEqual([]);
			expect(errors).toEqual([]);
		});
	});

	it.each([
		['Russian', ''],
		['English', '/en'],
	])('numbers the citations of the %s essay, and each leads to its reference', async (_, edition) => {
		await withTab(async (page) => {
			await page.goto(`${site.url}${edition}/themes/${essayTheme}/`);
			const markers = await page.locator('.cite__marker').allTextContents();
			expect(markers.length).toBeGreaterThan(0);
			expect(markers.filter((m) => !/^\[\d+\]$/.test(m))).toEqual([]);
			await page.locator('.cite__marker').first().click();
			await page.waitForURL(/#ref-1$/);
			const reference = page.locator('[id="ref-1"]');
			expect(await reference.count()).toBe(1);
			// The reference names the claim with a link to its page, under the sub-path in this edition.
			const claimLink = reference.locator(`a[href^="${SUB_PATH}${edition.slice(1) && 'en/'}claims/"]`).first();
			expect(await claimLink.count()).toBe(1);
			await claimLink.click();
			await page.waitForURL(new RegExp(`${SUB_PATH}${edition.slice(1) && 'en/'}claims/[^/]+/$`));
			expect(await page.locator('h1').count()).toBe(1);
		});
	});

	// The test's own `expect`: tests that run at once each need theirs for `expect.poll`.
	it('searches, and a result leads to the claim in its source under the sub-path', async ({ expect }) => {
		await withTab(async (page) => {
			const errors = watchErrors(page);
			await page.goto(`${site.url}/sources/${source.slug}/`);
			await page.keyboard.press('/');
			const input = page.getByRole('combobox');
			await expect.poll(() => input.isVisible()).toBe(true);
			await input.pressSequentially('Лавров', { delay: 30 });
			const first = page.locator('.search-dialog [role="option"] a').first();
			await expect.poll(() => first.count(), { timeout: SEARCH_WAIT.timeout }).toBeGreaterThan(0);
			expect(await first.getAttribute('href')).toMatch(new RegExp(`^${SUB_PATH}sources/`));
			await first.click();
			await page.waitForURL(new RegExp(`${SUB_PATH}sources/[^/]+/.*#`));
			expect(errors).toEqual([]);
		});
	});

	it.each([
		['Russian', 'Лавров', ''],
		['English', 'Лавров', '/en'],
		['English', 'Lavrov', '/en'],
	])('searches the %s edition for «%s», and every result resolves under the sub-path', async (_, query, edition) => {
		await withTab(async (page) => {
			const errors = watchErrors(page);
			await page.goto(`${site.url}${edition}/search/?q=${encodeURIComponent(query)}`);
			await searched(page, query);
			const hrefs = await page
				.locator('.search-ui__result a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(hrefs.length).toBeGreaterThan(0);
			// Results of both indexes stay in the reader's edition, under the sub-path.
			expect(hrefs.filter((href) => !href.startsWith(`${SUB_PATH}${edition.slice(1) && 'en/'}`))).toEqual([]);
			for (const href of new Set(hrefs.map((h) => h.split('#')[0]))) {
				const response = await page.request.get(new URL(href, site.url).href);
				expect(response.status(), href).toBe(200);
			}
			await page.locator('.search-ui__result a').first().click();
			await page.waitForURL(new RegExp(`${SUB_PATH}${edition.slice(1) && 'en/'}(sources|claims|themes)/`));
			expect(await page.locator('html').getAttribute('lang')).toBe(edition ? 'en' : 'ru');
			expect(errors).toEqual([]);
		});
	});

	it('switches to the English edition of the same claim under the sub-path', async () => {
		await withTab(async (page) => {
			await page.goto(`${site.url}/sources/${source.slug}/#${claim.id}`);
			await page.getByRole('link', { name: 'English', exact: true }).click();
			await page.waitForURL(`${site.url}/en/sources/${source.slug}/#${claim.id}`);
			expect(await page.locator('html').getAttribute('lang')).toBe('en');
		});
	});
});
