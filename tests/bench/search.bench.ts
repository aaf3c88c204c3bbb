/**
 * Search benchmark (run with `npm run bench:search` after `npm run build`): in headless Chromium on a
 * local server, for each query: bytes transferred to answer the first query (split into the
 * search interface's own scripts and everything else: Pagefind, index chunks, fragments, search
 * data), and the time from the last keystroke to the results on screen, cold (first query of a
 * fresh browser) and warm (the next query on the same page), typing at about ten characters a
 * second; and the time from pasting a whole query into a fresh browser's search box to its results
 * (Pagefind, its index and the fragments all loaded cold). Prints a table; not a test.
 */
import type { Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { dist as builtDist } from '../support/dist.ts';

const dist = process.env.DIST_DIR ?? builtDist;
import { serve } from '../support/server.ts';

const QUERIES = ['русофобия', 'многовекторность', 'ЕАЭС', 'Астана', '"многовекторную внешнюю политику"'];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Milliseconds between keystrokes: a fast typist, about ten characters a second. */
const TYPING_DELAY = 100;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Types a query into the open search box; ms from the last keystroke to its results on screen. */
async function timeQuery(page: Page, query: string): Promise<number> {
	const input = page.getByRole('combobox');
	await input.fill('');
	await input.pressSequentially(query.slice(0, -1), { delay: TYPING_DELAY });
	// A capturing listener on window runs before the interface's own, so it sees the keystroke first.
	await page.evaluate(() => {
		const w = window as unknown as { benchStart: number };
		w.benchStart = 0;
		window.addEventListener('input', () => (w.benchStart = performance.now()), { once: true, capture: true });
	});
	await input.pressSequentially(query.at(-1)!);
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('[data-search-mount]')?.dataset.searched === q,
		query.trim(),
		{ timeout: 20_000 },
	);
	return page.evaluate(
		() =>
			Number(document.querySelector<HTMLElement>('[data-search-mount]')!.dataset.searchedAt) -
			(window as unknown as { benchStart: number }).benchStart,
	);
}

/** A fresh browser, the query pasted in one go: ms from the paste to its results, everything loaded cold. */
async function timePaste(url: string, query: string): Promise<number> {
	const browser = await launch();
	const page = await browser.newPage();
	await page.goto(`${url}/sources/oqu-nur-sultan-moscow/`, { waitUntil: 'networkidle' });
	await page.keyboard.press('/');
	const input = page.getByRole('combobox');
	await input.waitFor();
	await page.evaluate(() => {
		const w = window as unknown as { benchStart: number };
		window.addEventListener('input', () => (w.benchStart = performance.now()), { once: true, capture: true });
	});
	await input.fill(query);
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('[data-search-mount]')?.dataset.searched === q,
		query.trim(),
		{ timeout: 20_000 },
	);
	const ms = await page.evaluate(
		() =>
			Number(document.querySelector<HTMLElement>('[data-search-mount]')!.dataset.searchedAt) -
			(window as unknown as { benchStart: number }).benchStart,
	);
	await browser.close();
	return ms;
}

/** Bytes the server sent, by path; counted server-side because Pagefind fetches from a worker. */
let sent: [string, number][] = [];

async function measure(url: string, query: string) {
	const browser = await launch();
	const page = await browser.newPage();
	await page.goto(`${url}/sources/oqu-nur-sultan-moscow/`, { waitUntil: 'networkidle' });
	sent = [];
	await page.keyboard.press('/');
	await page.getByRole('combobox').waitFor();
	const cold = await timeQuery(page, query);
	await page.waitForLoadState('networkidle');
	let ui = 0;
	let data = 0;
	for (const [path, size] of sent) {
		if (process.env.BENCH_VERBOSE) console.log(query, path, size);
		// The interface: our scripts and Pagefind's runtime; the data: index, fragments, labels.
		if (path.startsWith('/_astro/') || /^\/pagefind\/(pagefind(-worker)?\.js|wasm\.)/.test(path)) ui += size;
		else data += size;
	}
	const warm = await timeQuery(page, query === 'Кремль' ? 'Токаев' : 'Кремль');
	await browser.close();
	return { cold, warm, ui, data };
}

const site = await serve(dist, { onSent: (path, bytes) => sent.push([path, bytes]) });
const rows = [];
for (const query of QUERIES) {
	const runs = [];
	const pastes = [];
	for (let i = 0; i < RUNS; i++) {
		runs.push(await measure(site.url, query));
		pastes.push(await timePaste(site.url, query));
		process.stderr.write('.');
	}
	rows.push({
		query,
		'interface KB': +(median(runs.map((r) => r.ui)) / 1024).toFixed(1),
		'search data KB': +(median(runs.map((r) => r.data)) / 1024).toFixed(1),
		'cold ms': Math.round(median(runs.map((r) => r.cold))),
		'warm ms': Math.round(median(runs.map((r) => r.warm))),
		'pasted cold ms': Math.round(median(pastes)),
	});
}
await site.close();
console.table(rows);
console.log(
	`median of ${RUNS} runs each; goals: search data ≤ 150 KB beyond the interface, cold ≤ 300 ms, warm ≤ 50 ms`,
);
