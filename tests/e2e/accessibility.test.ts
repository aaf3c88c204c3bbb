import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabPool } from '../support/browser';
import { contentPageTypes } from '../support/corpus';
import { useSite } from '../support/site';
import { sitemapPaths } from '../support/sitemap';

/** axe-core, the accessibility engine, evaluated in every document the walk opens. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** An address the site does not have: the host answers it with the not-found page and status 404. */
const MISSING = '/no-such-page/';
/** Every page of the sitemap, and the not-found page. */
const paths = [...sitemapPaths(), MISSING];

/** What axe is asked to check, in the page. */
const AXE_OPTIONS = {
	runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
	// WCAG AA lets large text (24 px, or 18.66 px bold) get by with 3:1; this site holds all
	// text to 4.5:1, symbols such as the colour-scheme toggle's ◐ included (axe skips text made
	// only of symbols unless told not to). axe merges these options into the check's own.
	checks: {
		'color-contrast': { options: { ignoreUnicode: false, contrastRatio: { large: { expected: 4.5 } } } },
	},
	resultTypes: ['violations', 'incomplete'],
};

interface AxeNodeResult {
	target: unknown[];
	any: { id: string; message: string }[];
}
interface AxeResult {
	id: string;
	impact: string | null;
	help: string;
	nodes: AxeNodeResult[];
}

/** The problems of one page, each as a line naming the page, the rule and the first few elements. */
async function audit(page: Page, url: string, path: string): Promise<string[]> {
	const problems: string[] = [];
	const record = (what: string) => problems.push(`${path} ${what}`);
	const onConsole = (m: { type(): string; text(): string }) => {
		// The browser logs the status of the not-found page's own document: that 404 is the point.
		if (m.type() === 'error' && !(path === MISSING && /status of 404/.test(m.text()))) record(`console: ${m.text()}`);
	};
	const onPageError = (e: Error) => record(`page error: ${e.message}`);
	const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => {
		// Leaving a page cancels what it was still loading (the favicon, an idle prefetch): not a failure.
		if (r.failure()?.errorText !== 'net::ERR_ABORTED') record(`request failed: ${r.url()} ${r.failure()?.errorText}`);
	};
	const onResponse = (r: { url(): string; status(): number }) => {
		if (r.status() >= 400 && !(path === MISSING && r.url() === url)) record(`HTTP ${r.status()}: ${r.url()}`);
	};
	page.on('console', onConsole);
	page.on('pageerror', onPageError);
	page.on('requestfailed', onFailed);
	page.on('response', onResponse);
	try {
		const response = await page.goto(url, { waitUntil: 'load' });
		if (response?.status() !== (path === MISSING ? 404 : 200)) record(`answered HTTP ${response?.status()}`);
		const { violations, incomplete } = (await page.evaluate(
			(options) =>
				(window as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe.run(document, options),
			AXE_OPTIONS,
		)) as { violations: AxeResult[]; incomplete: AxeResult[] };
		const where = (nodes: AxeNodeResult[]) =>
			nodes
				.slice(0, 3)
				.map((n) => n.target.join(' '))
				.join(' | ') + (nodes.length > 3 ? ` (+${nodes.length - 3})` : '');
		// For contrast, the first element's measured colours and ratio tell what to change.
		for (const v of violations)
			record(
				`${v.impact} ${v.id}: ${v.help} — ${where(v.nodes)}${v.id === 'color-contrast' ? ` — ${v.nodes[0].any[0]?.message}` : ''}`,
			);
		// Contrast that axe cannot compute (text over an image or a gradient, overlapping boxes) is
		// not a pass: each such element would need a person to look at it, so none may remain.
		for (const v of incomplete.filter((r) => r.id === 'color-contrast'))
			record(`contrast not measurable: ${where(v.nodes)} — ${v.nodes[0].any[0]?.message}`);
	} finally {
		page.off('console', onConsole);
		page.off('pageerror', onPageError);
		page.off('requestfailed', onFailed);
		page.off('response', onResponse);
	}
	return problems;
}

const site = useSite();

/** One page per template in both editions, search and the not-found page: dark changes only custom properties. */
const darkPaths = [...contentPageTypes.flatMap((path) => [path, `/en${path}`]), '/search/', '/en/search/', MISSING];

/** A browser context per colour scheme, with axe evaluated in each new document. */
const contexts = new Map<'light' | 'dark', BrowserContext>();
beforeAll(async () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
		// Evaluated by the browser in each new document (not as a page script, so a
		// Content-Security-Policy cannot stop it).
		await context.addInitScript({ content: axeSource });
		contexts.set(colorScheme, context);
	}
});
afterAll(async () => {
	for (const context of contexts.values()) await context.close();
});

/** Tabs per colour scheme, each reused for the next page. */
const tabs = {
	light: tabPool(() => contexts.get('light')!.newPage()),
	dark: tabPool(() => contexts.get('dark')!.newPage()),
};

/** One test per page, a few at a time: one page loads while another is audited. */
async function auditIn(colorScheme: 'light' | 'dark', path: string) {
	const problems = await tabs[colorScheme]((page) => audit(page, `${site.url}${path}`, path));
	expect(problems).toEqual([]);
}

describe('accessibility (axe-core WCAG 2.2 A/AA, all text 4.5:1) and a clean load', () => {
	it('walks the whole sitemap', () => {
		// The sitemap is the list under test; if it shrank to a handful of pages the walk would prove little.
		expect(paths.filter((p) => p.startsWith('/en/')).length).toBeGreaterThan(50);
		expect(paths.filter((p) => !p.startsWith('/en/')).length).toBeGreaterThan(50);
		expect(darkPaths.filter((p) => !paths.includes(p))).toEqual([]);
	});

	describe.concurrent('every page in the light scheme', () => {
		it.each(paths)('%s', (path) => auditIn('light', path));
	});

	describe.concurrent('one page per template in the dark scheme', () => {
		it.each(darkPaths)('%s', (path) => auditIn('dark', path));
	});
});
