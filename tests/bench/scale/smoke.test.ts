/**
 * CI smoke test of the scale benchmark, in one small build: the harness generates a synthetic
 * corpus of N = 7 (the five real sources and two generated ones, which must pass the real
 * build's integrity check and claim anchoring), builds it, serves it to Chromium and writes its
 * table and chart. No timing is asserted: the figures come from `npm run bench`, not from tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../support/corpus';
import { runScale } from './run';

const realClaims = corpus.sources.reduce((n, s) => n + s.data.claims.length, 0);

describe('scale benchmark harness', () => {
	it('builds and measures a synthetic corpus of N = 7, and reports it', { timeout: 240_000 }, async () => {
		// A folder of its own: other checkouts on the machine may run the same test at once.
		const tmp = mkdtempSync(join(tmpdir(), 'kzru-scale-smoke-'));
		const run = await runScale([7], { runs: 1, rebuild: () => false, tmp, keep: false }).finally(() =>
			rmSync(tmp, { recursive: true, force: true }),
		);
		const [row] = run.rows;
		expect(row.build.sources).toBe(7);
		// Two generated sources of 8–15 claims each, on top of the real ones.
		expect(row.build.claims - realClaims).toBeGreaterThanOrEqual(16);
		// A card per source, per essay and per edition's site card.
		expect(row.build.cards).toBe(row.build.sources + corpus.essays.length + 2);
		// Every claim and source has a page in both editions.
		expect(row.build.pages).toBeGreaterThan(2 * (row.build.claims + row.build.sources));
		expect(row.build.pagefindBytes).toBeGreaterThan(0);
		expect(row.build.distBytes).toBeGreaterThan(row.build.pagefindBytes);
		expect(row.build.peakRssBytes).toBeGreaterThan(0);
		expect(row.build.peakIndexRssBytes).toBeGreaterThan(0);
		expect(row.build.peakIndexRssBytes).toBeLessThan(row.build.peakRssBytes);
		expect(row.build.cpuMs).toBeGreaterThan(0);
		expect(row.build.files).toBeGreaterThan(row.build.pages + row.build.cards);
		expect(row.build.fullestFolder.entries).toBeGreaterThan(0);
		expect(Object.keys(row.build.largestByType)).toEqual(expect.arrayContaining(['claims', 'claims/*', 'sources/*']));
		expect(row.browser.pagefind.results).toBeGreaterThan(0);
		expect(row.browser.minisearch.results).toBeGreaterThan(0);
		expect(row.browser.pagefind.coldBytes).toBeGreaterThan(row.browser.pagefind.coldCodeBytes);
		expect(row.browser.sourceHtmlBytes).toBeGreaterThan(0);
		expect(row.minisearchJsonBytes).toBeGreaterThan(0);
		expect(run.markdown).toMatch(new RegExp(`^\\| 7 \\| ${row.build.claims} \\| ${row.build.pages} \\|`, 'm'));
		expect(run.svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(run.svg).toMatch(/<path /);
	});
});
