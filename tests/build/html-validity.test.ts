import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, dist } from '../support/dist';
import { sitemapPaths } from '../support/sitemap';

/** The HTML files of the built site, walked from dist/ (not taken from a list the site itself makes). */
const pages = builtPages();
const fileOf = (path: string) => join(dist, path, path.endsWith('/') ? 'index.html' : '');

/**
 * html-validate reading `.htmlvalidate.mjs` at the repository root, found upwards from each page
 * (without a file-system loader it would apply only its built-in defaults).
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML (html-validate, recommended rules)', () => {
	it('covers every page of the sitemap and the not-found page', () => {
		const listed = sitemapPaths();
		expect(listed.length).toBeGreaterThan(0);
		expect(listed.filter((path) => !pages.includes(path))).toEqual([]);
		expect(pages).toContain('/404.html');
	});

	it('finds no error on any page', async () => {
		const errors: string[] = [];
		for (const path of pages) {
			const report = await validator.validateFile(fileOf(path));
			for (const result of report.results)
				for (const m of result.messages)
					errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
		}
		expect(errors).toEqual([]);
	});
});
