import { stemmer as russianStem } from '@orama/stemmers/russian';
import { stemmer as englishStem } from '@orama/stemmers/english';
import type { QueryTerm } from './query';
import { tokenize, type Token } from './text';

const CYRILLIC = /[\u0400-\u04ff]/;

const stems = new Map<string, string>();

/** Snowball stem of a folded word, Russian or English by its script (memoised: texts repeat words). */
export function stem(word: string): string {
	let stemmed = stems.get(word);
	if (stemmed === undefined) {
		stemmed = CYRILLIC.test(word) ? russianStem(word) : englishStem(word);
		stems.set(word, stemmed);
	}
	return stemmed;
}

const commonPrefix = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
};

/**
 * Whether a text word is a form of the query word. Snowball alone is not enough for names: it
 * stems «Токаев» to «тока» but «Токаева» to «токаев». So two words match when they share a
 * prefix at least as long as the longer of their stems: «Токаев»/«Токаева», «Астана»/«Астану»,
 * «русофобия»/«русофобии» match; «войны»/«воины», «Токаев»/«токарный» do not. Very short stems
 * («мой», «мои») must match exactly, which also keeps й and и apart.
 */
export function wordsMatch(query: string, word: string): boolean {
	if (query === word) return true;
	const a = stem(query);
	// A word that shares less than the query's stem cannot match: most of a text's words are
	// told apart here, unstemmed (Snowball on every new word of each fragment was about half of
	// the engine's work on a second query).
	const shared = commonPrefix(query, word);
	if (a.length < 3 || shared < a.length) return false;
	const b = stem(word);
	return b.length >= 3 && shared >= b.length;
}

/** A character range of the content that matched, for highlighting. */
export interface Hit {
	start: number;
	end: number;
}

/** How a term is matched: by word forms, or also as a prefix (the reader is still typing it). */
export interface MatchMode {
	prefix: boolean;
}

/** One form that satisfies a term: a word sequence, matched word for word or form for form. */
export interface Alternative {
	words: string[];
	/** A phrase the reader quoted: its words must appear exactly. Otherwise any forms match. */
	exact: boolean;
}

/** Every place where one alternative form of a term occurs in tokenised text. */
export function findTerm(
	tokens: readonly Token[],
	{ words, exact }: Alternative,
	mode: MatchMode = { prefix: false },
): Hit[] {
	const hits: Hit[] = [];
	for (let i = 0; i + words.length <= tokens.length; i++) {
		const ok = words.every((w, k) => {
			const token = tokens[i + k].word;
			const last = k === words.length - 1;
			if (mode.prefix && last && w.length >= (exact ? 1 : 3) && token.startsWith(w)) return true;
			return exact ? token === w : wordsMatch(w, token);
		});
		if (ok) hits.push({ start: tokens[i].start, end: tokens[i + words.length - 1].end });
	}
	return hits;
}

const tokenCache = new Map<string, Token[]>();

/** Tokens of a record's content, kept: every keystroke checks the same records again. */
function tokensOf(content: string): Token[] {
	let tokens = tokenCache.get(content);
	if (!tokens) {
		tokens = tokenize(content);
		if (tokenCache.size > 2000) tokenCache.clear();
		tokenCache.set(content, tokens);
	}
	return tokens;
}

/** A query term together with the alias forms that also satisfy it. */
export interface ExpandedTerm {
	term: QueryTerm;
	/** Forms that satisfy the term, its own first; any one of them will do. */
	alternatives: Alternative[];
}

/**
 * Matches a record's content against every term: a record qualifies only if each term (through
 * one of its alternatives) occurs in it. Returns the hits per term, or `undefined` when some
 * term is missing — a result must really contain what was asked.
 */
export function matchContent(
	content: string,
	terms: readonly ExpandedTerm[],
	modes: readonly MatchMode[],
): Hit[][] | undefined {
	const tokens = tokensOf(content);
	const perTerm: Hit[][] = [];
	for (const [index, { alternatives }] of terms.entries()) {
		const hits = alternatives.flatMap((alternative) => findTerm(tokens, alternative, modes[index]));
		if (hits.length === 0) return undefined;
		perTerm.push(hits);
	}
	return perTerm;
}

/** Merges hits into sorted, non-overlapping ranges. */
export function mergeHits(hits: readonly Hit[]): Hit[] {
	const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
	const out: Hit[] = [];
	for (const hit of sorted) {
		const last = out.at(-1);
		if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
		else out.push({ ...hit });
	}
	return out;
}
