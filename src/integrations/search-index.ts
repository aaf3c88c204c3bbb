import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { CheckedCorpus } from '../lib/integrity';
import { searchRecords } from '../lib/search/records';

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
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const fail = (step: string, errs: string[]) => {
					if (errs.length) throw new Error(`Pagefind ${step} failed: ${errs.join('; ')}`);
				};
				const pages = await index.addDirectory({ path: site });
				fail('indexing pages', pages.errors);
				const records = [...searchRecords(corpus, 'ru'), ...searchRecords(corpus, 'en')];
				for (const record of records) fail(`record ${record.url}`, (await index.addCustomRecord(record)).errors);
				fail('writing', (await index.writeFiles({ outputPath: `${site}/pagefind` })).errors);
				await pagefind.close();
				logger.info(
					`Pagefind: ${pages.page_count} pages and ${records.length} records indexed in ${Date.now() - started} ms.`,
				);
			},
		},
	};
}
