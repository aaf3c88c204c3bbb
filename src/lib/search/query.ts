import { tokenize } from './text';

/** One thing a result must contain: a word (any inflected form) or an exact phrase. */
export interface QueryTerm {
	/** The words of the term, folded. A phrase has several. */
	words: string[];
	/** Quoted by the reader: the words must appear together, in order. */
	phrase: boolean;
	/** What the reader typed for this term, for messages. */
	raw: string;
}

/** Quotation marks readers use for a phrase: ASCII, «ёлочки», “English” and „German“ quotes. */
const PHRASE = /"([^"]*)"?|«([^»]*)»?|“([^”]*)”?|„([^“”]*)[“”]?/g;

/**
 * Parses what a reader typed into terms that all must match: quoted spans are exact phrases,
 * every other word is a word term (an unclosed quote still counts, for typing as you go).
 */
export function parseQuery(input: string): QueryTerm[] {
	const terms: QueryTerm[] = [];
	let rest = '';
	let last = 0;
	for (const match of input.matchAll(PHRASE)) {
		rest += `${input.slice(last, match.index)} `;
		last = match.index + match[0].length;
		const inner = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
		const words = tokenize(inner).map((t) => t.word);
		if (words.length > 1) terms.push({ words, phrase: true, raw: inner.trim() });
		else if (words.length === 1) terms.push({ words, phrase: false, raw: inner.trim() });
	}
	rest += input.slice(last);
	// Outside quotes, a hyphenated chunk («Нур-Султан», «из-под») is a phrase of its parts.
	for (const chunk of rest.split(/\s+/)) {
		const words = tokenize(chunk).map((t) => t.word);
		if (words.length === 0) continue;
		const term = { words, phrase: words.length > 1, raw: chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') };
		if (!terms.some((t) => t.words.join(' ') === words.join(' '))) terms.push(term);
	}
	return terms;
}
