import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CheckedCorpus } from '../lib/corpus/files';
import { searchRecords } from '../lib/search/records';
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
				for (const path of await htmlFiles(site))
					if (/<[^>]+\sdata-pagefind-body[\s=>]/.test(await readFile(join(site, path), 'utf8'))) pages.push(path);
				const ru = searchRecords(corpus, 'ru');
				const en = searchRecords(corpus, 'en');
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
