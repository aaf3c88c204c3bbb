import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_WAIT, tabPool } from '../support/browser';
import { useSite } from '../support/site';
import { corpus } from '../support/corpus';

/**
 * Search quality, measured in a real browser against the built index. Each case names the
 * claims (or paragraphs) a reader must get, and an oracle: hand-written patterns of the forms
 * that count as the term, independent of the site's own stemmer. Recall: share of the required
 * results returned. Precision: share of returned results that really contain every term.
 */
interface Case {
	q: string;
	/** Claim ids (or `slug#p-n` paragraphs) that must be among the results. */
	must: string[];
	/** One pattern per term; a result is correct if its text matches all of them. Empty: expect no results. */
	oracle: RegExp[];
	locale?: 'ru' | 'en';
	/** A misspelling: the correction offered (one click away), or `null` when none may be offered. */
	corrects?: { to: string; finds: string[] } | null;
}

const cases: Case[] = [
	{
		q: 'русофобия',
		must: ['russophobia-campaign-2020-2021', 'moscow-sees-russophobia-everywhere'],
		oracle: [/русофоб/i],
	},
	{
		q: 'русофобии',
		must: ['russophobia-campaign-2020-2021', 'moscow-sees-russophobia-everywhere'],
		oracle: [/русофоб/i],
	},
	{
		q: 'многовекторность',
		must: ['multivector-irritates-moscow', 'multivector-protects-sovereignty', 'nur-sultan-multivector-course'],
		oracle: [/многовекторн/i],
	},
	{
		q: 'ЕАЭС',
		must: [
			'eaeu-protectionism-kz-exporters',
			'eaeu-benefit-falls-under-sanctions',
			'eaeu-unprofitable-kazakh-experts',
			'ru-kz-cooperation-defence-eaeu',
			'kz-ru-partnership-scope',
		],
		oracle: [/ЕАЭС|Евразийск\S* экономическ\S* союз/i],
	},
	{
		q: 'Евразийский экономический союз',
		must: ['eaeu-protectionism-kz-exporters', 'eaeu-unprofitable-kazakh-experts', 'kz-ru-partnership-scope'],
		oracle: [/ЕАЭС|Евразийск\S* экономическ\S* союз/i],
	},
	{ q: 'Астана', must: ['nur-sultan-multivector-course'], oracle: [/Астан|Нур-Султан/i] },
	{ q: 'Нур-Султан', must: ['nur-sultan-multivector-course'], oracle: [/Астан|Нур-Султан/i] },
	{
		q: '"многовекторную внешнюю политику"',
		must: ['multivector-protects-sovereignty'],
		oracle: [/многовекторную внешнюю политику/i],
	},
	{
		q: '«многовекторную внешнюю политику»',
		must: ['multivector-protects-sovereignty'],
		oracle: [/многовекторную внешнюю политику/i],
	},
	{
		q: '“многовекторную внешнюю политику”',
		must: ['multivector-protects-sovereignty'],
		oracle: [/многовекторную внешнюю политику/i],
	},
	{
		q: 'Кремль',
		must: [
			'kremlin-drags-into-war',
			'eaeu-protectionism-kz-exporters',
			'kremlin-declared-equal-partnership',
			'us-funded-labs-kremlin',
			'kremlin-oil-pipeline-accident',
		],
		oracle: [/Кремл/i],
	},
	{ q: 'КРЕМЛЯ', must: ['kremlin-drags-into-war', 'us-funded-labs-kremlin'], oracle: [/Кремл/i] },
	{ q: 'Токаев', must: ['tokayev-aid-katowice', 'west-urges-tokayev-drop-support'], oracle: [/Тока?ев|Тоқаев/i] },
	{ q: 'Тоқаев', must: ['tokayev-aid-katowice', 'west-urges-tokayev-drop-support'], oracle: [/Токаев|Тоқаев/i] },
	{ q: 'Лавров', must: ['caspian-ports-lavrov'], oracle: [/Лавров/i] },
	{ q: 'Сулейменов', must: ['suleimenov-euractiv-war-not-operation'], oracle: [/Сулейм[еа]нов/i] },
	{
		q: 'санкции',
		must: [
			'kz-us-sanctions-consultations',
			'ruling-clans-fear-russia-secondary-sanctions',
			'west-aim-block-sanctions-evasion',
			'eaeu-benefit-falls-under-sanctions',
		],
		oracle: [/санкци[ийяеюо]/i],
	},
	{ q: 'нефтепровод', must: ['kremlin-oil-pipeline-accident'], oracle: [/нефтепровод/i] },
	{ q: 'лаборатории', must: ['us-funded-labs-kremlin'], oracle: [/лаборатори/i] },
	// A two-word name: one term, satisfied by its alias «Каспий» too.
	{
		q: 'Каспийского моря',
		must: ['russia-displeased-multivector', 'caspian-ports-lavrov'],
		oracle: [/Каспи|Caspian/i],
	},
	{ q: 'ЛНР', must: ['neutrality-lnr-dnr-displeasure'], oracle: [/ЛНР|ЛДНР|Луганск/i] },
	{
		q: 'Китай',
		must: ['elites-no-strategy-china-influence', 'kz-us-sanctions-consultations'],
		oracle: [/Кита[йяюе]/i],
	},
	{ q: 'Marianne', must: ['moniquet-marianne-eu-key-event'], oracle: [/Marianne|Марианн/i] },
	{ q: 'NBC', must: ['nbc-kazakhstan-refused-troops'], oracle: [/NBC/i] },
	{ q: 'старнах', must: ['russia-seen-as-aggressor'], oracle: [/старнах/i] },
	// The author's typo is found as typed (and, as forms of «говорить», with its relatives).
	{ q: 'говориться', must: ['oqu-multivector-policy#p-3'], oracle: [/говор/i] },
	{ q: 'Катовице', must: ['tokayev-aid-katowice'], oracle: [/Катовиц/i] },
	{ q: '«золотой середины»', must: ['neutrality-balance-will-hold'], oracle: [/золотой середины/i] },
	{
		q: '"из-под российского влияния"',
		must: ['ivanov-kazakhstan-exits-russian-orbit', 'ivanov-west-help-kazakhstan-break-free'],
		oracle: [/из-под российского влияния/i],
	},
	{
		q: '«многие направления — от сферы обороны»',
		must: ['ru-kz-cooperation-defence-eaeu'],
		oracle: [/многие\s+направления\s+—\s+от\s+сферы\s+обороны/i],
	},
	{ q: '«слишком много русских»', must: ['crimean-precedent-northern-regions'], oracle: [/слишком много русских/i] },
	{ q: 'Лавров Актау', must: ['caspian-ports-lavrov'], oracle: [/Лавров/i, /Актау/i] },
	{ q: 'русофобия кремль', must: [], oracle: [/русофоб/i, /Кремл/i] },
	{ q: 'абракадабра', must: [], oracle: [] },
	{ q: 'воины', must: [], oracle: [] },
	{ q: 'мой', must: [], oracle: [] },
	{ q: 'Назарбаев', must: [], oracle: [], corrects: null },
	{ q: 'биткоин кремль', must: [], oracle: [] },
	// Misspellings get the nearest corpus word, one click away; names the texts lack get nothing.
	{
		q: 'многовектрность',
		must: [],
		oracle: [],
		corrects: { to: 'многовекторность', finds: ['multivector-irritates-moscow'] },
	},
	// A name's other ending is one of its forms; a transposition is a misspelling.
	{ q: 'Тлеуберды', must: ['tleuberdi-no-ldnr-recognition'], oracle: [/Тлеуберд/i] },
	{ q: 'Тлеубреди', must: [], oracle: [], corrects: { to: 'Тлеуберди', finds: ['tleuberdi-no-ldnr-recognition'] } },
	{
		q: 'sanctons',
		locale: 'en',
		must: [],
		oracle: [],
		corrects: { to: 'sanctions', finds: ['west-aim-block-sanctions-evasion'] },
	},
	{
		q: 'sanctions',
		locale: 'en',
		must: ['kz-us-sanctions-consultations', 'west-aim-block-sanctions-evasion'],
		oracle: [/sanction|санкци/i],
	},
	{
		q: 'Tokayev',
		locale: 'en',
		must: ['tokayev-aid-katowice', 'west-urges-tokayev-drop-support'],
		oracle: [/Tokayev|Токаев|Тоқаев/i],
	},
	{
		q: 'русофобия',
		locale: 'en',
		must: ['russophobia-campaign-2020-2021', 'moscow-sees-russophobia-everywhere'],
		oracle: [/русофоб|Russophob/i],
	},
	{
		q: 'Astana',
		locale: 'en',
		must: ['nur-sultan-multivector-course'],
		oracle: [/Astana|Nur-Sultan|Астан|Нур-Султан/i],
	},
];

