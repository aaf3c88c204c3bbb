import { describe, expect, it } from 'vitest';
import { watchErrors } from '../support/browser';
import { corpus } from '../support/corpus';
import { SUB_PATH, subPathDist } from '../support/dist';
import { useSite } from '../support/site';

const source = corpus.sources[1];
const claim = source.data.claims[0];

/** The site built with `base: '/kz-ru/'`, served only under that path, as a project page is. */
const site = useSite({ dir: subPathDist, base: SUB_PATH });

describe(`the site under ${SUB_PATH} in Chromium`, () => {
	it('loads every asset of a page from under the sub-path, with no failed request', async () => {
		const page = await site.browser.newPage();
		const errors = watchErrors(page);
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
		await page.goto(`${site.url}/claims/${claim.id}/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		expect(requested.length).toBeGreaterThan(3);
		expect(requested.filter((path) => !path.startsWith(SUB_PATH))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('searches, and a result leads to the claim in its source under the sub-path', async () => {
		const page = await site.browser.newPage();
		const errors = watchErrors(page);
		await page.goto(`${site.url}/sources/${source.slug}/`);
		await page.keyboard.press('/');
		const input = page.getByRole('combobox');
		await expect.poll(() => input.isVisible()).toBe(true);
		await input.pressSequentially('Лавров', { delay: 30 });
		const first = page.locator('.search-dialog [role="option"] a').first();
		await expect.poll(() => first.count(), { timeout: 15_000 }).toBeGreaterThan(0);
		expect(await first.getAttribute('href')).toMatch(new RegExp(`^${SUB_PATH}sources/`));
		await first.click();
		await page.waitForURL(new RegExp(`${SUB_PATH}sources/[^/]+/.*#`));
		expect(errors).toEqual([]);
		await page.close();
	});

	it('switches to the English edition of the same claim under the sub-path', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/sources/${source.slug}/#${claim.id}`);
		await page.getByRole('link', { name: 'English', exact: true }).click();
		await page.waitForURL(`${site.url}/en/sources/${source.slug}/#${claim.id}`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.close();
	});
});
