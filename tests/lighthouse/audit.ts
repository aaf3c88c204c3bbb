import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../support/browser.ts';
import { dist } from '../support/dist.ts';
import { serve } from '../support/server.ts';
import { sitemapPaths } from '../support/sitemap.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageAudit {
	path: string;
	/** Category scores, 0–100, for the categories that were run. */
	scores: Partial<Record<Category, number>>;
	/** Audits that count towards a category and did not pass, by category: `id — title (measured value)`. */
	failing: Partial<Record<Category, string[]>>;
}

/**
 * One page of each kind Lighthouse looks at, in both editions, taken from the sitemap: the home
 * page, the first source, claim and essay (theme) pages, and search.
 */
export function auditedPaths(): string[] {
	const listed = sitemapPaths();
	const first = (pattern: RegExp) => {
		const found = listed.find((p) => pattern.test(p));
		if (!found) throw new Error(`no page in the sitemap matches ${pattern}`);
		return found;
	};
	const ru = [
		'/',
		first(/^\/sources\/[^/]+\/$/),
		first(/^\/claims\/[^/]+\/$/),
		first(/^\/themes\/[^/]+\/$/),
		'/search/',
	];
	return [...ru, ...ru.map((p) => `/en${p}`)];
}

/**
 * Serves dist/ as a static host would (gzip), starts Debian's Chromium through chrome-launcher,
 * and runs Lighthouse on each page in turn, in its default configuration: a mid-range phone on a
 * slow 4G connection, simulated.
 */
export async function auditPages(paths: string[], categories: readonly Category[] = CATEGORIES): Promise<PageAudit[]> {
	const site = await serve(process.env.DIST_DIR ?? dist);
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	try {
		const audits: PageAudit[] = [];
		for (const path of paths) {
			const run = await lighthouse(`${site.url}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
				// The screenshot of the whole page only illustrates the HTML report, which is not written.
				disableFullPageScreenshot: true,
			});
			if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr } = run;
			if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${path}: ${lhr.runtimeError.message}`);
			const audit: PageAudit = { path, scores: {}, failing: {} };
			for (const category of categories) {
				const result = lhr.categories[category];
				audit.scores[category] = Math.round((result.score ?? 0) * 100);
				audit.failing[category] = result.auditRefs
					.filter((ref) => ref.weight > 0)
					.map((ref) => lhr.audits[ref.id])
					.filter((a) => a.score !== null && a.score < 1)
					.map((a) => `${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
			}
			audits.push(audit);
		}
		return audits;
	} finally {
		chrome.kill();
		await site.close();
	}
}

/** A Markdown table of the scores, one row per page. */
export function scoreTable(audits: PageAudit[], categories: readonly Category[] = CATEGORIES): string {
	const rows = [
		['page', ...categories],
		['---', ...categories.map(() => '--:')],
		...audits.map((a) => [`\`${a.path}\``, ...categories.map((c) => String(a.scores[c] ?? ''))]),
	];
	return rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
}
