import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localizedHref } from '../../src/lib/urls/locale';
import { compactScript } from '../../src/integrations/inline-script';
import { builtPages, dist, page, root, selectAll, text } from '../support/dist';

/** The budgets of a content page (every page but search, which is an application). */
const HTML_AND_CSS_GZIP_MAX = 40 * 1024;
/**
 * The inline bootstrap, compacted (1758 bytes since it loads the search module itself, one request
 * sooner than through the other enhancements; 1.5 KB before). Every page carries it, uncached.
 */
const BOOTSTRAP_MAX = 2048;
/** Pagefind's runtime (`pagefind.js`) gzipped: every first query loads it. */
const RUNTIME_GZIP_MAX = 12 * 1024;

const bootstrap = compactScript(readFileSync(join(root, 'src/scripts/bootstrap.js'), 'utf8'));
const contentPages = builtPages().filter((path) => !/^(\/en)?\/search\/$/.test(path) && !path.startsWith('/og/'));

/** The kind of page a path is, to report the largest of each kind. */
function pageType(path: string): string {
	const rest = localizedHref(path, 'ru', '/');
	const [, section, slug] = rest.split('/');
	if (rest === '/') return 'home';
	if (!slug) return section.replace('.html', '') || 'home';
	return { sources: 'source', claims: 'claim', themes: 'essay' }[section] ?? section;
}

const gzipped = (bytes: Buffer | string) => gzipSync(bytes).length;
const css = new Map<string, number>();
const cssSize = (href: string) => {
	if (!css.has(href)) css.set(href, gzipped(readFileSync(join(dist, href))));
	return css.get(href)!;
};

const weights = contentPages.map((path) => {
	const tree = page(path);
	const html = readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''));
	const stylesheets = selectAll('link[rel="stylesheet"]', tree).map((el) => String(el.properties.href));
	return {
		path,
		type: pageType(path),
		bytes: gzipped(html) + stylesheets.reduce((sum, href) => sum + cssSize(href), 0),
	};
});

describe('budgets of a content page', () => {
	it('runs no script but the inline bootstrap: nothing is fetched, JSON-LD is data', () => {
		const offenders = contentPages.flatMap((path) => {
			const tree = page(path);
			const scripts = selectAll('script', tree).filter((el) => el.properties.type !== 'application/ld+json');
			const preloads = selectAll('link[rel="modulepreload"], link[rel="preload"][as="script"]', tree);
			return [
				...scripts.filter((el) => el.properties.src || text(el) !== bootstrap).map(() => `${path}: a script`),
				...(scripts.length === 1 ? [] : [`${path}: ${scripts.length} scripts`]),
				...preloads.map(() => `${path}: a script preload`),
			];
		});
		expect(offenders).toEqual([]);
	});

	it(`keeps the bootstrap under ${BOOTSTRAP_MAX} bytes`, () => {
		expect(Buffer.byteLength(bootstrap)).toBeLessThanOrEqual(BOOTSTRAP_MAX);
	});

	it('weighs at most 40 KB of HTML and CSS, gzipped', () => {
		const largest = new Map<string, (typeof weights)[number]>();
		for (const weight of weights)
			if ((largest.get(weight.type)?.bytes ?? 0) < weight.bytes) largest.set(weight.type, weight);
		console.info(
			'Largest page of each type, HTML + CSS gzipped:\n' +
				[...largest.values()].map((w) => `  ${w.type}: ${(w.bytes / 1024).toFixed(1)} KB (${w.path})`).join('\n'),
		);
		expect(largest.size).toBeGreaterThanOrEqual(12);
		expect(weights.filter((w) => w.bytes > HTML_AND_CSS_GZIP_MAX).map((w) => `${w.path}: ${w.bytes} B`)).toEqual([]);
	});
});

describe('budgets of a first search', () => {
	// Every first query loads the WebAssembly whatever it asks; the index step gzips it again with
	// Zopfli, which no zlib level matches.
	const wasm = readFileSync(join(dist, 'pagefind/wasm.unknown.pagefind'));
	const inflated = gunzipSync(wasm);

	it("carries Pagefind's WebAssembly, recompressed smaller than zlib's best", () => {
		expect(inflated.subarray(0, 16).toString('latin1')).toBe('pagefind_dcd\0asm');
		expect(wasm.length).toBeLessThan(gzipSync(inflated, { level: 9 }).length);
	});

	// As Pagefind writes it, its runtime gzips to 13.2 KB; minified, to 11.4.
	it(`carries Pagefind's runtime minified, under ${RUNTIME_GZIP_MAX / 1024} KB gzipped`, () => {
		const runtime = readFileSync(join(dist, 'pagefind/pagefind.js'));
		// The export the site's search calls (`src/scripts/search/pagefind.ts`) survives minification.
		expect(runtime.toString()).toMatch(/export\s*\{[^}]*\bcreateInstance\b/);
		expect(gzipSync(runtime, { level: 9 }).length).toBeLessThanOrEqual(RUNTIME_GZIP_MAX);
	});

	it("holds of Pagefind's files only what the site's search runs", () => {
		expect(readdirSync(join(dist, 'pagefind')).filter((name) => /ui|worker|highlight/.test(name))).toEqual([]);
	});
});
