import { wordsMatch } from './match';
import { tokenize } from './text';

/** Names that stand for the same thing: «Нур-Султан» and «Астана», «ЕАЭС» and its full name. */
export type AliasGroup = string[];

const wordsOf = (text: string) => tokenize(text).map((t) => t.word);

const sameName = (query: readonly string[], name: readonly string[]) =>
	query.length === name.length && query.every((w, i) => (query.length === 1 ? wordsMatch(w, name[i]) : w === name[i] || wordsMatch(w, name[i])));

/**
 * The word sequences that satisfy a term: the term itself, plus every other name of any alias
 * group one of whose names the term is (in any inflected form: «Астану» → «Нур-Султан»).
 */
export function alternativesFor(words: readonly string[], groups: readonly AliasGroup[]): string[][] {
	const out: string[][] = [[...words]];
	const seen = new Set([words.join(' ')]);
	for (const group of groups) {
		const names = group.map(wordsOf).filter((n) => n.length > 0);
		if (!names.some((name) => sameName(words, name))) continue;
		for (const name of names) {
			const key = name.join(' ');
			if (!seen.has(key)) {
				seen.add(key);
				out.push(name);
			}
		}
	}
	return out;
}
