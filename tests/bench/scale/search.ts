/**
 * Search and page weight of a built corpus, in headless Chromium on a local server with gzip:
 * the site's search (Pagefind and the engine on top) against the simplest alternative, one JSON
 * of the same records loaded whole into MiniSearch. Both are measured alike: a fresh browser on a
 * loaded page, a query pasted in, the bytes the server sends from then until the results are on
 * screen, and the time from the paste to the results (cold); then a second query on the same page
 * (warm).
 */
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launch } from '../../support/browser.ts';
import { serve } from '../../support/server.ts';

/** The source page the reader searches from, and whose weight is measured. */
export const SOURCE_PAGE = '/sources/oqu-nur-sultan-moscow/';
/** A query answered by many records at every N, then a second one for the warm figure. */
export const QUERIES = { cold: 'многовекторность', warm: 'ЕАЭС' };

/** Figures of one search setup. Bytes after gzip; times in ms; medians of the runs. */
export interface SearchFigures {
	coldBytes: number;
	/** The part of `coldBytes` that is code (scripts, WebAssembly), the same at every N. */
	coldCodeBytes: number;
	/** `coldBytes` by kind of file (see {@link kindOf}), to tell what grows with the corpus. */
	coldByKind: Record<string, number>;
	coldMs: number;
	warmBytes: number;
	warmMs: number;
	/** How many results the cold query showed: a sanity check that both setups really searched. */
	results: number;
}