const claimText = new Map(
	corpus.sources.flatMap((s) =>
		s.data.claims.map(
			(c) => [c.id, { ru: `${c.quote} ${c.summary.ru}`, en: `${c.quote} ${c.translation} ${c.summary.en}` }] as const,
		),
	),
);

const site = useSite();
/** One context for every query: the pages share its cache, so Pagefind's code is fetched and compiled once. */
let context: BrowserContext;
/** Tabs, each reused for the next query. */
const withTab = tabPool(() => context.newPage());
beforeAll(async () => {
	context = await site.browser.newContext();
});

interface Found {
	href: string;
	type: string;
	marks: string[];
	text: string;
}

async function search(
	page: Page,
	q: string,
	locale: 'ru' | 'en',
): Promise<{ results: Found[]; notice: string; status: string }> {
	await page.goto(`${site.url}${locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(q)}`);
	await page.waitForFunction(
		(query) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === query,
		q.trim(),
		SEARCH_WAIT,
	);
	// A search shows its best results first; the rest are one «more» away. Recall counts them all.
	for (let more = page.locator('.search-ui__more:not([hidden])'); await more.count();) {
		const before = await page.locator('[data-search-page]').getAttribute('data-searched-at');
		await more.click();
		await page.waitForFunction(
			(at) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searchedAt !== at,
			before,
			SEARCH_WAIT,
		);
	}
	return page.evaluate(() => ({
		results: [...document.querySelectorAll('.search-ui__result')].map((li) => ({
			href: li.querySelector('a')?.getAttribute('href') ?? '',
			type:
				[...li.classList].find((c) => c.startsWith('search-ui__result--'))?.slice('search-ui__result--'.length) ?? '',
			marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
			text: li.textContent ?? '',
		})),
		notice: document.querySelector('.search-ui__notice')?.textContent ?? '',
		status: document.querySelector('.search-ui__status')?.textContent ?? '',
	}));
}

