/**
 * Records what the content now publishes in `content/published/record.json` (`npm run record`),
 * once every changed field has its revision entry. Refuses while the content has problems, so
 * that an unexplained change is never recorded as published. `RECORD_DATE=YYYY-MM-DD` dates new
 * items other than today (used once, to record the state first published on 2026-11-21).
 *
 * The site's modules import each other without extensions, as Astro's bundler allows, so they
 * are loaded through Vite's module runner rather than by Node directly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const load = async <T>(path: string) =>
	(await runnerImport<T>(join(root, path), { root, configFile: false, logLevel: 'silent' })).module;

const { readCorpusFiles } = await load<typeof import('../../src/lib/corpus-files.ts')>('src/lib/corpus-files.ts');
const { checkCorpus, formatIssues } = await load<typeof import('../../src/lib/integrity.ts')>('src/lib/integrity.ts');
const published = await load<typeof import('../../src/lib/published-record.ts')>('src/lib/published-record.ts');

const file = join(root, published.RECORD_PATH);
const today = process.env.RECORD_DATE ?? published.utcToday();
const { issues, corpus } = checkCorpus(readCorpusFiles(root));
const previous = published.parseRecord(
	existsSync(file) ? { path: published.RECORD_PATH, text: readFileSync(file, 'utf8') } : undefined,
);
const items = published.recordItems(corpus);
const problems = [...issues, ...previous.issues, ...published.revisionIssues(items, previous.record, today)];
if (problems.length) {
	console.error(`Nothing recorded: the content has ${problems.length} problem(s):\n${formatIssues(problems)}`);
	process.exit(1);
}
const next = published.recordOf(items, previous.record, today);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, published.serializeRecord(next));
const count = (kind: keyof typeof next) => Object.keys(next[kind]).length;
console.log(
	`Recorded ${count('sources')} sources, ${count('claims')} claims and ${count('essays')} essays in ${published.RECORD_PATH}.`,
);
