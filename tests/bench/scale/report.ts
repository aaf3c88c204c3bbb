/**
 * The scale benchmark's output: Markdown tables and a hand-drawn SVG chart of cost against N.
 * Pure: takes the measured rows, returns text.
 */
import type { BuildFigures } from './build.ts';
import type { BrowserFigures } from './search.ts';

/** What a rebuild measures. */
export type Rebuild = Pick<
	BuildFigures,
	'totalMs' | 'cpuMs' | 'pagefindMs' | 'astroMs' | 'cardsMs' | 'peakRssBytes' | 'peakIndexRssBytes'
>;

/** Everything measured for one corpus size. */
export interface ScaleRow {
	n: number;
	build: BuildFigures;
	/**
	 * Builds of the same project after an editor's change, caches (`.astro/`, social cards) kept:
	 * one more source, then one claim's summary edited.
	 */
	rebuilds?: Record<'addSource' | 'editClaim', Rebuild>;
	browser: BrowserFigures;
	/** Raw size of the MiniSearch JSON. */
	minisearchJsonBytes: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);
const ms = (value: number) => String(Math.round(value));

/** Astro's time per HTML page, the figure the target holds flat. */
export const astroMsPerPage = (b: BuildFigures) => b.astroMs / b.pages;

function table(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	// Numbers align right, the first column left.
	const rule = header.map((_, i) => (i === 0 ? '---' : '--:'));
	return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** The build table: one row per N. */
export function buildTable(rows: readonly ScaleRow[]): string {
	return table(
		[
			'N',
			'claims',
			'HTML pages',
			'cards',
			'build s',
			'CPU s',
			'Astro s',
			'of which cards s',
			'Pagefind s',
			'Astro ms/page',
			'pages/s',
			'peak memory MB (search index)',
			'dist MB',
			'index MB',
			'rebuild s (CPU s), +1 source',
			'rebuild s (CPU s), 1 claim edited',
			'largest page',
		],
		rows.map(({ n, build: b, rebuilds }) => [
			String(n),
			String(b.claims),
			String(b.pages),
			String(b.cards),
			s(b.totalMs),
			s(b.cpuMs),
			s(b.astroMs),
			s(b.cardsMs),
			s(b.pagefindMs),
			(b.astroMs / b.pages).toFixed(1),
			(b.pages / (b.astroMs / 1000)).toFixed(1),
			`${mb(b.peakRssBytes).replace(/\.\d$/, '')} (${mb(b.peakIndexRssBytes).replace(/\.\d$/, '')})`,
			mb(b.distBytes),
			mb(b.pagefindBytes),
			rebuilds ? `${s(rebuilds.addSource.totalMs)} (${s(rebuilds.addSource.cpuMs)})` : '–',
			rebuilds ? `${s(rebuilds.editClaim.totalMs)} (${s(rebuilds.editClaim.cpuMs)})` : '–',
			`${b.largestPage.path.replace(/index\.html$/, '')} ${kb(b.largestPage.bytes)} KB`,
		]),
	);
}

/** Page types whose largest page the output table shows: the lists that grow with N, and one page of each kind. */
const SHOWN_TYPES = [
	'(home)',
	'claims',
	'claims/page/*',
	'claims/*',
	'themes/*',
	'themes/*/page/*',
	'sources',
	'sources/*',
	'compare',
	'compare/page/*',
	'timeline',
	'people',
];

/** The output table: files, the fullest folder, and the largest page of each type, per N. */
export function outputTable(rows: readonly ScaleRow[]): string {
	const types = SHOWN_TYPES.filter((type) => rows.some((r) => r.build.largestByType?.[type]));
	return table(
		['N', 'files', 'fullest folder (entries)', 'dist MB', ...types.map((type) => `${type} KB`)],
		rows.map(({ n, build: b }) => [
			String(n),
			String(b.files),
			`${b.fullestFolder.path} (${b.fullestFolder.entries})`,
			mb(b.distBytes),
			...types.map((type) => (b.largestByType[type] ? kb(b.largestByType[type].bytes) : '–')),
		]),
	);
}

/** The search table: Pagefind beside MiniSearch at each N, and the source page's weight. */
export function searchTable(rows: readonly ScaleRow[]): string {
	return table(
		[
			'N',
			'source page KB',
			'Pagefind first query KB (code + data)',
			'Pagefind cold ms',
			'Pagefind warm ms',
			'MiniSearch first query KB (code + data)',
			'MiniSearch cold ms',
			'MiniSearch warm ms',
			'MiniSearch JSON MB raw',
		],
		rows.map(({ n, browser: b, minisearchJsonBytes }) => [
			String(n),
			kb(b.sourcePageBytes),
			`${kb(b.pagefind.coldBytes)} (${kb(b.pagefind.coldCodeBytes)} + ${kb(b.pagefind.coldBytes - b.pagefind.coldCodeBytes)})`,
			ms(b.pagefind.coldMs),
			ms(b.pagefind.warmMs),
			`${kb(b.minisearch.coldBytes)} (${kb(b.minisearch.coldCodeBytes)} + ${kb(b.minisearch.coldBytes - b.minisearch.coldCodeBytes)})`,
			ms(b.minisearch.coldMs),
			ms(b.minisearch.warmMs),
			mb(minisearchJsonBytes),
		]),
	);
}

/** What the site's first query transfers, by kind of file, in KB: what grows with N. */
export function transferTable(rows: readonly ScaleRow[]): string {
	const kinds = [...new Set(rows.flatMap((r) => Object.keys(r.browser.pagefind.coldByKind)))].sort();
	return table(
		['N', ...kinds.map((k) => `${k} KB`)],
		rows.map(({ n, browser }) => [String(n), ...kinds.map((k) => kb(browser.pagefind.coldByKind[k] ?? 0))]),
	);
}

/** One line of a chart panel. */
export interface Series {
	name: string;
	colour: string;
	/** Dashed lines mark references rather than measurements. */
	dashed?: boolean;
	points: readonly (readonly [number, number])[];
}

export interface Panel {
	title: string;
	unit: string;
	/** Logarithmic y axis for quantities that span orders of magnitude. */
	logY: boolean;
	series: readonly Series[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Tick values of a log axis: 1, 2, 5 × powers of ten within [min, max]. */
export function logTicks(min: number, max: number): number[] {
	const ticks: number[] = [];
	for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++)
		for (const m of [1, 2, 5]) {
			const v = m * 10 ** p;
			if (v >= min && v <= max) ticks.push(v);
		}
	return ticks;
}

/** About five round tick values from 0 to at least `max`. */
export function linearTicks(max: number): number[] {
	const raw = max / 5;
	const step = [1, 2, 2.5, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(raw))).find((v) => v >= raw)!;
	return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => +(i * step).toPrecision(12));
}

