import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { CheckedCorpus } from '../lib/corpus/files';
import { searchRecords } from '../lib/search/records';

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
 * Builds the Pagefind index as the last step of `astro build`: the HTML pages that mark their
 * main content with `data-pagefind-body` (essays, methodology, timeline), plus custom
 * records for every claim, source paragraph and source, so that a claim is a result of its own
 * and links to its exact place in the text.
 */
export function searchIndex(corpus: CheckedCorpus): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = Date.now();
				const site = fileURLToPath(dir);
				// Pagefind runs as a service process: it is closed on failure too, or the build hangs.
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const fail = (step: string, errs: string[]) => {
						if (errs.length) throw new Error(`Pagefind ${step} failed: ${errs.join('; ')}`);
					};
					// Only pages that mark a body are indexed; the rest (a page per claim and per source,
					// tens of thousands in a large corpus) are records instead. Handing Pagefind the whole
					// directory made it parse every page: most of the indexing time, growing with the corpus.
					let pageCount = 0;
					for (const path of await htmlFiles(site)) {
						const content = await readFile(join(site, path), 'utf8');
						if (!/<[^>]+\sdata-pagefind-body[\s=>]/.test(content)) continue;
						fail(`indexing ${path}`, (await index.addHTMLFile({ sourcePath: path, content })).errors);
						pageCount++;
					}
					const records = [...searchRecords(corpus, 'ru'), ...searchRecords(corpus, 'en')];
					for (const record of records) fail(`record ${record.url}`, (await index.addCustomRecord(record)).errors);
					fail('writing', (await index.writeFiles({ outputPath: `${site}/pagefind` })).errors);
					logger.info(
						`Pagefind: ${pageCount} pages and ${records.length} records indexed in ${Date.now() - started} ms.`,
					);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