/** The claim id or `slug#p-n` a result points at. */
const target = (href: string) => {
	const url = new URL(href, 'http://x');
	const slug = url.pathname.match(/\/sources\/([^/]+)\//)?.[1];
	const hash = url.hash.slice(1);
	return hash.startsWith('p-') ? `${slug}#${hash}` : hash;
};

const totals = { required: 0, returnedRequired: 0, returned: 0, correct: 0 };

describe('search quality in Chromium', () => {
	// A few queries at a time: most of a query's time is waiting for the browser.
	it.concurrent.each(cases.map((c) => [c.locale === 'en' ? `${c.q} (en)` : c.q, c] as const))(
		'%s',
		async (_name, c) => {
			await withTab(async (page) => {
				const locale = c.locale ?? 'ru';
				const { results, notice } = await search(page, c.q, locale);
				const targets = results.map((r) => target(r.href));
				const missing = c.must.filter((id) => !targets.includes(id));
				const wrong = results.filter((r) => {
					const id = target(r.href);
					const text = r.type === 'claim' && claimText.has(id) ? claimText.get(id)![locale] : r.marks.join(' ');
					return (
						!c.oracle.every((pattern) => pattern.test(text)) &&
						!(r.type !== 'claim' && c.oracle.some((p) => r.marks.some((m) => p.test(m))))
					);
				});
				totals.required += c.must.length;
				totals.returnedRequired += c.must.length - missing.length;
				totals.returned += results.length;
				totals.correct += results.length - wrong.length;
				if (c.oracle.length === 0) {
					expect(results, `"${c.q}" must find nothing`).toEqual([]);
					expect(notice).not.toBe('');
				}
				if (c.corrects !== undefined) {
					const offered = page.locator('.search-ui__suggestion');
					if (c.corrects === null) expect(await offered.allTextContents(), `"${c.q}" offers no correction`).toEqual([]);
					else {
						expect(await offered.allTextContents()).toContain(c.corrects.to);
						await offered.filter({ hasText: c.corrects.to }).first().click();
						await page.waitForFunction(
							(query) => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.searched === query,
							c.corrects.to,
							SEARCH_WAIT,
						);
						const corrected = await page
							.locator('.search-ui__result a')
							.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
						for (const id of c.corrects.finds) expect(corrected.map(target)).toContain(id);
					}
				}
				expect(missing, `"${c.q}" missed`).toEqual([]);
				expect(
					wrong.map((w) => w.href),
					`"${c.q}" returned results without the term`,
				).toEqual([]);
				// Results lead to the claim's place in its source, in the reader's edition.
				for (const r of results.filter((x) => x.type === 'claim'))
					expect(r.href).toMatch(
						locale === 'en' ? /^\/en\/sources\/[^/]+\/\?hl=.+#[a-z0-9-]+$/ : /^\/sources\/[^/]+\/\?hl=.+#[a-z0-9-]+$/,
					);
			});
		},
	);

	it('has enough queries to speak for the search', () => {
		expect(cases.length).toBeGreaterThanOrEqual(30);
	});

	// Each case already demands recall = precision = 1; the totals are only reported, after
	// whichever cases ran (one case alone, with -t, reports that case).
	afterAll(() => {
		if (!totals.required) return;
		console.log(
			`search quality: recall ${(totals.returnedRequired / totals.required).toFixed(3)} (${totals.returnedRequired}/${totals.required}), precision ${(totals.correct / totals.returned).toFixed(3)} (${totals.correct}/${totals.returned})`,
		);
	});
});
