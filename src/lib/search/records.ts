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
	/** `[start, end)` character ranges of the record's content: a claim's quote and its summary. */
	ranges: [number, number][];
	themes: string[];
	kind?: string;
	/** A paragraph's number in its source. */
	paragraph?: number;
	/** A claim's summary in English, shown on English pages for Russian results. */
	summaryEn?: string;
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
 * The search records of the corpus in one edition: one per source, whose parts (every claim,
 * every paragraph, the source's own metadata and synopsis) become results of their own that link
 * to their place in the source. One record per source keeps Pagefind's `pf_meta`, loaded whole
 * before the first search, at one entry per source, and lets a query verify a whole source with
 * one fragment. Filter values are ids, the same in every edition, so that merged indexes filter
 * alike; the interface shows their labels (a record's themes and kinds are its parts' together;
 * the engine filters the parts). Russian records carry the verbatim texts; English ones the
 * site's translations and summaries (the Russian originals are found through the Russian index).
 */
export function searchRecords(corpus: CheckedCorpus, locale: Locale): SearchRecord[] {
	return corpus.sources.map((source) => {
		const title = source.data.title[locale];
		const author = source.data.author.name?.[locale] ?? '';
		const outlet = source.data.outlet.name?.[locale] ?? '';
		const builder = contentBuilder();
		const parts: SearchPart[] = [];
		const claimThemes = [...new Set(source.data.claims.flatMap((c) => c.themes))];
		parts.push({
			type: 'source',
			id: source.slug,
			ranges: [builder.add([title, author, outlet, source.data.synopsis[locale]].filter(Boolean).join('. '))],
			themes: claimThemes,
		});
		const paragraphs: { range: [number, number]; text: string }[] = [];
		if (locale === 'ru')
			paragraphsOf(source.body).forEach((paragraph, index) => {
				const text = normalizeWhitespace(paragraph);
				const range = builder.add(text);
				paragraphs.push({ range, text });
				parts.push({
					type: 'paragraph',
					id: paragraphAnchor(index + 1),
					ranges: [range],
					paragraph: index + 1,
					themes: [
						...new Set(
							source.data.claims.filter((c) => text.includes(normalizeWhitespace(c.quote))).flatMap((c) => c.themes),
						),
					],
				});
			});
		for (const claim of source.data.claims) {
			// A Russian claim's quote is a span of its paragraph: pointed at, not repeated.
			const quote =
				locale === 'ru'
					? (paragraphs.map((p) => builder.within(p.range, claim.quote)).find(Boolean) ?? builder.add(claim.quote))
					: builder.add(claim.translation);
			parts.push({
				type: 'claim',
				id: claim.id,
				ranges: [quote, builder.add(claim.summary[locale])],
				themes: claim.themes,
				kind: claim.kind,
				...(locale === 'ru' ? { summaryEn: claim.summary.en } : {}),
			});
		}
		return {
			url: localePath(locale, paths.source(source.slug)),
			content: builder.content,
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
		};
	});
}
