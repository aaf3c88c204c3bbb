/**
 * The `citation_*` meta tags that Zotero and Google Scholar read, made from the same CSL item as
 * «Cite this» (`references.ts`), so that a reference manager saves what the page tells readers
 * to cite: a source or claim as the original text (headline, author when signed, date no more
 * precise than known, outlet), an essay as the site's page.
 */
import type { CslItem } from './references';

/** A CSL date part as Google Scholar writes dates: `YYYY/MM/DD`, `YYYY/MM` or `YYYY`. */
const scholarDate = (parts: number[]) =>
	parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('/');

/**
 * A CSL date at its precision; a span of years (a text dated «2019–2021») stays a span, which
 * Zotero keeps as written, rather than being narrowed to its first year.
 */
export const citationDate = (date: { 'date-parts': number[][] }) => date['date-parts'].map(scholarDate).join('–');

/**
 * `[name, content]` pairs in the order Google Scholar lists them. `fullText` is the site page
 * holding the whole text: a claim's source page, else the page itself.
 */
export function citationMetaTags(item: CslItem, fullText?: string): [string, string][] {
	const page = item.archive_location ?? item.URL;
	const tags: [string, string][] = [['citation_title', item.title]];
	for (const name of item.author ?? [])
		tags.push(['citation_author', name.literal ?? [name.family, name.given].filter(Boolean).join(', ')]);
	if (item.issued) tags.push(['citation_publication_date', citationDate(item.issued)]);
	if (item['container-title']) tags.push(['citation_journal_title', item['container-title']]);
	tags.push(['citation_language', item.language]);
	if (page) tags.push(['citation_public_url', page], ['citation_abstract_html_url', page]);
	const full = fullText ?? page;
	if (full) tags.push(['citation_fulltext_html_url', full]);
	return tags;
}