const label = (v: number) => (v >= 1000 ? `${+(v / 1000).toPrecision(3)}k` : String(+v.toPrecision(3)));

/** One panel, `width` × `height`, at the origin: log x (N), linear or log y. */
function panelSvg(panel: Panel, xs: readonly number[], width: number, height: number): string {
	const m = { left: 56, right: 12, top: 28, bottom: 92 };
	const w = width - m.left - m.right;
	const h = height - m.top - m.bottom;
	const values = panel.series.flatMap((sr) => sr.points.map(([, y]) => y)).filter((y) => y > 0);
	const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
	const x = (n: number) => m.left + ((Math.log(n) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin) || 1)) * w;
	let y: (v: number) => number;
	let ticks: number[];
	if (panel.logY) {
		const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
		const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
		ticks = logTicks(lo, hi);
		y = (v) => m.top + h - ((Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * h;
	} else {
		ticks = linearTicks(Math.max(...values));
		const hi = ticks.at(-1)!;
		y = (v) => m.top + h - (v / hi) * h;
	}
	const out: string[] = [];
	out.push(`<text x="${m.left}" y="16" font-weight="bold">${escapeXml(panel.title)}</text>`);
	out.push(`<text x="${m.left - 6}" y="${m.top - 6}" text-anchor="end" font-size="10">${escapeXml(panel.unit)}</text>`);
	for (const t of ticks) {
		out.push(`<line x1="${m.left}" x2="${m.left + w}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#ddd"/>`);
		out.push(
			`<text x="${m.left - 4}" y="${(y(t) + 3).toFixed(1)}" text-anchor="end" font-size="10">${label(t)}</text>`,
		);
	}
	for (const n of xs) {
		out.push(`<line x1="${x(n).toFixed(1)}" x2="${x(n).toFixed(1)}" y1="${m.top}" y2="${m.top + h}" stroke="#eee"/>`);
		out.push(`<text x="${x(n).toFixed(1)}" y="${m.top + h + 14}" text-anchor="middle" font-size="10">${n}</text>`);
	}
	out.push(`<text x="${m.left + w / 2}" y="${m.top + h + 28}" text-anchor="middle" font-size="10">N sources</text>`);
	out.push(`<rect x="${m.left}" y="${m.top}" width="${w}" height="${h}" fill="none" stroke="#999"/>`);
	panel.series.forEach((sr, i) => {
		const points = sr.points.filter(([, v]) => !panel.logY || v > 0);
		const path = points.map(([n, v], j) => `${j ? 'L' : 'M'}${x(n).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
		const dash = sr.dashed ? ' stroke-dasharray="5 4"' : '';
		out.push(`<path d="${path}" fill="none" stroke="${sr.colour}" stroke-width="2"${dash}/>`);
		if (!sr.dashed)
			for (const [n, v] of points)
				out.push(`<circle cx="${x(n).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${sr.colour}"/>`);
		const ly = m.top + h + 44 + i * 14;
		out.push(
			`<line x1="${m.left}" x2="${m.left + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${sr.colour}" stroke-width="2"${dash}/>`,
		);
		out.push(`<text x="${m.left + 24}" y="${ly}" font-size="11">${escapeXml(sr.name)}</text>`);
	});
	return out.join('\n');
}

/** Panels side by side in one SVG document, with a caption line under them. */
export function chartSvg(panels: readonly Panel[], xs: readonly number[], caption: string): string {
	const [pw, ph] = [330, 330];
	const width = pw * panels.length;
	const height = ph + 24;
	const body = panels.map((p, i) => `<g transform="translate(${i * pw},0)">\n${panelSvg(p, xs, pw, ph)}\n</g>`);
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${body.join('\n')}
<text x="8" y="${height - 8}" font-size="10" fill="#555">${escapeXml(caption)}</text>
</svg>
`;
}

/** The benchmark's chart: build cost per page, first-query transfer and time, against N. */
export function scaleChart(rows: readonly ScaleRow[], caption: string): string {
	const xs = rows.map((r) => r.n);
	const at = (f: (r: ScaleRow) => number) => rows.map((r) => [r.n, f(r)] as const);
	const first = rows[0];
	return chartSvg(
		[
			{
				title: 'Build time per HTML page',
				unit: 'ms',
				logY: false,
				series: [
					{ name: 'Astro (cards included)', colour: '#1f77b4', points: at((r) => astroMsPerPage(r.build)) },
					{
						name: 'Astro without the cards',
						colour: '#2ca02c',
						points: at((r) => (r.build.astroMs - r.build.cardsMs) / r.build.pages),
					},
					{ name: 'Pagefind', colour: '#ff7f0e', points: at((r) => r.build.pagefindMs / r.build.pages) },
				],
			},
			{
				title: 'First query: bytes transferred',
				unit: 'KB',
				logY: true,
				series: [
					{ name: 'Pagefind + engine', colour: '#1f77b4', points: at((r) => r.browser.pagefind.coldBytes / 1024) },
					{ name: 'MiniSearch, one JSON', colour: '#d62728', points: at((r) => r.browser.minisearch.coldBytes / 1024) },
					{
						name: 'linear in N (from MiniSearch at the first N)',
						colour: '#999',
						dashed: true,
						points: xs.map((n) => [n, ((first.browser.minisearch.coldBytes / 1024) * n) / first.n] as const),
					},
				],
			},
			{
				title: 'First query: time to results',
				unit: 'ms',
				logY: true,
				series: [
					{ name: 'Pagefind + engine, cold', colour: '#1f77b4', points: at((r) => r.browser.pagefind.coldMs) },
					{ name: 'MiniSearch, cold', colour: '#d62728', points: at((r) => r.browser.minisearch.coldMs) },
					{
						name: 'Pagefind + engine, warm',
						colour: '#17becf',
						points: at((r) => Math.max(1, r.browser.pagefind.warmMs)),
					},
					{ name: 'MiniSearch, warm', colour: '#e377c2', points: at((r) => Math.max(1, r.browser.minisearch.warmMs)) },
				],
			},
		],
		xs,
		caption,
	);
}
