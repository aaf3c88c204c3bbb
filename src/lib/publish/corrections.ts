/**
 * The corrections log: every revision of a claim, source or essay (`src/schemas/revision.ts`),
 * with what it corrects, for the pages' «Исправления» sections, `/corrections/` and the feeds.
 * Pure: takes the sources' and essays' data.
 */
import type { Locale, Localized } from '../../schemas/common';
import type { EssayData } from '../../schemas/essay';
import type { Revision } from '../../schemas/revision';
import type { SourceData } from '../../schemas/source';
import { paths } from '../urls/routes';

/** One revision and what it corrects. */
export interface Correction extends Revision {
	/**
	 * Stable anchor of the entry on `/corrections/` and id of its feed entry: `claim-<id>-<n>`,
	 * `source-<slug>-<n>`, `essay-<locale>-<theme>-<n>`, `n` counting from 1. Revisions are only
	 * ever appended, so an entry keeps its id.
	 */
	id: string;
	kind: 'claim' | 'source' | 'essay';
	/** Page of what was corrected, in the default edition (a claim's permanent address). */
	path: string;
	/** What was corrected, in each edition: a claim's summary, a source's or an essay's title. */
	title: Localized;
	/** The edition an essay belongs to; claims and sources are in both. */
	locale?: Locale;
	/** The source of a corrected claim, by slug. */
	source?: string;
}

/**
 * Every correction of the corpus, newest first; within a day, sources oldest first, each followed
 * by its claims in order, then essays by theme. An essay exists in one edition, so its
 * corrections are listed in that edition only.
 */
export function corrections(
	sources: readonly { slug: string; data: SourceData }[],
	essays: readonly { data: EssayData }[],
	locale?: Locale,
): Correction[] {
	const all: Correction[] = [];
	const add = (revisions: Revision[], entry: (n: number) => Omit<Correction, keyof Revision>) =>
		revisions.forEach((revision, i) => all.push({ ...revision, ...entry(i + 1) }));
	// Sources oldest first, as the site lists them, whatever order they come in.
	const ordered = sources.toSorted(
		(a, b) => a.data.date.start.localeCompare(b.data.date.start) || a.slug.localeCompare(b.slug),
	);
	for (const { slug, data } of ordered) {
		const title = { ru: data.title.ru, en: data.title.en };
		add(data.revisions, (n) => ({ id: `source-${slug}-${n}`, kind: 'source', path: paths.source(slug), title }));
		for (const claim of data.claims)
			add(claim.revisions, (n) => ({
				id: `claim-${claim.id}-${n}`,
				kind: 'claim',
				path: paths.claim(claim.id),
				title: claim.summary,
				source: slug,
			}));
	}
	const byTheme = essays.toSorted(
		(a, b) => a.data.theme.localeCompare(b.data.theme) || a.data.locale.localeCompare(b.data.locale),
	);
	for (const { data } of byTheme)
		if (!locale || data.locale === locale)
			add(data.revisions, (n) => ({
				id: `essay-${data.locale}-${data.theme}-${n}`,
				kind: 'essay',
				path: paths.theme(data.theme),
				title: { ru: data.title, en: data.title },
				locale: data.locale,
			}));
	// A stable sort keeps corpus order within a day.
	return all.sort((a, b) => b.date.localeCompare(a.date));
}
