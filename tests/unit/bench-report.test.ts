import { describe, expect, it } from 'vitest';
import {
	buildTable,
	chartSvg,
	outputTable,
	linearTicks,
	logTicks,
	scaleChart,
	searchTable,
	transferTable,
	type ScaleRow,
} from '../bench/scale/report';

const search = (kb: number, ms: number) => ({
	coldBytes: kb * 1024,
	coldCodeBytes: 10 * 1024,
	coldByKind: { code: 10 * 1024, index: (kb - 10) * 1024 },
	coldMs: ms,
	warmBytes: 0,
	warmMs: ms / 10,
	results: 5,
});

function row(n: number): ScaleRow {
	return {
		n,
		build: {
			sources: n,
			claims: n * 10,
			pages: n * 20,
			cards: n * 10,
			totalMs: n * 200 + 1000,
			cpuMs: n * 150,
			pagefindMs: 1000,
			astroMs: n * 200,
			cardsMs: n * 100,
			peakRssBytes: 2 ** 30,
			peakIndexRssBytes: 2 ** 29,
			distBytes: n * 2 ** 20,
			pagefindBytes: n * 2 ** 10,
			largestPage: { path: 'claims/index.html', bytes: n * 1024 },
			largestByType: {
				claims: { path: 'claims/index.html', bytes: n * 1024 },
				'claims/*': { path: 'en/claims/x/index.html', bytes: 30 * 1024 },
			},
			files: n * 30,
			fullestFolder: { path: 'claims', entries: n * 10 },
		},
		browser: { pagefind: search(100, 200), minisearch: search(n, n), sourcePageBytes: 2048, sourceHtmlBytes: 1024 },
		minisearchJsonBytes: n * 2 ** 20,
	};
}

describe('scale report: tables', () => {
	it('writes one aligned Markdown row per N', () => {
		const table = buildTable([row(5), row(50)]).split('\n');
		expect(table).toHaveLength(4);
		expect(table[1]).toMatch(/^\| --- \| --: \|/);
		// 50 sources: 1000 pages in 10 s of Astro is 10 ms a page, 100 pages a second.
		expect(table[3]).toBe(
			'| 50 | 500 | 1000 | 500 | 11.0 | 7.5 | 10.0 | 5.0 | 1.0 | 10.0 | 100.0 | 1024 (512) | 50.0 | 0.0 | – | – | claims/ 50.0 KB |',
		);
	});

	it('shows both rebuilds, after a source is added and after a claim is edited', () => {
		const rebuild = (ms: number) => ({
			totalMs: ms,
			cpuMs: ms / 2,
			pagefindMs: 0,
			astroMs: ms,
			cardsMs: 0,
			peakRssBytes: 0,
			peakIndexRssBytes: 0,
		});
		const line = buildTable([{ ...row(5), rebuilds: { addSource: rebuild(3000), editClaim: rebuild(2500) } }]).split(
			'\n',
		)[2];
		expect(line).toMatch(/\| 3\.0 \(1\.5\) \| 2\.5 \(1\.3\) \| claims\/ 5\.0 KB \|$/);
	});

	it('tables files, the fullest folder and the largest page of each type shown', () => {
		const table = outputTable([row(5), row(50)]).split('\n');
		expect(table[0]).toBe('| N | files | fullest folder (entries) | dist MB | claims KB | claims/* KB |');
		expect(table[3]).toBe('| 50 | 1500 | claims (500) | 50.0 | 50.0 | 30.0 |');
	});

	it('splits the first query into code and data', () => {
		const line = searchTable([row(50)]).split('\n')[2];
		expect(line).toBe('| 50 | 2.0 | 100.0 (10.0 + 90.0) | 200 | 20 | 50.0 (10.0 + 40.0) | 50 | 5 | 50.0 |');
	});
});

describe('scale report: transfer by kind', () => {
	it('lists every kind seen at any N, in KB', () => {
		const table = transferTable([row(5), row(50)]).split('\n');
		expect(table[0]).toBe('| N | code KB | index KB |');
		expect(table[3]).toBe('| 50 | 10.0 | 90.0 |');
	});
});

describe('scale report: chart', () => {
	it('ticks a log axis at 1, 2, 5 × powers of ten', () => {
		expect(logTicks(5, 2000)).toEqual([5, 10, 20, 50, 100, 200, 500, 1000, 2000]);
	});

	it('ticks a linear axis at round steps up to the maximum', () => {
		expect(linearTicks(9)).toEqual([0, 2, 4, 6, 8, 10]);
		expect(linearTicks(120)).toEqual([0, 25, 50, 75, 100, 125]);
	});

	it('draws a line and markers per series, within the panel', () => {
		const svg = chartSvg(
			[
				{
					title: 'T',
					unit: 'ms',
					logY: false,
					series: [
						{
							name: 'a < b',
							colour: '#000',
							points: [
								[5, 1],
								[50, 2],
								[500, 4],
							],
						},
					],
				},
			],
			[5, 50, 500],
			'caption & more',
		);
		expect(svg).toContain('a &lt; b');
		expect(svg).toContain('caption &amp; more');
		expect(svg.match(/<circle /g)).toHaveLength(3);
		const xs = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
		// N on a log axis: equal ratios, equal steps; y grows upward.
		expect(xs[1][0] - xs[0][0]).toBeCloseTo(xs[2][0] - xs[1][0], 1);
		expect(xs[0][1]).toBeGreaterThan(xs[1][1]);
		for (const [x, y] of xs) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(330);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(330);
		}
	});

	it('charts three panels from the rows', () => {
		const svg = scaleChart([row(5), row(50), row(500)], 'machine');
		expect(svg.match(/<g transform/g)).toHaveLength(3);
		expect(svg).toContain('First query: bytes transferred');
	});
});
