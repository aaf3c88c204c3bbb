import { fold, tokenize } from './text';

/**
 * The corpus's vocabulary: every word of three letters or more (digits alone are not words),
 * once per folded form, written as the texts most often write it («Тлеуберди»), most frequent
 * first, so that among equally close corrections the commoner wins.
 */
export function vocabularyOf(texts: readonly string[]): string[] {
	const words = new Map<string, { count: number; forms: Map<string, number> }>();
	for (const text of texts)
		for (const { word, start, end } of tokenize(text)) {
			if (word.length < 3 || /^\d+$/.test(word)) continue;
			const entry = words.get(word) ?? { count: 0, forms: new Map() };
			const form = text.slice(start, end);
			entry.count++;
			entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
			words.set(word, entry);
		}
	return [...words.entries()]
		.sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
		.map(([, { forms }]) => [...forms.entries()].sort((a, b) => b[1] - a[1])[0][0]);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), given up as soon as it
 * exceeds `max`: «многовектрность» is one edit from «многовекторность».
 */
export function editDistance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
			current.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length];
}

/** Edits allowed for a word of this length: none below five letters, one up to seven, then two. */
const allowedEdits = (length: number) => (length < 5 ? 0 : length < 8 ? 1 : 2);

/**
 * The corpus words nearest to a word the corpus lacks, closest (then commonest) first: only
 * words within about two edits, so that a name the texts never mention («Назарбаев») gets none.
 */
export function nearestWords(word: string, vocabulary: readonly string[], count = 3): string[] {
	const folded = tokenize(word)
		.map((t) => t.word)
		.join(' ');
	const max = allowedEdits(folded.length);
	if (max === 0) return [];
	const near: { word: string; distance: number; rank: number }[] = [];
	vocabulary.forEach((candidate, rank) => {
		const distance = editDistance(folded, fold(candidate), max);
		if (distance > 0 && distance <= max) near.push({ word: candidate, distance, rank });
	});
	return near
		.sort((a, b) => a.distance - b.distance || a.rank - b.rank)
		.slice(0, count)
		.map((n) => n.word);
}
