import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser';
import { useSite } from '../support/site';
import { contentPageTypes, corpus } from '../support/corpus';

const source = corpus.sources[0];
const claim = source.data.claims[0];

/** One page of every type, in both editions. */
const pageTypes = [...contentPageTypes, '/search/'];
const pages = [...pageTypes, ...pageTypes.map((p) => `/en${p}`), '/no-such-page/'];
/** Set SCREENSHOTS_DIR to keep a PNG of every page, scheme and width for a human to look at. */
const shots = process.env.SCREENSHOTS_DIR;

const site = useSite();
beforeAll(() => {
	if (shots) mkdirSync(shots, { recursive: true });
});

/**
 * Sideways scrolling shows at the narrowest width; the colour scheme changes only colours, and
 * the accessibility walk already checks every page for console errors. The other widths and
 * schemes are rendered only when screenshots are asked for, for a person to look at.
 */
const views = shots
	? ([320, 1280] as const).flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ width, scheme })))
	: [{ width: 320, scheme: 'light' as const }];

describe('every page type in a real browser', () => {
	for (const { width, scheme } of views) {
		it(`renders at ${width}px, ${scheme}, without console errors or horizontal scrolling`, async () => {
			const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
			const page = await context.newPage();
			const errors = watchErrors(page);
			for (const path of pages) {
				const before = errors.length;
				const response = await page.goto(`${site.url}${path}`);
				// The browser logs the 404 status of the not-found page itself; nothing else may fail.
				if (path === '/no-such-page/')
					errors.splice(before, errors.filter((e, i) => i >= before && /status of 404/.test(e)).length);
				expect(response?.status(), path).toBe(path === '/no-such-page/' ? 404 : 200);
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
				if (shots)
					await page.screenshot({
						path: join(shots, `${width}-${scheme}${path.replace(/\//g, '_') || '_'}.png`),
						fullPage: true,
					});
			}
			expect(errors).toEqual([]);
			await context.close();
		});
	}

	it('reads without JavaScript, and a claim anchor is visibly current via :target', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${site.url}/sources/${source.slug}/#${claim.id}`);
		const target = page.locator(`[id="${claim.id}"]`);
		await expect.poll(() => target.evaluate((el) => el.matches(':target')), { timeout: 10_000 }).toBe(true);
		const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		expect(await target.isVisible()).toBe(true);
		const inView = await target.evaluate((el) => {
			const box = el.getBoundingClientRect();
			return box.top >= 0 && box.top < window.innerHeight;
		});
		expect(inView).toBe(true);
		await context.close();
	});

	it('keeps the colour scheme chosen with the toggle across pages', async () => {
		const context = await site.browser.newContext({ colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto(`${site.url}/`);
		const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.getByRole('button', { name: 'Тема оформления' }).click();
		// The toggle's script loads on this first click, which then takes effect.
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.goto(`${site.url}/about/`);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(bg).not.toBe(light);
		await context.close();
	});

	it('switches language on the same page and the same claim anchor', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/sources/${source.slug}/#${claim.id}`);
		await page.getByRole('link', { name: 'English', exact: true }).click();
		await page.waitForURL(`**/en/sources/${source.slug}/#${claim.id}`);
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
		await context.close();
	});
});
