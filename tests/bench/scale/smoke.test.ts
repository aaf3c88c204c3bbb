/**
 * CI smoke test of the scale benchmark: the harness builds the real corpus (N = 5) and a small
 * synthetic one (N = 7: two generated sources pass the real build's integrity check and claim
 * anchoring), serves both to Chromium and writes its table and chart. No timing is asserted: the
 * figures come from `npm run bench`, not from tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScale } from './run';

describe('scale benchmark harness', () => {
	it('builds and measures N = 5 and N = 7, and reports them', { timeout: 240_000 }, async () => {
		// A folder of its own: other checkouts on the machine may run the same test at once.
		const tmp = mkdtempSync(join(tmpdir(), 'kzru-scale-smoke-'));
		const run = await runScale([5, 7], { runs: 1, rebuild: () => false, tmp, keep: false }).finally(() =>
			rmSync(tmp, { recursive: true, force: true }),
		);
		const [real, synthetic] = run.rows;
		expect(real.build).toMatchObject({ sources: 5, claims: 65, pages: 177, cards: 23 });
		expect(synthetic.build.sources).toBe(7);
		// Two more sources: their pages in both editions, a page per claim, a card per source.
		const added = synthetic.build.claims - real.build.claims;
		expect(added).toBeGreaterThanOrEqual(16);
		expect(synthetic.build.pages).toBe(real.build.pages + 2 * (2 + added));
		expect(synthetic.build.cards).toBe(real.build.cards + 2);
		for (const row of run.rows) {
			expect(row.build.pagefindBytes).toBeGreaterThan(0);
			expect(row.build.distBytes).toBeGreaterThan(row.build.pagefindBytes);
			expect(row.build.peakRssBytes).toBeGreaterThan(0);
			expect(row.browser.pagefind.results).toBeGreaterThan(0);
			expect(row.browser.minisearch.results).toBeGreaterThan(0);
			expect(row.browser.pagefind.coldBytes).toBeGreaterThan(row.browser.pagefind.coldCodeBytes);
			expect(row.browser.sourceHtmlBytes).toBeGreaterThan(0);
			expect(row.minisearchJsonBytes).toBeGreaterThan(0);
		}
		expect(run.markdown).toMatch(/^\| 5 \| 65 \| 177 \| 23 \|/m);
		expect(run.markdown).toMatch(/^\| 7 \| \d+ \|/m);
		expect(run.svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(run.svg.match(/<path /g)).toHaveLength(10);
	});
});
