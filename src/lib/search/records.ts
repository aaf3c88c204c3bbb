import { localePath } from '../urls/locale';
import type { Locale } from '../../schemas/common';
import type { CheckedCorpus } from '../corpus/files';
import { paths } from '../urls/routes';
import { normalizeWhitespace, paragraphsOf } from '../corpus/verbatim';
import { authorKeyOf } from './labels';
import { RECORD_DATA_FILTER } from './engine';
import type { ClaimData, RecordData } from './record-data';

/** A record for Pagefind's Node API (`addCustomRecord`). */
export interface SearchRecord {
	url: string;
	content: string;
	language: Locale;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	sort: Record<string, string>;
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
		/**
		 * A claim's data; its summary is carried unless the content has it as it is (a summary
		 * record's second range, when collapsing whitespace left it unchanged).
		 */
		const claimData = (
			claim: (typeof source.data.claims)[number],
			ranges: [number, number][],
			content: string,
		): ClaimData => {
			const shown = claim.summary[locale];
			return ranges[1] && content.slice(...ranges[1]) === shown
				? [claim.id, claim.kind, claim.themes, ranges.flat()]
				: [claim.id, claim.kind, claim.themes, ranges.flat(), shown];
		};

		const record = (content: string, data: Omit<RecordData, 'date' | 'title'>): SearchRecord => ({
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
				type: ['source', ...(data.paragraphs.length ? ['paragraph'] : []), ...(data.claims.length ? ['claim'] : [])],
				// Pagefind 1.6 indexes every `meta` value as searchable words (the engine's data, ids and
				// summaries among them, made the Russian index chunk twice as large: 35 KB against 17),
				// but not filter values; so the data travels in the fragment as a filter that nothing
				// filters by.
				[RECORD_DATA_FILTER]: [
					JSON.stringify({
						date: source.data.date.start,
						title: normalizeWhitespace(title).length,
						...data,
					} satisfies RecordData),
				],
			},
			sort: { date: source.data.date.start },
		});

		const text = contentBuilder();
		const own = text.add([title, author, outlet].filter(Boolean).join('. '));
		const paragraphs = locale === 'ru' ? paragraphsOf(source.body).map((paragraph) => text.add(paragraph)) : [];
		const claims = source.data.claims.map((claim) => {
			// A Russian claim's quote is a span of its paragraph: pointed at, not repeated.
			const quote =
				(locale === 'ru' ? paragraphs.map((range) => text.within(range, claim.quote)).find(Boolean) : undefined) ??
				text.add(quoteOf(claim));
			return claimData(claim, [quote], text.content);
		});
		texts.push(record(text.content, { source: own[1], paragraphs: paragraphs.map(([, end]) => end), claims }));

		const summary = contentBuilder();
		const summaryOwn = summary.add([title, author, outlet, source.data.synopsis[locale]].filter(Boolean).join('. '));
		const summaryClaims = source.data.claims.map((claim) =>
			claimData(claim, [summary.add(quoteOf(claim)), summary.add(claim.summary[locale])], summary.content),
		);
		summaries.push(record(summary.content, { source: summaryOwn[1], paragraphs: [], claims: summaryClaims }));
	}
	return { texts, summaries };
}
