/**
 * Writes the MiniSearch comparison's index: the Russian search records of a built project
 * (`src/lib/search/records.ts`, the records Pagefind indexes: texts and summaries) as one JSON
 * array of documents.
 * Bundled with esbuild by `search.ts` and run as `node records.js <project> <out.json>`, since
 * the site's modules import each other without extensions, as Astro's bundler allows.
 */
import { writeFileSync } from 'node:fs';
import { readCorpusFiles } from '../../../src/lib/corpus/files';
import { checkCorpus } from '../../../src/lib/corpus/check/index';
import { RECORD_DATA_FILTER } from '../../../src/lib/search/engine';
import { decodeRecord, type RecordData } from '../../../src/lib/search/record-data';
import { searchRecords } from '../../../src/lib/search/records';

const [project, out] = process.argv.slice(2);
const { corpus } = checkCorpus(readCorpusFiles(project));
const { texts, summaries } = searchRecords(corpus, 'ru');
const documents = [...texts, ...summaries].map((record, id) => ({
	id,
	url: record.url,
	type: 'source',
	title: decodeRecord(
		record.content,
		JSON.parse(record.filters[RECORD_DATA_FILTER][0]) as RecordData,
		record.filters.source[0],
	).title,
	content: record.content,
}));
writeFileSync(out, JSON.stringify(documents));
