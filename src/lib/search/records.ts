import { localePath } from '../urls/locale';
import type { Locale } from '../../schemas/common';
import { paragraphAnchor } from '../markdown/anchor-claims';
import type { CheckedCorpus } from '../corpus/files';
import { paths } from '../urls/routes';
import { normalizeWhitespace, paragraphsOf } from '../corpus/verbatim';
import { authorKeyOf } from './labels';
import { indexableText } from './text';

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
 * The search records of the corpus in one edition: one per claim (linked to its place in the
 * source), one per source paragraph, one per source (its metadata and synopsis). Filter values
 * are ids, the same in every edition, so that merged indexes filter alike; the interface shows
 * their labels. Russian records carry the verbatim texts; English ones the site's translations
 * and summaries (the Russian originals are found through the Russian index).
 */
export function searchRecords(corpus: CheckedCorpus, locale: Locale): SearchRecord[] {
	const records: SearchRecord[] = [];
	for (const source of corpus.sources) {
		const base = localePath(locale, paths.source(source.slug));
		const title = source.data.title[locale];
		const common = {
			source: [source.slug],
			author: [authorKeyOf(source.data)],
			stance: [source.data.stance.trajectory],
		};
		const sort = { date: source.data.date.start };
		// English titles and summaries ride along on Russian records: English pages search the
		// Russian index for quotes and show its results in English.
		const meta = {
			source: source.slug,
			sourceTitle: title,
			sourceTitleEn: source.data.title.en,
			date: source.data.date.start,
		};
		for (const claim of source.data.claims) {
			records.push({
				url: `${base}#${claim.id}`,
				content: indexableText(
					locale === 'ru' ? `${claim.quote}\n${claim.summary.ru}` : `${claim.translation}\n${claim.summary.en}`,
				),
				language: locale,
				meta: {
					...meta,
					type: 'claim',
					id: claim.id,
					title,
					quote: claim.quote,
					summary: claim.summary[locale],
					summaryEn: claim.summary.en,
					kind: claim.kind,
				},
				filters: { ...common, theme: claim.themes, kind: [claim.kind], type: ['claim'] },
				sort,
			});
		}
		if (locale === 'ru') {
			paragraphsOf(source.body).forEach((paragraph, index) => {
				const text = normalizeWhitespace(paragraph);
				const anchor = paragraphAnchor(index + 1);
				const themes = [
					...new Set(
						source.data.claims.filter((c) => text.includes(normalizeWhitespace(c.quote))).flatMap((c) => c.themes),
					),
				];
				records.push({
					url: `${base}#${anchor}`,
					content: indexableText(paragraph),
					language: 'ru',
					meta: { ...meta, type: 'paragraph', id: anchor, title, paragraph: String(index + 1), text },
					filters: { ...common, theme: themes, type: ['paragraph'] },
					sort,
				});
			});
		}
		const author = source.data.author.name?.[locale] ?? '';
		const outlet = source.data.outlet.name?.[locale] ?? '';
		records.push({
			url: base,
			content: indexableText([title, author, outlet, source.data.synopsis[locale]].filter(Boolean).join('\n')),
			language: locale,
			meta: {
				...meta,
				type: 'source',
				id: source.slug,
				title,
				summary: source.data.synopsis[locale],
				summaryEn: source.data.synopsis.en,
			},
			filters: { ...common, theme: [...new Set(source.data.claims.flatMap((c) => c.themes))], type: ['source'] },
			sort,
		});
	}
	return records;
}
