/**
 * Search benchmark against the peer (run with `npm run build && npm run bench:search`): the same
 * five texts on Starlight + Pagefind UI (`../shared/peer/starlight`), built in a temporary folder
 * with its own `npm install` (or `PEER_DIST` = an already built peer), and this site, both served
 * by the peer's static server with gzip on loopback and measured in one run, alike:
 *
 * - first query: a fresh browser on the largest source page, the header search opened, the
 *   query typed in one input event; bytes and requests are everything the server sent from the
 *   click until the network is quiet; time is from the input event to the first result in the DOM
 *   (the peer's includes its interface's 300 ms debounce);
 * - second query: another query in the same box, time to its first result;
 * - first view: everything a fresh browser loads for the largest source page, fonts included.
 *
 * Medians of `BENCH_RUNS` (5) runs. Prints Markdown tables; not a test.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../support/browser.ts';
import { dist as builtDist, root } from '../support/dist.ts';

const dist = process.env.DIST_DIR ?? builtDist;
const PEER_SOURCES = join(root, '..', 'shared', 'peer');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The queries of the issue, then the English one (the peer has no English edition). */
const QUERIES: { q: string; en?: boolean; second: string }[] = [
	{ q: 'русофобия', second: 'Кремль' },
	{ q: 'многовекторность', second: 'Кремль' },
	{ q: 'ЕАЭС', second: 'Кремль' },
	{ q: 'Астана', second: 'Кремль' },
	{ q: '"многовекторную внешнюю политику"', second: 'Кремль' },
	{ q: 'Лавров', second: 'Кремль' },
	{ q: 'санкции', second: 'Токаев' },
	{ q: 'sanctions', en: true, second: 'Tokayev' },
];

/** How each site's search is driven: what opens it, where one types, what a result is. */
interface Setup {
	name: 'peer' | 'ours';
	url: string;
	page: string;
	open: string;
	input: string;
	result: string;
	log: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds the peer in a temporary folder; returns its `dist` and the folder to remove. */
function buildPeer(): { dist: string; cleanup?: string } {
	if (process.env.PEER_DIST) return { dist: process.env.PEER_DIST };
	const folder = mkdtempSync(join(tmpdir(), 'peer-'));
	const peer = join(folder, 'peer');
	cpSync(join(PEER_SOURCES, 'starlight'), peer, { recursive: true });
	const run = (args: string[]) => {
		process.stderr.write(`peer: npm ${args.join(' ')}\n`);
		const r = spawnSync('npm', args, {
			cwd: peer,
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		});
		if (r.status !== 0) throw new Error(`peer: npm ${args.join(' ')} failed`);
	};
	// Not `npm ci`: npm rejects the peer's lockfile (other platforms' optional bindings).
	run(['install', '--no-audit', '--no-fund']);
	run(['run', 'build']);
	return { dist: join(peer, 'dist'), cleanup: folder };
}

/** The peer's static server with gzip on a free loopback port, logging every response. */
async function serveDist(dir: string, log: string): Promise<{ url: string; process: ChildProcess }> {
	const child = spawn(
		process.execPath,
		[join(PEER_SOURCES, 'serve.mjs'), dir, '--port', '0', '--host', '127.0.0.1', '--gzip', '--log', log],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	const url = await new Promise<string>((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			const match = String(chunk).match(/listening (http:\/\/\S+?)\/? /);
			if (match) resolve(match[1]);
		});
		child.on('exit', () => reject(new Error(`server for ${dir} exited`)));
	});
	return { url, process: child };
}

/** Responses logged since line `from`: count and bytes sent (gzip where the server compressed). */
function sentSince(log: string, from: number): { lines: number; requests: number; bytes: number; files: string[] } {
	const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
	const entries = lines.slice(from).map((l) => JSON.parse(l) as { url: string; bytes: number });
	return {
		lines: lines.length,
		requests: entries.length,
		bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
		files: entries.map((e) => `${e.url} ${e.bytes}`),
	};
}

/** Waits until the server has logged nothing new for `quiet` ms; returns the line count. */
async function networkQuiet(log: string, quiet = 600): Promise<number> {
	let last = sentSince(log, 0).lines;
	let stable = Date.now();
	while (Date.now() - stable < quiet) {
		await sleep(50);
		const now = sentSince(log, 0).lines;
		if (now !== last) {
			last = now;
			stable = Date.now();
		}
	}
	return last;
}

