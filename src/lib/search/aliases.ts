import { wordsMatch, type Alternative, type ExpandedTerm } from './match';
import type { QueryTerm } from './query';
import { fold, tokenize } from './text';

/** Names that stand for the same thing: «Нур-Султан» and «Астана», «ЕАЭС» and its full name. */
export type AliasGroup = string[];

const wordsOf = (text: string) => tokenize(text).map((t) => t.word);

const sameName = (query: readonly string[], name: readonly string[]) =>
	query.length === name.length && query.every((w, i) => wordsMatch(w, name[i]));

/**
 * The forms that satisfy a term: the term itself (exact if the reader quoted it), plus every
 * other name of any alias group one of whose names the term is, in any inflected form
 * («Астану» → «Нур-Султан»; «ЕАЭС» → «Евразийского экономического союза»).
 */
export function alternativesFor(words: readonly string[], groups: readonly AliasGroup[], exact = false): Alternative[] {
	const out: Alternative[] = [{ words: [...words], exact }];
	const seen = new Set([words.join(' ')]);
	for (const group of groups) {
		const names = group.map(wordsOf).filter((n) => n.length > 0);
		if (!names.some((name) => sameName(words, name))) continue;
		for (const name of names) {
			const key = name.join(' ');
			if (!seen.has(key)) {
				seen.add(key);
				out.push({ words: name, exact: false });
			}
		}
	}
	return out;
}

/**
 * Query terms with their alternatives. Consecutive unquoted words that together form a
 * multi-word name («Евразийский экономический союз») become one term, satisfied by any name of
 * its group («ЕАЭС»), instead of three words each required on its own.
 */
export function expandQuery(terms: readonly QueryTerm[], groups: readonly AliasGroup[]): ExpandedTerm[] {
	const names = groups
		.flatMap((group) => group.map(wordsOf))
		.filter((n) => n.length > 1)
		.sort((a, b) => b.length - a.length);
	const out: ExpandedTerm[] = [];
	for (let i = 0; i < terms.length; i++) {
		const run = names.find((name) =>
			name.every(
				(w, k) =>
					terms[i + k] &&
					!terms[i + k].phrase &&
					terms[i + k].words.length === 1 &&
					wordsMatch(terms[i + k].words[0], w),
			),
		);
		if (run) {
			const merged = terms.slice(i, i + run.length);
			const term: QueryTerm = {
				words: merged.map((t) => t.words[0]),
				phrase: false,
				raw: merged.map((t) => t.raw).join(' '),
			};
			out.push({ term, alternatives: alternativesFor(term.words, groups) });
			i += run.length - 1;
		} else out.push({ term: terms[i], alternatives: alternativesFor(terms[i].words, groups, terms[i].phrase) });
	}
	return out;
}

/**
 * The names of `groups` that none of `texts` has in any form (nor, the last word, as a prefix:
 * the reader may be typing it), so that the engine need not ask Pagefind for them. Pagefind
 * answers a word no indexed word starts with by its longest indexed prefix («астан» by every «а»),
 * candidates that would each cost a fragment to be refuted. Erring towards «present» is safe:
 * a present name is only probed.
 */
export function namesAbsentFrom(groups: readonly AliasGroup[], texts: readonly string[]): string[] {
	// Forms of a word share its first three letters (`wordsMatch`), so words are looked up by them.
	const byStart = new Map<string, Set<string>>();
	for (const text of texts)
		for (const { word } of tokenize(text)) {
			const start = word.slice(0, 3);
			if (!byStart.has(start)) byStart.set(start, new Set());
			byStart.get(start)!.add(word);
		}
	const has = (query: string, last: boolean) =>
		[...(byStart.get(query.slice(0, 3)) ?? [])].some(
			(word) => wordsMatch(query, word) || (last && query.length >= 3 && word.startsWith(query)),
		);
	return [
		...new Set(
			groups.flat().filter((name) => {
				const words = wordsOf(name);
				return words.length > 0 && !words.every((w, i) => has(w, i === words.length - 1));
			}),
		),
	];
}

/**
 * The most Latin words the search data lists for the Russian indexes (`latinInRussian`, loaded
 * with every English first query): the five texts have 98, about 0.4 KB gzipped; a collection
 * with many more would pay more for the list than the Russian index it saves (its `pf_meta` and
 * one chunk), so past this it is left out and English pages ask the Russian index every word.
 */
export const LATIN_WORDS_MAX = 2000;

const LATIN_WORD = /[\p{L}\p{N}]*[A-Za-z][\p{L}\p{N}]*/gu;

/**
 * The words of `texts` with a Latin letter in them, folded as the engine folds its probes and
 * sorted, or `undefined` past {@link LATIN_WORDS_MAX}: runs of letters and digits, as `tokenize`
 * reads words, found by one expression rather than by tokenizing every text (millions of words
 * at N = 2000).
 */
export function latinWordsOf(texts: readonly string[], max = LATIN_WORDS_MAX): string[] | undefined {
	const words = new Set<string>();
	for (const text of texts) for (const [word] of text.matchAll(LATIN_WORD)) words.add(fold(word));
	return words.size > max ? undefined : [...words].sort();
}
