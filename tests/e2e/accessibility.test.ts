import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site';
import { corpus } from '../support/corpus';

/** axe-core, the accessibility engine, injected into each page as it is. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const source = corpus.sources[0];
const claim = source.data.claims[0];
const pageTypes = [
	'/',
	'/sources/',
	`/sources/${source.slug}/`,
	'/claims/',
	`/claims/${claim.id}/`,
	'/themes/',
	`/themes/${corpus.themes[0].data.id}/`,
	'/compare/',
	'/timeline/',
	'/people/',
	'/about/',
	'/search/',
	'/data/',
];

const site = useSite();

interface Violation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

describe('accessibility (axe-core, WCAG 2.2 A and AA rules)', () => {
	for (const scheme of ['light', 'dark'] as const) {
		it.each([...pageTypes, ...pageTypes.map((p) => `/en${p}`)].map((p) => [p]))(
			`%s has no violations (${scheme})`,
			async (path) => {
				// axe is injected as an inline script, which the pages' Content-Security-Policy rightly refuses.
				const context = await site.browser.newContext({
					colorScheme: scheme,
					viewport: { width: 1280, height: 900 },
					bypassCSP: true,
				});
				const page = await context.newPage();
				await page.goto(`${site.url}${path}`);
				await page.addScriptTag({ content: axeSource });
				const violations = await page.evaluate(async () => {
					const axe = (
						window as unknown as {
							axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> };
						}
					).axe;
					const result = await axe.run(document, {
						runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
					});
					return result.violations.map(
						(v) =>
							`${v.impact} ${v.id}: ${v.help} — ${v.nodes
								.slice(0, 3)
								.map((n) => n.target.join(' '))
								.join(' | ')}`,
					);
				});
				expect(violations).toEqual([]);
				await context.close();
			},
		);
	}
});