/**
 * Types `query` in one input event; ms from that event to the first result element added to the
 * DOM. A capturing listener on window runs before the interfaces' own.
 */
async function timeToFirstResult(page: Page, setup: Setup, query: string): Promise<number> {
	await page.evaluate((selector) => {
		const w = window as unknown as { benchStart: number; benchFirst: number };
		w.benchStart = 0;
		w.benchFirst = 0;
		window.addEventListener('input', () => (w.benchStart = performance.now()), { once: true, capture: true });
		const observer = new MutationObserver((mutations) => {
			if (!w.benchStart) return;
			for (const m of mutations)
				for (const node of m.addedNodes)
					if (node instanceof Element && (node.matches(selector) || node.querySelector(selector))) {
						w.benchFirst = performance.now();
						observer.disconnect();
						return;
					}
		});
		observer.observe(document.body, { childList: true, subtree: true });
	}, setup.result);
	await page.locator(setup.input).first().fill(query);
	await page.waitForFunction(() => (window as unknown as { benchFirst: number }).benchFirst > 0, undefined, {
		timeout: 30_000,
		polling: 10,
	});
	return page.evaluate(() => {
		const w = window as unknown as { benchStart: number; benchFirst: number };
		return w.benchFirst - w.benchStart;
	});
}

interface Run {
	requests: number;
	bytes: number;
	ms: number;
	secondMs: number;
	results: number;
	files: string[];
}