export interface BrowserFigures {
	pagefind: SearchFigures;
	minisearch: SearchFigures;
	/** Everything a fresh browser loads for the source page, and the HTML alone. */
	sourcePageBytes: number;
	sourceHtmlBytes: number;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const MINISEARCH_DIR = 'bench-minisearch';

/**
 * The comparison page: loads MiniSearch and the whole JSON on the first query, indexes it and
 * shows the top 20, setting the same data attributes as the site's search when done.
 */
const MINISEARCH_PAGE = `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>MiniSearch</title></head>
<body><div data-search-mount><input type="search" aria-label="Поиск"><ol></ol></div>
<script type="module">
const root = document.querySelector('[data-search-mount]');
const input = root.querySelector('input');
const list = root.querySelector('ol');
// Case and ё fold, as the site's search folds them.
const processTerm = (term) => term.toLowerCase().replace(/ё/g, 'е');
let index;
const load = async () => {
	const { default: MiniSearch } = await import('./minisearch.js');
	const documents = await (await fetch('./records.json')).json();
	const search = new MiniSearch({ fields: ['title', 'content'], storeFields: ['url', 'title', 'type', 'content'], processTerm });
	search.addAll(documents);
	return search;
};
input.addEventListener('input', async () => {
	const query = input.value.trim();
	index ??= load();
	const results = (await index).search(query, { prefix: true, boost: { title: 2 } });
	list.replaceChildren(...results.slice(0, 20).map((r) => {
		const li = document.createElement('li');
		const a = document.createElement('a');
		a.href = r.url;
		a.textContent = r.title;
		li.append(a, ' ', r.content.slice(0, 200));
		return li;
	}));
	root.dataset.results = String(results.length);
	root.dataset.searchedAt = String(performance.now());
	root.dataset.searched = query;
});
</script></body></html>
`;

/** Writes the MiniSearch page, library and records JSON into `dist/bench-minisearch/`; returns the JSON's size. */
export async function addMiniSearchPage(project: string): Promise<number> {
	const dir = join(project, 'dist', MINISEARCH_DIR);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	// The bundle must sit inside the project so that its imports resolve through node_modules.
	const bundle = join(project, 'bench-records.mjs');
	await build({
		entryPoints: [join(here, 'records-entry.ts')],
		bundle: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		outfile: bundle,
		logLevel: 'warning',
	});
	const out = join(dir, 'records.json');
	const run = spawnSync(process.execPath, [bundle, project, out], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`records for MiniSearch failed: ${run.stderr}`);
	copyFileSync(join(project, 'node_modules/minisearch/dist/es/index.js'), join(dir, 'minisearch.js'));
	writeFileSync(join(dir, 'index.html'), MINISEARCH_PAGE);
	return statSync(out).size;
}

/** Code rather than data: the site's scripts, Pagefind's runtime and WebAssembly, MiniSearch. */
const CODE = /^\/(_astro\/|pagefind\/(pagefind(-worker)?\.js|wasm\.)|bench-minisearch\/minisearch\.js)/;

/** What a requested file is: code, or which part of the search data. */
export function kindOf(path: string): string {
	if (CODE.test(path)) return 'code';
	if (path.startsWith('/pagefind/index/')) return 'index';
	if (path.startsWith('/pagefind/fragment/')) return 'fragments';
	if (path.startsWith('/pagefind/filter/')) return 'filters';
	if (path.startsWith('/pagefind/')) return 'meta';
	if (path.startsWith('/search-data/')) return 'labels';
	if (path.endsWith('.json')) return 'json';
	return 'other';
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Waits for the search at `[data-search-mount]` to show `query`; ms since the input event. */
async function finished(page: Page, query: string): Promise<number> {
	await page.waitForFunction(
		(q) => document.querySelector<HTMLElement>('[data-search-mount]')?.dataset.searched === q,
		query,
		{ timeout: 120_000, polling: 20 },
	);
	return page.evaluate(
		() =>
			Number(document.querySelector<HTMLElement>('[data-search-mount]')!.dataset.searchedAt) -
			(window as unknown as { benchStart: number }).benchStart,
	);
}

/** Pastes `query` into the search box; ms from the input event to the results on screen. */
async function paste(page: Page, query: string): Promise<number> {
	await page.evaluate(() => {
		const w = window as unknown as { benchStart: number };
		// A capturing listener on window runs before the interface's own.
		window.addEventListener('input', () => (w.benchStart = performance.now()), { once: true, capture: true });
	});
	await page.locator('[data-search-mount] input').first().fill(query);
	return finished(page, query);
}

/** Measures the site's search, the MiniSearch page and the source page's weight on a built `dist`; medians of `runs`. */
export async function measureSearch(dist: string, runs: number): Promise<BrowserFigures> {
	let sent = 0;
	let byKind: Record<string, number> = {};
	let html = 0;
	const site = await serve(dist, {
		onSent: (path, bytes) => {
			sent += bytes;
			byKind[kindOf(path)] = (byKind[kindOf(path)] ?? 0) + bytes;
			if (path === SOURCE_PAGE) html = bytes;
		},
	});
	const browser = await launch();
	const once = async (setup: 'pagefind' | 'minisearch') => {
		const context = await browser.newContext();
		const page = await context.newPage();
		sent = 0;
		await page.goto(`${site.url}${setup === 'pagefind' ? SOURCE_PAGE : `/${MINISEARCH_DIR}/`}`, {
			waitUntil: 'networkidle',
		});
		const pageBytes = sent;
		sent = 0;
		byKind = {};
		if (setup === 'pagefind') {
			await page.keyboard.press('/');
			await page.getByRole('combobox').waitFor();
		}
		const coldMs = await paste(page, QUERIES.cold);
		await page.waitForLoadState('networkidle');
		const coldBytes = sent;
		const coldByKind = { ...byKind };
		const results = await page.evaluate(
			(s) =>
				s === 'pagefind'
					? document.querySelectorAll('[data-search-mount] [role="option"]').length
					: Number(document.querySelector<HTMLElement>('[data-search-mount]')!.dataset.results),
			setup,
		);
		sent = 0;
		const warmMs = await paste(page, QUERIES.warm);
		await page.waitForLoadState('networkidle');
		const warmBytes = sent;
		await context.close();
		return {
			pageBytes,
			html,
			figures: { coldBytes, coldCodeBytes: coldByKind.code ?? 0, coldByKind, coldMs, warmBytes, warmMs, results },
		};
	};
	type Run = Awaited<ReturnType<typeof once>>;
	const measured = { pagefind: [] as Run[], minisearch: [] as Run[] };
	for (let i = 0; i < runs; i++) {
		measured.pagefind.push(await once('pagefind'));
		measured.minisearch.push(await once('minisearch'));
	}
	await browser.close();
	await site.close();
	const summary = (list: Run[]): SearchFigures => ({
		coldBytes: median(list.map((r) => r.figures.coldBytes)),
		coldCodeBytes: median(list.map((r) => r.figures.coldCodeBytes)),
		coldByKind: Object.fromEntries(
			Object.keys(list[0].figures.coldByKind).map((k) => [k, median(list.map((r) => r.figures.coldByKind[k] ?? 0))]),
		),
		coldMs: median(list.map((r) => r.figures.coldMs)),
		warmBytes: median(list.map((r) => r.figures.warmBytes)),
		warmMs: median(list.map((r) => r.figures.warmMs)),
		results: median(list.map((r) => r.figures.results)),
	});
	return {
		pagefind: summary(measured.pagefind),
		minisearch: summary(measured.minisearch),
		sourcePageBytes: median(measured.pagefind.map((r) => r.pageBytes)),
		sourceHtmlBytes: median(measured.pagefind.map((r) => r.html)),
	};
}
