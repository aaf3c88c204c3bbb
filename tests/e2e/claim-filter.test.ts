import { describe, expect, it } from 'vitest';
import { corpus } from '../support/corpus';
import { useSite } from '../support/site';

const site = useSite();
const claims = corpus.sources.flatMap((s) => s.data.claims.map((c) => ({ ...c, source: s.slug })));

describe('the claims filter (a <search> that filters as one types)', () => {
	it('applies a filter from the URL, then narrows by kind as the reader chooses', async () => {
		const source = corpus.sources[1];
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/claims/?source=${source.slug}`);
		const shown = page.locator('.claims-table tbody tr:visible');
		await expect.poll(() => shown.count()).toBe(source.data.claims.length);
		const kind = source.data.claims[0].kind;
		await page.selectOption('[data-claim-filter] select[name="kind"]', kind);
		await expect.poll(() => shown.count()).toBe(source.data.claims.filter((c) => c.kind === kind).length);
		await page.close();
	});

	it('keeps only the rows whose text holds the typed word (typed with е for ё)', async () => {
		// A word of one quote, typed with е wherever the quote has ё, as readers often do.
		const word = claims[0].quote.split(/\s+/).find((w) => /^[\p{L}]{6,}$/u.test(w))!;
		const typed = word.replace(/ё/g, 'е');
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/claims/`);
		await page.fill('[data-claim-filter] input[name="q"]', typed);
		const shown = page.locator('.claims-table tbody tr:visible');
		// The filter's script loads on focus, so the table is whole until it has run: wait for it to narrow.
		await expect.poll(() => shown.count()).toBeLessThan(claims.length);
		const texts = await shown.allTextContents();
		expect(texts.length).toBeGreaterThan(0);
		for (const text of texts) expect(text.toLocaleLowerCase().replace(/ё/g, 'е')).toContain(typed.toLocaleLowerCase());
		await page.close();
	});
});
