import { localePath } from '../urls/locale';
import type { Locale } from '../../schemas/common';
import { paragraphAnchor } from '../markdown/anchor-claims';
import type { CheckedCorpus } from '../corpus/files';
import { paths } from '../urls/routes';
import { normalizeWhitespace, paragraphsOf } from '../corpus/verbatim';
import { authorKeyOf } from './labels';
import { RECORD_DATA_FILTER } from './engine';

/** A record for Pagefind's Node API (`addCustomRecord`). */
export interface SearchRecord {
	url: string;
	content: string;
	language: Locale;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
}

/**
 * A result inside a source's record: a claim, a paragraph, or the source itself (its title,
 * author, outlet and synopsis). Its text is ranges of the record's content, so that the
 * fragment Pagefind serves carries each text once.
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
	/**
	 * A claim's summary in the record's edition, shown under its quote (on English pages, a claim
	 * of the Russian index shows the English record's).
	 */
	summary?: string;
}

/**
 * What a source's record carries for the engine besides its text. Pagefind 1.6 indexes every
 * `meta` value as searchable words (this JSON, ids and English summaries among them, made the
 * Russian index chunk twice as large: 35 KB against 17), but not filter values; so it travels
 * in the fragment as the value of the {@link RECORD_DATA_FILTER} filter, which nothing filters by.
 */
export interface RecordData {
	source: string;
	sourceTitle: string;
	sourceTitleEn: string;
	date: string;
	parts: SearchPart[];
}

/** Builds a record's content from pieces, remembering where each piece sits in it. */
function contentBuilder() {
	let content = '';
	return {
		/** Appends a piece (whitespace collapsed, as Pagefind stores content); returns its range. */
		add(text: string): [number, number] {
			const piece = normalizeWhitespace(text);
			if (content) content += ' ';
			const start = content.length;
			content += piece;
			return [start, content.length];
		},
		/** The range of `text` inside an already added range, if it is there verbatim. */
		within([start, end]: [number, number], text: string): [number, number] | undefined {
			const at = content.slice(start, end).indexOf(normalizeWhitespace(text));
			return at < 0 ? undefined : [start + at, start + at + normalizeWhitespace(text).length];
		},
		get content() {
			return content;
		},
	};
}

/**
 * The search records of the corpus in one edition, two per source, whose parts become results
 * of their own that link to their place in the source. The text record (`texts`, the sources'
 * bundle, which every search loads) holds what the source says: its title, author and outlet,
 * every paragraph (Russian) or every claim's translation (English), each claim a range of it.
 * The summary record (`summaries`, the pages' bundle, searched on demand with the essays) holds
 * the site's own words about it: its synopsis, and every claim's quote with its summary, so that
 * a claim is also found by its summary. A claim's summary travels with both, unindexed, to be
 * shown. One record per source and bundle keeps Pagefind's `pf_meta`, loaded whole before the
 * first search, at one entry per source, and lets a query verify a whole source with one
 * fragment. Filter values are ids, the same in every edition, so that merged indexes filter
 * alike; the interface shows their labels (a record's themes and kinds are its parts' together;
 * the engine filters the parts). Russian records carry the verbatim texts; English ones the
 * site's translations and summaries (the Russian originals are found through the Russian index).
 */
export function searchRecords(
	corpus: CheckedCorpus,
	locale: Locale,
): { texts: SearchRecord[]; summaries: SearchRecord[] } {
	const texts: SearchRecord[] = [];
	const summaries: SearchRecord[] = [];
	for (const source of corpus.sources) {
		const title = source.data.title[locale];
		const author = source.data.author.name?.[locale] ?? '';
		const outlet = source.data.outlet.name?.[locale] ?? '';
		const claimThemes = [...new Set(source.data.claims.flatMap((c) => c.themes))];
		const quoteOf = (claim: (typeof source.data.claims)[number]) => (locale === 'ru' ? claim.quote : claim.translation);
		const claimPart = (claim: (typeof source.data.claims)[number], ranges: [number, number][]): SearchPart => ({
			type: 'claim',
			id: claim.id,
			ranges,
			themes: claim.themes,
			kind: claim.kind,
			summary: claim.summary[locale],
		});
		const record = (content: string, parts: SearchPart[]): SearchRecord => ({
			url: localePath(locale, paths.source(source.slug)),
			content,
			language: locale,
			meta: {},
			filters: {
				source: [source.slug],
				author: [authorKeyOf(source.data)],
				stance: [source.data.stance.trajectory],
				theme: claimThemes,
				kind: [...new Set(source.data.claims.map((c) => c.kind))],
				type: [...new Set(parts.map((p) => p.type))],
				[RECORD_DATA_FILTER]: [
					JSON.stringify({
						source: source.slug,
						sourceTitle: title,
						sourceTitleEn: source.data.title.en,
						date: source.data.date.start,
						parts,
					} satisfies RecordData),
				],
			},
			sort: { date: source.data.date.start },
		});

		const text = contentBuilder();
		const textParts: SearchPart[] = [
			{
				type: 'source',
				id: source.slug,
				ranges: [text.add([title, author, outlet].filter(Boolean).join('. '))],
				themes: claimThemes,
			},
		];
		const paragraphs: { range: [number, number]; text: string }[] = [];
		if (locale === 'ru')
			paragraphsOf(source.body).forEach((paragraph, index) => {
				const normalized = normalizeWhitespace(paragraph);
				const range = text.add(normalized);
				paragraphs.push({ range, text: normalized });
				textParts.push({
					type: 'paragraph',
					id: paragraphAnchor(index + 1),
					ranges: [range],
					paragraph: index + 1,
					themes: [
						...new Set(
							source.data.claims
								.filter((c) => normalized.includes(normalizeWhitespace(c.quote)))
								.flatMap((c) => c.themes),
						),
					],
				});
			});
		for (const claim of source.data.claims) {
			// A Russian claim's quote is a span of its paragraph: pointed at, not repeated.
			const quote =
				(locale === 'ru' ? paragraphs.map((p) => text.within(p.range, claim.quote)).find(Boolean) : undefined) ??
				text.add(quoteOf(claim));
			textParts.push(claimPart(claim, [quote]));
		}
		texts.push(record(text.content, textParts));

		const summary = contentBuilder();
		const summaryParts: SearchPart[] = [
			{
				type: 'source',
				id: source.slug,
				ranges: [summary.add([title, author, outlet, source.data.synopsis[locale]].filter(Boolean).join('. '))],
				themes: claimThemes,
			},
			...source.data.claims.map((claim) =>
				claimPart(claim, [summary.add(quoteOf(claim)), summary.add(claim.summary[locale])]),
			),
		];
		summaries.push(record(summary.content, summaryParts));
	}
	return { texts, summaries };
}
