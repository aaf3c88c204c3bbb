import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpusFiles } from '../../src/lib/corpus/files';
import { checkCorpus, formatIssues } from '../../src/lib/corpus/check/index';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * Materialises a fixture corpus: the valid base, with a failure case's files laid over it.
 * Returns the root of a directory holding `content/`.
 */
export function fixtureRoot(caseName?: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
	cpSync(join(fixtures, 'base'), dir, { recursive: true });
	if (caseName) cpSync(join(fixtures, 'cases', caseName), dir, { recursive: true });
	return dir;
}

/** The integrity report of a fixture corpus, formatted one issue per line. */
export function reportFor(caseName?: string): string {
	return formatIssues(checkCorpus(readCorpusFiles(fixtureRoot(caseName))).issues);
}
