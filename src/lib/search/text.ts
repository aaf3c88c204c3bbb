/**
 * Text handling shared by the index builder, the search engine and the highlighter, so that
 * all three agree on what a word is. Case and ё/е fold (readers type either); й does NOT fold
 * to и (Pagefind's folding makes «воины» match «войны»).
 */

/** Lower case, ё→е, nothing else. */
export const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/** A word of a text, with where it sits in the original string. */
export interface Token {
	/** The folded word. */
	word: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text: runs of letters and digits; hyphens, dashes and punctuation separate words. */
export function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({ word: fold(m[0]), start: m.index, end: m.index + m[0].length }));
}
