import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabPool, watchErrors } from '../support/browser';
import { contentPageTypes, corpus } from '../support/corpus';
import { useSite } from '../support/site';

/** Fonts a page may download for its first view, gzip or not (WOFF2 is compressed already). */
const FONT_BUDGET = 150 * 1024;

const source = corpus.sources[0];
const claim = source.data.claims.at(-1)!;

const site = useSite();

/** One context for the first-view tests, its tabs reused (a new tab costs the browser more than a page load). */
let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(() => context.close());

/**
 * A reused tab must load a page as a first visit would: with the browser's cache off, every file
 * the page needs is fetched again, so none is counted out of the first view.
 */
const withTab = tabPool(async () => {
	const page = await context.newPage();
	const devtools = await context.newCDPSession(page);
	await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
	return page;
});

describe('the first view of a content page in Chromium', () => {
	// A few pages at a time: each waits for the network to be quiet (half a second of nothing).
	it.concurrent.for([...contentPageTypes, ...contentPageTypes.map((p) => `/en${p}`)])(
		'%s fetches no script, fonts within budget, nothing from another origin',
		// The test's own `expect`: tests that run at once each need theirs for `expect.poll`.
		(path, { expect }) =>
			withTab(async (page) => {
				const fetched: { url: string; type: string; bytes: Promise<number> }[] = [];
				page.on('response', (response) =>
					fetched.push({
						url: response.url(),
						type: response.request().resourceType(),
						bytes: response.body().then(
							(b) => b.length,
							() => 0,
						),
					}),
				);
				await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
				// The fonts the page itself fetched, by its own timeline; their responses may reach this
				// process a little after the page has them, on a busy machine.
				const fontFiles = await page.evaluate(async () => {
					await document.fonts.ready;
					return performance.getEntriesByType('resource').filter((e) => /\.woff2(\?|$)/.test(e.name)).length;
				});
				expect(fontFiles).toBeGreaterThan(0);
				await expect.poll(() => fetched.filter((r) => r.type === 'font').length).toBe(fontFiles);
				expect(fetched.filter((r) => r.type === 'script').map((r) => r.url)).toEqual([]);
				expect(fetched.filter((r) => !r.url.startsWith(site.url)).map((r) => r.url)).toEqual([]);
				const fonts = fetched.filter((r) => r.type === 'font');
				const fontBytes = (await Promise.all(fonts.map((f) => f.bytes))).reduce((a, b) => a + b, 0);
				expect(fontBytes).toBeLessThanOrEqual(FONT_BUDGET);
			}),
	);

	// A source text, and pages that name people and places in Kazakh or show symbols.
	it.each([[`/sources/${source.slug}/`], ['/people/'], ['/about/']])(
		"%s fetches a face's second file (rare characters) when, and only when, it shows one of them",
		(path) =>
			withTab(async (page) => {
				const fonts: string[] = [];
				page.on('request', (r) => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname));
				await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
				await page.evaluate(() => document.fonts.ready);
				// The characters of the second files, from their `unicode-range`, that the page's text has.
				const shown = await page.evaluate(() => {
					const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
					const ranges = rules
						.filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
						.filter((rule) => rule.style.getPropertyValue('src').includes('-rest'))
						.flatMap((rule) => rule.style.getPropertyValue('unicode-range').split(','))
						.map((range) =>
							range
								.trim()
								.slice(2)
								.split('-')
								.map((hex) => parseInt(hex, 16)),
						);
					const text = document.body.innerText;
					return [...new Set(text)].filter((c) =>
						ranges.some(([from, to = from]) => c.codePointAt(0)! >= from && c.codePointAt(0)! <= to),
					);
				});
				expect(fonts.length).toBeGreaterThan(0);
				expect(fonts.filter((path) => /-rest\.[\w-]+\.woff2$/.test(path)).length > 0, `shows ${shown.join('')}`).toBe(
					shown.length > 0,
				);
			}),
	);

	it('loads the enhancements on first use, and the click that asked for them takes effect', async () => {
		const context = await site.browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		const errors = watchErrors(page);
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto(`${site.url}/sources/${source.slug}/`, { waitUntil: 'networkidle' });
		expect(scripts).toEqual([]);
		await page.locator('[data-theme-toggle]').click();
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(scripts.length).toBeGreaterThan(0);
		expect(scripts.every((url) => new URL(url).pathname.startsWith('/_astro/'))).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('opens a claim link scrolled to the quote and highlighted', () =>
		withTab(async (page) => {
			await page.goto(`${site.url}/sources/${source.slug}/#${claim.id}`);
			const quote = page.locator(`[id="${claim.id}"]`);
			await expect.poll(() => quote.evaluate((el) => el.matches(':target')), { timeout: 10_000 }).toBe(true);
			const box = await quote.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
			expect(box.top).toBeGreaterThanOrEqual(0);
			expect(box.top).toBeLessThan(900);
			const normal = await page
				.locator(`[data-claim]:not([id="${claim.id}"])`)
				.first()
				.evaluate((el) => getComputedStyle(el).backgroundColor);
			expect(await quote.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(normal);
		}));
});
