/**
 * Records what the content now publishes in `content/published/record.json` (`npm run record`),
 * once every changed field has its revision entry. Refuses while the content has problems, so
 * that an unexplained change is never recorded as published. `RECORD_DATE=YYYY-MM-DD` dates new
 * items other than today (used once, to record the state first published on 2026-11-21).
 *
 * The site's modules import each other without extensions, as Astro's bundler allows, so they
 * are loaded through Vite's module runner rather than by Node directly.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const load = async <T>(path: string) =>
	(await runnerImport<T>(join(root, path), { root, configFile: false, logLevel: 'silent' })).module;

const { readCorpusFiles } = await load<typeof import('../../src/lib/corpus/files.ts')>('src/lib/corpus/files.ts');
const { checkCorpus, formatIssues } = await load<typeof import('../../src/lib/corpus/check/index.ts')>(
	'src/lib/corpus/check/index.ts',
);
const published = await load<typeof import('../../src/lib/corpus/published-record.ts')>(
	'src/lib/corpus/published-record.ts',
);

const file = join(root, published.RECORD_PATH);
const today = process.env.RECORD_DATE ?? published.utcToday();
const files = readCorpusFiles(root);
// The build's own check, revisions included, against the record as committed.
const { issues, corpus } = checkCorpus(files, today);
if (issues.length) {
	console.error(`Nothing recorded: the content has ${issues.length} problem(s):\n${formatIssues(issues)}`);
	process.exit(1);
}
const next = published.recordOf(
	published.recordItems(corpus),
	published.parsePublishedRecord(files.record).record,
	today,
);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, published.serializeRecord(next));
const count = (kind: keyof typeof next) => Object.keys(next[kind]).length;
console.log(
	`Recorded ${count('sources')} sources, ${count('claims')} claims and ${count('essays')} essays in ${published.RECORD_PATH}.`,
);
