import { readCorpusFiles, type CheckedSource } from '../../src/lib/corpus/files';
import { checkCorpus } from '../../src/lib/corpus/check/index';
import { root } from './dist';

/** The real corpus as the build reads it, checked: what the tests compare the built site with. */
export const { corpus, issues } = checkCorpus(readCorpusFiles(root));

/** A source of the real corpus by its slug. */
export function sourceBySlug(slug: string): CheckedSource {
	const found = corpus.sources.find((s) => s.slug === slug);
	if (!found) throw new Error(`no source ${slug}`);
	return found;
}

/** One page of every type in the Russian edition (the English ones are the same under `/en`); search is apart, an application. */
export const contentPageTypes = [
	'/',
	'/sources/',
	`/sources/${corpus.sources[0].slug}/`,
	'/claims/',
	`/claims/${corpus.sources[0].data.claims[0].id}/`,
	'/themes/',
	`/themes/${corpus.themes[0].data.id}/`,
	'/compare/',
	'/timeline/',
	'/people/',
	'/about/',
	'/data/',
];
