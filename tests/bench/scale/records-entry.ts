/**
 * Writes the MiniSearch comparison's index: the Russian search records of a built project
 * (`src/lib/search/records.ts`, the records Pagefind indexes) as one JSON array of documents.
 * Bundled with esbuild by `search.ts` and run as `node records.js <project> <out.json>`, since
 * the site's modules import each other without extensions, as Astro's bundler allows.
 */
import { writeFileSync } from 'node:fs';
import { readCorpusFiles } from '../../../src/lib/corpus/files';
import { checkCorpus } from '../../../src/lib/corpus/check/index';
import { searchRecords } from '../../../src/lib/search/records';

const [project, out] = process.argv.slice(2);
const { corpus } = checkCorpus(readCorpusFiles(project));
const documents = searchRecords(corpus, 'ru').map((record, id) => ({
	id,
	url: record.url,
	type: record.meta.type,
	title: record.meta.title,
	content: record.content,
}));
writeFileSync(out, JSON.stringify(documents));
