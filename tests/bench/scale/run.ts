/**
 * The scale benchmark (`npm run bench`): for each corpus size N, a copy of the project with N
 * sources (the five real ones plus synthetic ones) is built with the real pipeline and measured,
 * then served to headless Chromium beside the MiniSearch comparison. Writes `scale.json`,
 * `scale.md` and `scale.svg` to `tests/bench/results/` after every N, so a long run leaves its
 * figures so far; a run of the default sizes also updates the chart the README shows.
 *
 * Environment: BENCH_SIZES (default 5,50,500,2000), BENCH_RUNS (browser runs per figure, median;
 * default 3), BENCH_REBUILD (the sizes to rebuild after an editor's change, caches kept: one more
 * source, then one claim edited; e.g. `2000`, or `0` for none; default all), BENCH_SHAPE
 * (`synthetic`, the default, or `copies`: the real sources copied under new ids, the independent
 * check's corpus; its results go to `scale-copies.*`), BENCH_TMP (default a new folder in the system's temp folder),
 * BENCH_KEEP=1 to keep each built project, BENCH_RESUME=1 to keep the sizes already in
 * `results/scale.json` and measure only the others.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildProject, changeProject, prepareProject, type CorpusShape } from './build.ts';
import {
	buildTable,
	outputTable,
	scaleChart,
	searchTable,
	transferTable,
	type Rebuild,
	type ScaleRow,
} from './report.ts';
import { addMiniSearchPage, measureSearch, QUERIES, SOURCE_PAGE } from './search.ts';

export const DEFAULT_SIZES = [5, 50, 500, 2000];
const root = fileURLToPath(new URL('../../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));

/** The machine, as the README states it beside the figures. */
export function machine(): string {
	const model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model;
	return `${cpus().length} cores (${model}), ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`;
}

const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

export interface ScaleRun {
	machine: string;
	shape: CorpusShape;
	rows: (ScaleRow & { load: { before: string; after: string } })[];
	markdown: string;
	svg: string;
}

/** Fills in the run's Markdown and chart from its rows. */
function describeRun(run: ScaleRun, runs: number): void {
	const loads = run.rows.map((r) => `N=${r.n}: ${r.load.before} → ${r.load.after}`).join('; ');
	run.markdown = [
		`Corpus: ${run.shape === 'copies' ? 'the five real sources and copies of them under new ids' : 'the five real sources and synthetic ones'}. Machine: ${run.machine}. Load average (1, 5, 15 min) before → after each size: ${loads}.`,
		'',
		buildTable(run.rows),
		'',
		'What the build writes: files, the folder with the most entries, dist, and the largest HTML page of each type (both editions):',
		'',
		outputTable(run.rows),
		'',
		`Search from ${SOURCE_PAGE}, query «${QUERIES.cold}» pasted into a fresh browser (cold), then «${QUERIES.warm}» on the same page (warm); bytes after gzip; medians of ${runs} runs.`,
		'',
		searchTable(run.rows),
		'',
		'What the site’s first query transfers, by kind (code: scripts and WebAssembly; labels: `/search-data/`; index, fragments, filters, meta: Pagefind’s files):',
		'',
		transferTable(run.rows),
		'',
	].join('\n');
	run.svg = scaleChart(run.rows, `Measured on ${run.machine}.`);
}

