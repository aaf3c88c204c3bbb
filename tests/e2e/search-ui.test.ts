import { describe, expect, it } from 'vitest';
import { SEARCH_WAIT, watchErrors } from '../support/browser';
import { useSite } from '../support/site';

const site = useSite();

describe('search interface', () => {
	it('opens from the keyboard with / and Ctrl+K, finds as you type, and is a combobox with an announced count', async () => {
		const page = await site.browser.newPage();
		const errors = watchErrors(page);
		await page.goto(`${site.url}/about/`);
		await page.keyboard.press('/');
		const input = page.getByRole('combobox');
		await expect.poll(() => input.isVisible()).toBe(true);
		await input.pressSequentially('русофобия', { delay: 30 });
		const status = page.locator('.search-dialog [role="status"]');
		await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Найдено( пока)?: \d+ результат/);
		expect(await input.getAttribute('aria-expanded')).toBe('true');
		const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
		expect(await listbox.getAttribute('role')).toBe('listbox');
		// Keyboard only: arrow to the first option, Enter opens it.
		await input.press('ArrowDown');
		const active = await input.getAttribute('aria-activedescendant');
		expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
		await input.press('Enter');
		await page.waitForURL(/hl=/);
		// The landing page marks the inflected forms the reader matched.
		await expect.poll(() => page.locator('mark.search-hit').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		const marked = await page.locator('mark.search-hit').allTextContents();
		expect(marked.every((m) => /^русофоби/i.test(m))).toBe(true);
		expect(marked).toContain('русофобии');
		await page.keyboard.press('Control+k');
		await expect.poll(() => page.getByRole('combobox').isVisible()).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps the query and filters in the URL, and restores them', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('Казахстан')}&kind=prediction&sort=date-desc`);
		await page.waitForFunction(
			() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === 'Казахстан',
			null,
			SEARCH_WAIT,
		);
		expect(await page.locator('select[name="kind"]').inputValue()).toBe('prediction');
		const types = await page.locator('.search-ui__result').evaluateAll((items) => items.map((li) => li.className));
		expect(types.length).toBeGreaterThan(0);
		expect(types.every((c) => c.includes('search-ui__result--claim'))).toBe(true);
		await page.locator('select[name="kind"]').selectOption('');
		await page.locator('select[name="type"]').selectOption('paragraph');
		await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('paragraph');
		expect(new URL(page.url()).searchParams.get('q')).toBe('Казахстан');
		await page.close();
	});

	it('on English pages asks the Russian index only for words the Russian texts may have', async () => {
		const page = await site.browser.newPage();
		const russianIndex: string[] = [];
		page.on('request', (request) => {
			if (/\/pagefind\/(pagefind\.ru_.*\.pf_meta|index\/ru_)/.test(request.url())) russianIndex.push(request.url());
		});
		const searchFor = async (q: string) => {
			await page.goto(`${site.url}/en/search/?q=${encodeURIComponent(q)}`);
			await page.waitForFunction(
				(query) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === query,
				q,
				SEARCH_WAIT,
			);
			return page.locator('.search-ui__result a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		};
		// No Russian text has a word beginning «sanction»: the English index answers alone.
		expect((await searchFor('sanctions')).length).toBeGreaterThan(0);
		expect(russianIndex).toEqual([]);
		// «Marianne» is in a Russian paragraph (paragraphs are in the Russian records alone).
		const marianne = await searchFor('Marianne');
		expect(russianIndex.length).toBeGreaterThan(0);
		expect(marianne.some((href) => /#p-\d+$/.test(href ?? ''))).toBe(true);
		await page.close();
	});

	it('says plainly which word of a query the texts do not contain', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('русофобия абырвалг')}`);
		await page.waitForFunction(
			() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === 'русофобия абырвалг',
			null,
			SEARCH_WAIT,
		);
		expect(await page.locator('.search-ui__notice').textContent()).toBe('В текстах не встречается: «абырвалг».');
		expect(await page.locator('.search-ui__result').count()).toBe(0);
		await page.close();
	});

	it('uses correct Russian plurals for the count', async () => {
		const page = await site.browser.newPage();
		// The Russian rule, written out (not Intl's): 1, 21 результат; 2–4, 22 результата; 5–20, 25
		// результатов. Every form is pinned by hand in unit/i18n; here the interface must apply it.
		const noun = (n: number) =>
			n % 10 === 1 && n % 100 !== 11
				? 'результат'
				: [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100)
					? 'результата'
					: 'результатов';

		for (const q of ['Катовице', 'Лавров Актау', 'санкции']) {
			await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
			await page.waitForFunction(
				(query) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === query,
				q,
				SEARCH_WAIT,
			);
			const n = await page.locator('.search-ui__result').count();
			const text = (await page.locator('.search-ui__status').textContent()) ?? '';
			// A search that can show more says that it has found these so far.
			const more = await page.locator('.search-ui__more').isVisible();
			expect(text).toBe(`${more ? 'Найдено пока' : 'Найдено'}: ${n} ${noun(n)}`);
		}
		await page.close();
	});

	it('counts what it found «so far» while «Показать ещё» can find more, and plainly once all is shown', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/search/?q=${encodeURIComponent('санкции')}`);
		const status = page.locator('.search-ui__status');
		const more = page.locator('.search-ui__more');
		await expect.poll(() => status.textContent(), { timeout: SEARCH_WAIT.timeout }).toMatch(/^Найдено пока: \d+ /);
		expect(await more.isVisible()).toBe(true);
		while (await more.isVisible()) {
			const before = await page.locator('.search-ui__result').count();
			await more.click();
			await expect
				.poll(
					async () => (await more.isVisible()) === false || (await page.locator('.search-ui__result').count()) > before,
					{ timeout: SEARCH_WAIT.timeout },
				)
				.toBe(true);
		}
		await expect.poll(() => status.textContent()).toMatch(/^Найдено: \d+ /);
		await page.close();
	});

	it('tells readers without JavaScript that search needs it, and where to go instead', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/search/`);
		await expect.poll(() => page.getByText('Поиск работает в браузере и требует JavaScript').isVisible()).toBe(true);
		expect(await page.locator('main a[href="/claims/"]').count()).toBeGreaterThan(0);
		await context.close();
	});
});
