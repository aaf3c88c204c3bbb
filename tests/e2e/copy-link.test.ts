import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser';
import { useSite } from '../support/site';
import { corpus } from '../support/corpus';

const source = corpus.sources[0];
const claim = source.data.claims[0];

const site = useSite();

/** A context whose pages may read and write the clipboard, as after a user's permission. */
async function clipboardContext(): Promise<BrowserContext> {
	const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
	return context;
}

describe('copy buttons in a real browser', () => {
	it('copy the absolute permanent link of a claim and say so politely', async () => {
		const context = await clipboardContext();
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${site.url}/claims/${claim.id}/`);
		const button = page.locator('.permalink button[data-copy]');
		await expect.poll(() => button.isVisible()).toBe(true);
		await button.click();
		const status = page.locator('.permalink [role="status"]');
		await expect.poll(() => status.textContent()).toBe('Ссылка скопирована');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`${site.url}/claims/${claim.id}/`);
		expect(errors).toEqual([]);
		await context.close();
	});

	it('copy a paragraph link and a claim-note link on the source page', async () => {
		const context = await clipboardContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/en/sources/${source.slug}/`);
		await page.locator('#p-2 > .copy button').click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`${site.url}/en/sources/${source.slug}/#p-2`);
		await expect.poll(() => page.locator('#p-2 > .copy [role="status"]').textContent()).toBe('Link copied');
		await page.locator(`[data-note="${claim.id}"] button[data-copy]`).click();
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe(`${site.url}/en/sources/${source.slug}/#${claim.id}`);
		await context.close();
	});

	it('copy a reference from «Cite this» exactly as shown', async () => {
		const context = await clipboardContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/claims/${claim.id}/`);
		await page.locator('details.cite-this summary').click();
		await page.locator('#cite-gost + .copy button').click();
		const shown = await page.locator('#cite-gost').textContent();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
		await context.close();
	});

	it('leave the buttons hidden and the plain links working without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/sources/${source.slug}/`);
		expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
		await page.locator(`[data-note="${claim.id}"] a.note__anchor`).click();
		expect(new URL(page.url()).hash).toBe(`#${claim.id}`);
		await context.close();
	});
});
