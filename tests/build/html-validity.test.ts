import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, dist } from '../support/dist';
import { sitemapPaths } from '../support/sitemap';

/** The HTML files of the built site, walked from dist/ (not taken from a list the site itself makes). */
const pages = builtPages();
const fileOf = (path: string) => join(dist, path, path.endsWith('/') ? 'index.html' : '');

/** html-validate's recommended rules, but for two that judge style, not validity. */
const config: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro keeps the whitespace of templates between inline elements; at the end of a line it
		// renders as nothing and cannot be configured away in the output.
		'no-trailing-whitespace': 'off',
		// 70 characters is how much of a title a search result shows. Titles here are a source's,
		// essay's or claim's own title plus the site's name (appended by the layout); a longer tab
		// title is truncated by the browser, not wrong.
		'long-title': 'off',
	},
};

/** Every page is checked against `config` alone, whatever configuration files lie around. */
const validator = new HtmlValidate(new StaticConfigLoader(config));

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