/** Builds and measures each size in turn; `onRow` sees the run so far after each. */
export async function runScale(
	sizes: readonly number[],
	options: {
		runs: number;
		/** Which sizes to rebuild after an editor's change, caches kept. */
		rebuild: (n: number) => boolean;
		/** How the corpus grows beyond the five real sources. */
		shape?: CorpusShape;
		tmp: string;
		keep: boolean;
		onRow?: (run: ScaleRun) => void;
		/** Rows of an interrupted run to keep: their sizes are not measured again. */
		resume?: ScaleRun['rows'];
	},
): Promise<ScaleRun> {
	const shape = options.shape ?? 'synthetic';
	const run: ScaleRun = { machine: machine(), shape, rows: [...(options.resume ?? [])], markdown: '', svg: '' };
	for (const n of sizes) {
		if (run.rows.some((r) => r.n === n)) continue;
		const before = load();
		const dir = join(options.tmp, `kzru-scale-${n}`);
		process.stderr.write(`N=${n}: preparing ${dir}\n`);
		const { claims } = prepareProject(root, dir, n, shape);
		process.stderr.write(`N=${n}: building (load ${before})\n`);
		const build = await buildProject(dir, { sources: n, claims });
		process.stderr.write(`N=${n}: built in ${(build.totalMs / 1000).toFixed(1)} s\n`);
		let rebuilds: ScaleRow['rebuilds'];
		if (options.rebuild(n)) {
			const rebuild = async (change: 'add-source' | 'edit-claim', sources: number, before: number) => {
				const after = changeProject(root, dir, n, shape, change, before);
				const again = await buildProject(dir, { sources, claims: after });
				process.stderr.write(`N=${n}: rebuilt after ${change} in ${(again.totalMs / 1000).toFixed(1)} s\n`);
				const { totalMs, cpuMs, pagefindMs, astroMs, cardsMs, peakRssBytes, peakIndexRssBytes } = again;
				return {
					figures: { totalMs, cpuMs, pagefindMs, astroMs, cardsMs, peakRssBytes, peakIndexRssBytes } satisfies Rebuild,
					claims: after,
				};
			};
			const added = await rebuild('add-source', n + 1, claims);
			const edited = await rebuild('edit-claim', n + 1, added.claims);
			rebuilds = { addSource: added.figures, editClaim: edited.figures };
		}
		const minisearchJsonBytes = await addMiniSearchPage(dir);
		const browser = await measureSearch(join(dir, 'dist'), options.runs);
		if (!options.keep) rmSync(dir, { recursive: true, force: true });
		run.rows.push({ n, build, rebuilds, browser, minisearchJsonBytes, load: { before, after: load() } });
		run.rows.sort((a, b) => a.n - b.n);
		describeRun(run, options.runs);
		options.onRow?.(run);
	}
	describeRun(run, options.runs);
	return run;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const sizes = (process.env.BENCH_SIZES ?? DEFAULT_SIZES.join(',')).split(',').map(Number);
	const rebuilds = process.env.BENCH_REBUILD?.split(',').filter(Boolean).map(Number);
	const shape = (process.env.BENCH_SHAPE ?? 'synthetic') as CorpusShape;
	if (shape !== 'synthetic' && shape !== 'copies')
		throw new Error(`BENCH_SHAPE must be synthetic or copies, not ${shape}`);
	const results = join(root, 'tests/bench/results');
	const name = shape === 'copies' ? 'scale-copies' : 'scale';
	mkdirSync(results, { recursive: true });
	const resume =
		process.env.BENCH_RESUME === '1'
			? (JSON.parse(readFileSync(join(results, `${name}.json`), 'utf8')) as ScaleRun).rows
			: undefined;
	const write = (run: ScaleRun) => {
		writeFileSync(join(results, `${name}.json`), JSON.stringify(run, null, 2));
		writeFileSync(join(results, `${name}.md`), run.markdown);
		writeFileSync(join(results, `${name}.svg`), run.svg);
	};
	const run = await runScale(sizes, {
		runs: Number(process.env.BENCH_RUNS ?? 3),
		rebuild: (n) => rebuilds === undefined || rebuilds.includes(n),
		shape,
		tmp: process.env.BENCH_TMP ?? mkdtempSync(join(tmpdir(), 'kzru-scale-')),
		keep: process.env.BENCH_KEEP === '1',
		onRow: write,
		resume,
	});
	// Only a run of every default size replaces the published chart.
	if (sizes.join() === DEFAULT_SIZES.join() && shape === 'synthetic') {
		copyFileSync(join(results, 'scale.svg'), join(here, 'chart.svg'));
		copyFileSync(join(results, 'scale.md'), join(here, 'results.md'));
	}
	console.log(run.markdown);
}
