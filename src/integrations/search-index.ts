import type { AstroIntegration } from 'astro';
import type { RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckedCorpus } from '../lib/corpus/files';
import { locales, type Locale } from '../i18n';
import { latinWordsOf, namesAbsentFrom } from '../lib/search/aliases';
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
 * Whether a built page marks its main content for Pagefind. `<main>` follows the head and the
 * header, within the file's first {@link PREFIX_BYTES}; only the rest of a page without `<main>`
 * there is read. Sixteen files at a time: at N = 2000 reading all 46,769 pages whole, one after
 * another, took 17 s of every build, their first bytes this way 2 s.
 */
async function marksBody(file: string, buffer: Buffer): Promise<boolean> {
	const handle = await open(file);
	try {
		const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
		const prefix = buffer.toString('utf8', 0, bytesRead);
		const whole = prefix.includes('<main') || bytesRead < buffer.length ? prefix : await readFile(file, 'utf8');
		return /<[^>]+\sdata-pagefind-body[\s=>]/.test(whole);
	} finally {
		await handle.close();
	}
}
const PREFIX_BYTES = 32 * 1024;
const READERS = 16;

/** The built pages under `site` that mark their main content for Pagefind, with their HTML. */
async function indexedPages(site: string): Promise<{ path: string; html: string }[]> {
	const files = (await htmlFiles(site)).sort();
	const marked = new Array<boolean>(files.length);
	let next = 0;
	const reader = async () => {
		const buffer = Buffer.alloc(PREFIX_BYTES);
		while (next < files.length) {
			const i = next++;
			marked[i] = await marksBody(join(site, files[i]), buffer);
		}
	};
	await Promise.all(Array.from({ length: READERS }, reader));
	const paths = files.filter((_, i) => marked[i]);
	return Promise.all(paths.map(async (path) => ({ path, html: await readFile(join(site, path), 'utf8') })));
}

/**
 * The text Pagefind indexes of a page: its `data-pagefind-body` elements without what
 * `data-pagefind-ignore` marks (the citation blocks, whose BibTeX would list English words of
 * URLs), scripts and styles, with images' alt text. The words the absent names and the Latin
 * words of the Russian indexes are told from.
 */
function indexedText(html: string): string {
	const parts: string[] = [];
	const walk = (node: RootContent): void => {
		if (node.type === 'text') parts.push(node.value);
		if (node.type !== 'element') return;
		if (node.tagName === 'script' || node.tagName === 'style' || node.properties.dataPagefindIgnore !== undefined)
			return;
		if (node.tagName === 'img' && typeof node.properties.alt === 'string') parts.push(node.properties.alt);
		node.children.forEach(walk);
	};
	for (const body of selectAll('[data-pagefind-body]', fromHtml(html))) walk(body);
	return parts.join(' ');
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
				// Each edition's indexed words: its records' and its indexed pages'.
				const pageTexts: Record<Locale, string[]> = { ru: [], en: [] };
				for (const { path, html } of await indexedPages(site)) {
					pages.push(path);
					pageTexts[path.startsWith('en/') ? 'en' : 'ru'].push(indexedText(html));
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
					if (locale !== 'ru') data.latinInRussian = latinWordsOf([...texts.ru.sources, ...texts.ru.pages]);
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