async function measureQuery(browser: Browser, setup: Setup, query: string, second: string, en = false): Promise<Run> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${setup.url}${en ? '/en' : ''}${setup.page}`, { waitUntil: 'networkidle' });
	const from = await networkQuiet(setup.log, 300);
	await page.locator(setup.open).first().click();
	await page.locator(setup.input).first().waitFor();
	const ms = await timeToFirstResult(page, setup, query);
	const results = await page.locator(setup.result).count();
	await networkQuiet(setup.log);
	const sent = sentSince(setup.log, from);
	const secondMs = await timeToFirstResult(page, setup, second);
	await context.close();
	return { requests: sent.requests, bytes: sent.bytes, ms, secondMs, results, files: sent.files };
}

async function measureFirstView(browser: Browser, setup: Setup) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const from = await networkQuiet(setup.log, 300);
	await page.goto(`${setup.url}${setup.page}`, { waitUntil: 'networkidle' });
	await networkQuiet(setup.log);
	const sent = sentSince(setup.log, from);
	const cls = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
						if (!entry.hadRecentInput) total += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 300);
			}),
	);
	await context.close();
	const byKind: Record<string, number> = {};
	for (const line of sent.files) {
		const [url, bytes] = line.split(' ');
		const ext = url.split('?')[0].match(/\.(\w+)$/)?.[1] ?? 'html';
		const kind = /woff2?|ttf|otf/.test(ext) ? 'fonts' : ext === 'js' || ext === 'mjs' ? 'js' : ext;
		byKind[kind] = (byKind[kind] ?? 0) + Number(bytes);
	}
	return { requests: sent.requests, bytes: sent.bytes, byKind, cls, files: sent.files };
}

/** Our largest built source page, by HTML size, as the peer's README names its own. */
function largestSourcePage(dir: string): string {
	const folder = join(dir, 'sources');
	const [slug] = readdirSync(folder)
		.filter((name) => existsSync(join(folder, name, 'index.html')))
		.sort((a, b) => statSync(join(folder, b, 'index.html')).size - statSync(join(folder, a, 'index.html')).size);
	return `/sources/${slug}/`;
}

const peer = buildPeer();
const logs = mkdtempSync(join(tmpdir(), 'bench-search-'));
const [peerServer, ourServer] = await Promise.all([
	serveDist(peer.dist, join(logs, 'peer.log')),
	serveDist(dist, join(logs, 'ours.log')),
]);
const setups: Record<'peer' | 'ours', Setup> = {
	peer: {
		name: 'peer',
		url: peerServer.url,
		page: '/articles/003-aaa0f4996a652047/',
		open: 'button[data-open-modal]',
		input: '.pagefind-ui__search-input',
		result: '.pagefind-ui__result',
		log: join(logs, 'peer.log'),
	},
	ours: {
		name: 'ours',
		url: ourServer.url,
		page: largestSourcePage(dist),
		open: '[data-search-link]',
		input: '[data-search-mount] input',
		result: '[data-search-mount] [role="option"]',
		log: join(logs, 'ours.log'),
	},
};

const browser = await launch();
const load = loadavg()[0];
try {
	type Summary = { requests: number; bytes: number; ms: number; secondMs: number; results: number };
	const summary = (runs: Run[]): Summary => ({
		requests: median(runs.map((r) => r.requests)),
		bytes: median(runs.map((r) => r.bytes)),
		ms: median(runs.map((r) => r.ms)),
		secondMs: median(runs.map((r) => r.secondMs)),
		results: median(runs.map((r) => r.results)),
	});
	const rows: { q: string; peer?: Summary; ours: Summary }[] = [];
	for (const { q, en, second } of QUERIES) {
		const runs: Record<'peer' | 'ours', Run[]> = { peer: [], ours: [] };
		for (let i = 0; i < RUNS; i++) {
			// Alternating, so that a burst of load elsewhere on the machine hits both alike.
			if (!en) runs.peer.push(await measureQuery(browser, setups.peer, q, second));
			runs.ours.push(await measureQuery(browser, setups.ours, q, second, en));
			process.stderr.write('.');
		}
		if (process.env.BENCH_VERBOSE)
			for (const name of ['peer', 'ours'] as const)
				if (runs[name][0]) console.error(`${name} ${q}:\n  ${runs[name][0].files.join('\n  ')}`);
		rows.push({ q: en ? `${q} (/en/)` : q, peer: en ? undefined : summary(runs.peer), ours: summary(runs.ours) });
	}
	const views: Record<'peer' | 'ours', Awaited<ReturnType<typeof measureFirstView>>[]> = { peer: [], ours: [] };
	for (let i = 0; i < RUNS; i++)
		for (const name of ['peer', 'ours'] as const) views[name].push(await measureFirstView(browser, setups[name]));
	process.stderr.write('\n');

	const cell = (s?: Summary) => (s ? `${s.requests}, ${kb(s.bytes)}, ${Math.round(s.ms)}` : '—');
	const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : '—');
	console.log(
		`\nFirst query from ${setups.ours.page} (peer: ${setups.peer.page}); median of ${RUNS}; load ${load.toFixed(2)} on ${cpus().length} cores\n`,
	);
	console.log(
		'| query | peer: requests, KB gz, ms | ours: requests, KB gz, ms | bytes ours/peer | time ours/peer | results peer / ours |',
	);
	console.log('|---|---|---|---|---|---|');
	for (const { q, peer: p, ours: o } of rows)
		console.log(
			`| ${q} | ${cell(p)} | ${cell(o)} | ${ratio(o.bytes, p?.bytes)} | ${ratio(o.ms, p?.ms)} | ${p?.results ?? '—'} / ${o.results} |`,
		);
	console.log('\nSecond query on the same page, ms to the first result\n');
	console.log('| first → second | peer | ours |');
	console.log('|---|---|---|');
	for (const [i, { q, peer: p, ours: o }] of rows.entries())
		console.log(`| ${q} → ${QUERIES[i].second} | ${p ? Math.round(p.secondMs) : '—'} | ${Math.round(o.secondMs)} |`);
	console.log('\nFirst view of the largest source page (fonts included)\n');
	console.log('| | requests | KB gz | html | css | js | fonts | CLS |');
	console.log('|---|---|---|---|---|---|---|---|');
	for (const name of ['peer', 'ours'] as const) {
		const list = views[name];
		const part = (kind: string) => kb(median(list.map((v) => v.byKind[kind] ?? 0)));
		console.log(
			`| ${name} | ${median(list.map((v) => v.requests))} | ${kb(median(list.map((v) => v.bytes)))} | ${part('html')} | ${part('css')} | ${part('js')} | ${part('fonts')} | ${median(list.map((v) => v.cls)).toFixed(3)} |`,
		);
		if (process.env.BENCH_VERBOSE) console.error(`${name} first view:\n  ${list[0].files.join('\n  ')}`);
	}
	console.log(`\nload average now ${loadavg()[0].toFixed(2)}`);
} finally {
	await browser.close();
	peerServer.process.kill();
	ourServer.process.kill();
	rmSync(logs, { recursive: true, force: true });
	if (peer.cleanup) rmSync(peer.cleanup, { recursive: true, force: true });
}
