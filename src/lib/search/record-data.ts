/**
 * The engine's data about a source's search record, in the form it travels in: the value of the
 * record filter (`RECORD_DATA_FILTER` in `engine.ts`) in every fragment a query verifies, so that
 * each byte of it is paid once per candidate source. What the content already holds (the title,
 * a summary that is a range of it) or the claims already say (a paragraph's themes) is derived,
 * not carried. Written by the build (`records.ts`), whose content builder joins the pieces with
 * one space; decoded in the browser (`engine.ts`).
 */
import { paragraphAnchor } from '../markdown/anchor-claims';

/**
 * A result inside a source's record: a claim, a paragraph, or the source itself (its title,
 * author, outlet and, in the summaries' bundle, synopsis). Its text is ranges of the record's
 * content, so that the fragment Pagefind serves carries each text once.
 */
export interface SearchPart {
	type: 'claim' | 'paragraph' | 'source';
	/** The anchor on the source page (a claim id, `p-3`), or the source's slug. */
	id: string;
	/** `[start, end)` character ranges of the record's content: a claim's quote (first), and its summary where indexed. */
	ranges: [number, number][];
	themes: string[];
	kind?: string;
	/** A paragraph's number in its source. */
	paragraph?: number;
	/** A claim's summary in the record's edition, shown under its quote. */
	summary?: string;
}

/** A claim: its id, kind and themes, its ranges flat (start, end, …: the quote first), and its summary unless that is its second range. */
export type ClaimData = [id: string, kind: string, themes: string[], ranges: number[], summary?: string];

export interface RecordData {
	/** The source's date (`YYYY-MM-DD`), for sorting by date. */
	date: string;
	/** Length of the source's title, which opens the content. */
	title: number;
	/** Where the source's own part (title, author, outlet…) ends; it starts the content. */
	source: number;
	/** Ends of the paragraphs (a Russian text record's), which follow the source's part, each one character (a space) after the one before. */
	paragraphs: number[];
	claims: ClaimData[];
}

/** The parts of the record of `source` (its slug), with what was derived put back: the title, summaries, paragraphs' anchors and themes. */
export function decodeRecord(
	content: string,
	data: RecordData,
	source: string,
): { title: string; parts: SearchPart[] } {
	const claims: SearchPart[] = data.claims.map(([id, kind, themes, flat, summary]) => {
		const ranges: [number, number][] = [];
		for (let i = 0; i < flat.length; i += 2) ranges.push([flat[i], flat[i + 1]]);
		return {
			type: 'claim',
			id,
			ranges,
			themes,
			kind: kind || undefined,
			summary: summary ?? (ranges[1] ? content.slice(...ranges[1]) : undefined),
		};
	});
	// A paragraph's themes are those of the claims quoted from it.
	const themesWithin = (start: number, end: number) => [
		...new Set(claims.filter((c) => c.ranges[0][0] >= start && c.ranges[0][1] <= end).flatMap((c) => c.themes)),
	];
	const paragraphs = data.paragraphs.map((end, i): SearchPart => {
		const start = (i === 0 ? data.source : data.paragraphs[i - 1]) + 1;
		return {
			type: 'paragraph',
			id: paragraphAnchor(i + 1),
			ranges: [[start, end]],
			paragraph: i + 1,
			themes: themesWithin(start, end),
		};
	});
	const title = content.slice(0, data.title);
	const own: SearchPart = {
		type: 'source',
		id: source,
		ranges: [[0, data.source]],
		themes: [...new Set(claims.flatMap((c) => c.themes))],
	};
	return { title, parts: [own, ...paragraphs, ...claims] };
}
