/**
 * The Atom feed of an edition (`/feed.xml`, `/en/feed.xml`): new sources, new essays of the
 * edition and every correction, newest first, written by the `feed` library.
 *
 * `feed` declares every title and summary `type="html"`. The site's texts are plain text, so each
 * is HTML-escaped before it goes in: a reader shows `<b>` in a synopsis as those three
 * characters, never as markup, and no text can close the CDATA section around it.
 */
import { Feed } from 'feed';
import { t } from '../../i18n';
import type { Locale } from '../../schemas/common';
import type { EssayData } from '../../schemas/essay';
import type { SourceData } from '../../schemas/source';
import { localePath } from '../urls/locale';
import { paths } from '../urls/routes';
import { absoluteUrl } from '../urls/site';
import type { Correction } from './corrections';

/** Something published on a day: a source or an essay with the day the published record gives it. */
export interface Published<T> {
	data: T;
	/** `YYYY-MM-DD`. */
	published: string;
}

export interface FeedInput {
	locale: Locale;
	site: URL;
	sources: (Published<SourceData> & { slug: string })[];
	/** The edition's own essays. */
	essays: Published<EssayData>[];
	/** The edition's corrections (`corrections()`). */
	corrections: Correction[];
}

/** Plain text made safe for an `type="html"` Atom element: shown as written, never as markup. */
export const escapeHtml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The Atom 1.0 document of one edition's feed. */
export function atomFeed({ locale, site, sources, essays, corrections }: FeedInput): string {
	const d = t(locale);
	const url = (path: string) => absoluteUrl(localePath(locale, path), site);
	const entries = [
		...sources.map(({ slug, data, published }) => ({
			id: url(paths.source(slug)),
			title: `${d.feed.newSource}: ${data.title[locale]}`,
			link: url(paths.source(slug)),
			date: published,
			summary: data.synopsis[locale],
		})),
		...essays.map(({ data, published }) => ({
			id: url(paths.theme(data.theme)),
			title: `${d.feed.newEssay}: ${data.title}`,
			link: url(paths.theme(data.theme)),
			date: published,
			summary: data.description,
		})),
		...corrections.map((c) => ({
			id: `${url(paths.corrections())}#${c.id}`,
			title: `${d.feed.correction}. ${d.corrections.kind[c.kind]}: ${c.title[locale]}`,
			link: `${url(c.path)}#corrections`,
			date: c.date,
			summary: `${d.corrections.changed}: ${c.fields.map((f) => d.corrections.field[f]).join(', ')}. ${c.note[locale]}`,
		})),
	].sort((a, b) => b.date.localeCompare(a.date));
	const feed = new Feed({
		id: url(paths.home()),
		title: d.feed.title,
		description: d.feed.description,
		link: url(paths.home()),
		language: locale,
		// The newest entry's day, so that a rebuild of the same content yields the same feed.
		updated: day(entries[0]?.date ?? '1970-01-01'),
		feedLinks: { atom: url(paths.feed()) },
		author: { name: d.cite.editorialTeam, link: url(paths.about()) },
		copyright: d.site.license,
	});
	for (const entry of entries)
		feed.addItem({
			id: entry.id,
			title: escapeHtml(entry.title),
			link: entry.link,
			date: day(entry.date),
			description: escapeHtml(entry.summary),
		});
	return feed.atom1();
}
