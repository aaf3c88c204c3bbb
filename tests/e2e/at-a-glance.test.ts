import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { corpus } from '../support/corpus';
import { useSite } from '../support/site';

/**
 * Issue 14 in Chromium, with JavaScript off: what it asks for works from HTML and CSS alone
 * (citation previews, sidenotes, the phone menu).
 */
const site = useSite();
const essay = `/en/themes/${corpus.themes[0].data.id}/`;
let context: BrowserContext | undefined;
afterEach(async () => {
	await context?.close();
	context = undefined;
});

async function open(path: string, width: number): Promise<Page> {
	context = await site.browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${site.url}${path}`);
	// Positions are measured: once the web fonts have set the text, which moves it.
	await page.evaluate(() => document.fonts.ready.then(() => undefined));
	return page;
}

const activeInside = (page: Page, selector: string) =>
	page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);

describe('citation previews', () => {
	it.each([[320], [390], [1000]])(
		'at %i px: Enter opens the preview beside its marker, Tab moves into it, Escape closes it and focus returns',
		async (width) => {
			const page = await open(essay, width);
			const toggle = page.locator('button.cite__toggle').nth(2);
			const preview = page.locator(`[id="${await toggle.getAttribute('popovertarget')}"]`);
			await expect.poll(() => preview.isVisible()).toBe(false);
			// The hard case: a marker mid-screen, with room for the whole preview on neither side.
			await toggle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await toggle.focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => preview.evaluate((el) => el.matches(':popover-open'))).toBe(true);
			// Anchored: just under (or over) its marker, inside the window. Both measured in one frame,
			// and again until the layout settles (a web font arriving moves the marker, and the
			// preview follows it a frame later).
			const previewId = (await toggle.getAttribute('popovertarget'))!;
			const placement = () =>
				toggle.evaluate((marker, id) => {
					const m = marker.getBoundingClientRect();
					const box = document.getElementById(id)!.getBoundingClientRect();
					return {
						gap: Math.min(Math.abs(box.top - m.bottom), Math.abs(m.top - box.bottom)),
						left: box.left,
						right: box.right,
					};
				}, previewId);
			await expect.poll(async () => (await placement()).gap).toBeLessThan(16);
			const { left, right } = await placement();
			expect(left).toBeGreaterThanOrEqual(0);
			expect(right).toBeLessThanOrEqual(width);
			await page.keyboard.press('Tab');
			expect(await activeInside(page, '.cite__preview')).toBe(true);
			await page.keyboard.press('Escape');
			await expect.poll(() => preview.evaluate((el) => el.matches(':popover-open'))).toBe(false);
			expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
		},
	);

	it('from 1200 px stands in the margin beside its paragraph, and the number links to the reference', async () => {
		const page = await open(essay, 1280);
		const cite = page.locator('.essay__body .cite:has(.cite__preview)').first();
		expect(await cite.locator('button.cite__toggle').isVisible()).toBe(false);
		expect(await cite.locator('a.cite__marker').isVisible()).toBe(true);
		const note = (await cite.locator('.cite__preview').boundingBox())!;
		const paragraph = (await cite.locator('xpath=ancestor::p[1]').boundingBox())!;
		expect(note.x).toBeGreaterThan(paragraph.x + paragraph.width);
		expect(note.x + note.width).toBeLessThanOrEqual(1280);
		// Level with the citing paragraph.
		expect(note.y).toBeGreaterThanOrEqual(paragraph.y - 1);
		expect(note.y).toBeLessThan(paragraph.y + paragraph.height);
	});

	it('in print: the numbers and the reference list, no previews', async () => {
		const page = await open(essay, 1280);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.cite__preview').first().isVisible()).toBe(false);
		expect(await page.locator('button.cite__toggle').first().isVisible()).toBe(false);
		expect(await page.locator('a.cite__marker').first().isVisible()).toBe(true);
		expect(await page.locator('.reference-list li').first().isVisible()).toBe(true);
	});
});

describe('the header', () => {
	it('is one line at 390 px: the name, search and a menu that opens the navigation without JavaScript', async () => {
		context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		await page.goto(`${site.url}/`);
		const header = (await page.locator('.site-header').boundingBox())!;
		const name = (await page.locator('.site-name').boundingBox())!;
		expect(header.height).toBeLessThanOrEqual(60);
		for (const control of ['.site-tools--bar [data-search-link]', '.menu-button']) {
			const box = (await page.locator(control).boundingBox())!;
			expect(Math.abs(box.y + box.height / 2 - (name.y + name.height / 2)), control).toBeLessThan(6);
		}
		await context.close();
		const nojs = await open('/', 390);
		expect(await nojs.locator('.site-nav a').first().isVisible()).toBe(false);
		await nojs.locator('.menu-button').click();
		expect(await nojs.locator('.site-nav a').first().isVisible()).toBe(true);
		await nojs.keyboard.press('Escape');
		expect(await nojs.locator('.site-nav a').first().isVisible()).toBe(false);
	});

	it('is unchanged at 1280 px: the navigation in the header, no menu button', async () => {
		const page = await open('/', 1280);
		expect(await page.locator('.menu-button').isVisible()).toBe(false);
		const links = page.locator('.site-nav a');
		const tops = await links.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
		expect(new Set(tops).size).toBe(1);
		expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(60);
	});
});
