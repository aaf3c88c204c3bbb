import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckedCorpus } from '../lib/corpus/files';
import { locales, type Locale } from '../i18n';
import { namesAbsentFrom } from '../lib/search/aliases';
import { searchRecords } from '../lib/search/records';
import { BUNDLES } from '../lib/search/engine';
import type { SearchData } from '../scripts/search/data';
import { writeHandOver } from './search-index-run';

/** Built HTML files under `dir`, as paths relative to `root`. */
async function htmlFiles(root: string, dir = root): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) => {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) return htmlFiles(root, path);
			return entry.name.endsWith('.html') ? [relative(root, path)] : [];
		}),
	);
	return nested.flat();
}

/**
 * Prepares the Pagefind index at the end of `astro build`: the HTML pages that mark their main
 * content with `data-pagefind-body` (essays, methodology, timeline), plus two custom records per
 * source and edition, its text and the site's summaries of it, whose claims and paragraphs are
 * results of their own (`src/lib/search/records.ts`). Pagefind itself runs after Astro exits
 * (`src/integrations/search-index-run.ts`, the second half of `npm run build`).
 */
export function searchIndex(corpus: CheckedCorpus): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				// Only pages that mark a body are indexed; the rest (a page per claim and per source,
				// tens of thousands in a large corpus) are records instead.
				const pages: string[] = [];
				// Each edition's indexed words: its records' and its indexed pages' (the whole page, tags
				// as spaces: more words than Pagefind indexes, which only errs towards «present»).
				const pageTexts: Record<Locale, string[]> = { ru: [], en: [] };
				for (const path of await htmlFiles(site)) {
					const html = await readFile(join(site, path), 'utf8');
					if (!/<[^>]+\sdata-pagefind-body[\s=>]/.test(html)) continue;
					pages.push(path);
					pageTexts[path.startsWith('en/') ? 'en' : 'ru'].push(html.replace(/<[^>]*>/g, ' '));
				}
				const ru = searchRecords(corpus, 'ru');
				const en = searchRecords(corpus, 'en');
				const bundleTexts = (records: typeof ru, locale: Locale) => ({
					sources: records.texts.map((r) => r.content),
					pages: records.summaries.map((r) => r.content).concat(pageTexts[locale]),
				});
				const texts = { ru: bundleTexts(ru, 'ru'), en: bundleTexts(en, 'en') };
				// The search data names, by bundle, the aliases no index of its edition has (English
				// pages search both languages' indexes), which the engine then does not probe.
				for (const locale of locales) {
					const file = join(site, 'search-data', `${locale}.json`);
					const data = JSON.parse(await readFile(file, 'utf8')) as SearchData;
					const absent = BUNDLES.map(
						(bundle) =>
							new Set(
								namesAbsentFrom(data.aliases, [...texts[locale][bundle], ...(locale === 'en' ? texts.ru[bundle] : [])]),
							),
					);
					data.absent = data.aliases
						.flat()
						.map((name) => absent.reduce((digit, names, bit) => digit | (names.has(name) ? 1 << bit : 0), 0))
						.join('');
					await writeFile(file, JSON.stringify(data));
				}
				const records = [...ru.texts, ...en.texts];
				const summaries = [...ru.summaries, ...en.summaries];
				writeHandOver({ site, pages, records, summaries });
				logger.info(
					`${pages.length} pages and ${records.length + summaries.length} records handed to the search index step.`,
				);
			},
		},
	};
}
