/**
 * «Cite this» for claims, sources and essays: ГОСТ Р 7.0.5–2008 (Russian), APA 7 (English),
 * BibTeX and CSL-JSON, all formatted by citation-js from one CSL item.
 *
 * What is cited:
 * - A source is cited as the original text as published: its author when signed (a person as
 *   family + given name, a collective as a literal), its headline (a headline the site supplied
 *   goes in square brackets, as both standards ask), the outlet as the container, the date as
 *   far as it is known, and the original URL when known. The site, which keeps a verbatim copy,
 *   is where the text was read: CSL `archive` (the site's name) and `archive_location` (the
 *   page's absolute URL), with `accessed` = {@link CITATION_ACCESSED}.
 * - A claim is cited as its source (the quote is part of that text), read at the claim's own
 *   permanent page.
 * - An essay is the site's own web page: author = the editorial team, container = the site,
 *   issued = accessed = the essay's `updated`, URL = the page.
 *
 * Dates: a day, month or year as known; a range as its year, or `start–end` years when it spans
 * several. A date the text does not state is CSL `circa` (ГОСТ brackets it, APA writes «ca.»):
 * nothing more exact than the evidence is ever invented.
 *
 * Languages: the ГОСТ reference describes the Russian record (Russian headline, outlet and
 * author). The APA reference describes the English record: the original headline followed by
 * the site's translation in square brackets, as APA asks for works in other languages, and the
 * English names. BibTeX and CSL-JSON are of the page's own edition. An essay exists separately
 * in each edition, so every format describes the essay of the page's edition.
 *
 * The access date is a constant, not the build date, so that a rebuild never changes a
 * reference.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { t } from '../../i18n';
import { localePath } from '../urls/locale';
import { absoluteUrl } from '../urls/site';
import type { Dating, Locale } from '../../schemas/common';
import type { EssayData } from '../../schemas/essay';
import type { SourceData } from '../../schemas/source';
import gostStyle from './csl/gost-r-7-0-5-2008.csl?raw';
import russianLocale from './csl/locales-ru-RU.xml?raw';
import { paths } from '../urls/routes';

/** Date the site's copies of the source texts were last checked; the access date of every source and claim reference. */
export const CITATION_ACCESSED = '2026-11-21';

/** Name under which the ГОСТ style is registered with citation-js. */
export const GOST_STYLE = 'gost-r-7-0-5-2008';

const csl = plugins.config.get('@csl');
if (!csl.styles.has(GOST_STYLE)) csl.styles.add(GOST_STYLE, gostStyle);
if (!csl.locales.has('ru-RU')) csl.locales.add('ru-RU', russianLocale);
const bibtexConfig = plugins.config.get('@bibtex');
// Keys are the site's stable ids; Cyrillic stays Cyrillic (biber and XeLaTeX read UTF-8) instead
// of being stripped, which is what the ASCII-only default does to Russian headlines.
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.checkLabel = false;
bibtexConfig.format.asciiOnly = false;

/** A source record as the citation needs it: its slug and frontmatter. */
export interface CitableSource {
	id: string;
	data: SourceData;
}

/** Something with a «Cite this» block. */
export type Citable =
	| { kind: 'source'; source: CitableSource }
	| { kind: 'claim'; claimId: string; source: CitableSource }
	| { kind: 'essay'; essay: { data: EssayData } };

/** A CSL-JSON name: a person, or an organisation as a literal. */
export interface CslName {
	family?: string;
	given?: string;
	literal?: string;
}

/** A CSL-JSON date: one or two `[year, month?, day?]` parts; `circa` when inferred. */
export interface CslDate {
	'date-parts': number[][];
	circa?: boolean;
}

/** The CSL-JSON item the site cites (only the variables it uses). */
export interface CslItem {
	id: string;
	type: 'article-newspaper' | 'article' | 'webpage';
	language: string;
	title: string;
	author?: CslName[];
	'container-title'?: string;
	issued?: CslDate;
	/** The original's address (sources, claims) or the page's (essays). */
	URL?: string;
	accessed: CslDate;
	/** The site that keeps the verbatim copy the reader reads. */
	archive?: string;
	/** Absolute URL of the site page where the text was read. */
	archive_location?: string;
}

/** Every format of one reference. */
export interface CitationSet {
	/** ГОСТ Р 7.0.5–2008, of the Russian record. */
	gost: string;
	/** APA 7, of the English record. */
	apa: string;
	/** BibTeX entry of the page's edition. */
	bibtex: string;
	/** The CSL-JSON item of the page's edition. */
	csl: CslItem;
	/** `csl` as a CSL-JSON document (an array of one item), pretty-printed. */
	cslJson: string;
}

const dateParts = (iso: string) => iso.split('-').map(Number);

/** A `YYYY-MM-DD` day as a CSL date. */
const cslDay = (iso: string): CslDate => ({ 'date-parts': [dateParts(iso)] });

/** A source's dating as a CSL date, no more precise than the dating itself. */
export function cslIssued(date: Dating & { stated: boolean }): CslDate {
	const [year, month] = dateParts(date.start);
	const endYear = dateParts(date.end ?? date.start)[0];
	const parts: Record<Dating['precision'], number[][]> = {
		day: [dateParts(date.start)],
		month: [[year, month]],
		year: [[year]],
		range: endYear === year ? [[year]] : [[year], [endYear]],
	};
	return date.stated ? { 'date-parts': parts[date.precision] } : { 'date-parts': parts[date.precision], circa: true };
}

/** A person's name as CSL wants it: the last word is the family name. */
function personName(full: string): CslName {
	const words = full.trim().split(/\s+/);
	return words.length > 1
		? { family: words[words.length - 1], given: words.slice(0, -1).join(' ') }
		: { literal: full };
}

/** The site page a reference points to, in the given edition. */
function pagePath(work: Citable, locale: Locale): string {
	switch (work.kind) {
		case 'claim':
			return localePath(locale, paths.claim(work.claimId));
		case 'source':
			return localePath(locale, paths.source(work.source.id));
		case 'essay':
			return localePath(work.essay.data.locale, paths.theme(work.essay.data.theme));
	}
}

/** The CSL item for a work as described in one edition (see the module comment for the model). */
export function cslItem(work: Citable, locale: Locale, site: URL): CslItem {
	const page = absoluteUrl(pagePath(work, locale), site);
	if (work.kind === 'essay') {
		const { data } = work.essay;
		const d = t(data.locale);
		return {
			id: `essay-${data.locale}-${data.theme}`,
			type: 'webpage',
			language: data.locale,
			title: data.title,
			author: [{ literal: d.cite.editorialTeam }],
			'container-title': d.site.name,
			issued: cslDay(data.updated),
			URL: page,
			accessed: cslDay(data.updated),
		};
	}
	const { data } = work.source;
	const title = data.title.supplied
		? `[${data.title[locale]}]`
		: locale === 'ru'
			? data.title.ru
			: `${data.title.ru} [${data.title.en}]`;
	const author = data.author.name?.[locale];
	const outlet = data.outlet.name?.[locale];
	return {
		id: work.kind === 'claim' ? work.claimId : work.source.id,
		type: outlet ? 'article-newspaper' : 'article',
		language: data.language,
		title,
		...(author && { author: [data.author.kind === 'person' ? personName(author) : { literal: author }] }),
		...(outlet && { 'container-title': outlet }),
		issued: cslIssued(data.date),
		...(data.outlet.url && { URL: data.outlet.url }),
		accessed: cslDay(CITATION_ACCESSED),
		archive: t(locale).site.name,
		archive_location: page,
	};
}

/**
 * A reference in ГОСТ Р 7.0.5–2008. The standard names a month only together with its day, so
 * a date known to the month is given by its year here (the CSL item keeps the month).
 */
export function formatGost(item: CslItem): string {
	const parts = item.issued?.['date-parts'];
	const issued =
		parts && parts.length === 1 && parts[0].length === 2
			? { ...item.issued, 'date-parts': [[parts[0][0]]] }
			: item.issued;
	return new Cite({ ...item, issued })
		.format('bibliography', { template: GOST_STYLE, lang: 'ru-RU', format: 'text' })
		.trim();
}

/** A reference in APA 7 (the style citation-js ships). */
export function formatApa(item: CslItem): string {
	return new Cite(item).format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' }).trim();
}

/**
 * A BibTeX entry. BibTeX has no field for the archive, so the site page the text was read at
 * goes in `note`, in the edition's language. citation-js writes only the first year of a range;
 * BibTeX's own form for a span of years is `2019--2021`.
 */
export function formatBibtex(item: CslItem, locale: Locale): string {
	const d = t(locale);
	const accessed = item.accessed['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-');
	const note = item.archive_location
		? `${d.cite.quotedFrom}: ${item.archive}, ${item.archive_location} (${d.cite.accessed}: ${accessed})`
		: undefined;
	const entry = new Cite(note ? { ...item, note } : item).format('bibtex', { format: 'text' }).trim();
	const [from, to] = item.issued?.['date-parts'] ?? [];
	return to ? entry.replace(`year = {${from[0]}},`, `year = {${from[0]}--${to[0]}},`) : entry;
}

/**
 * A claim's reference is its source's read at another page: the site page (`archive_location`)
 * is all that tells a claim's, its source's and its source's other claims' references apart. So
 * each source's ГОСТ and APA are formatted once with a stand-in for the page, and each page
 * puts its own address in: citeproc writes the address as given (a unit test holds the result
 * to citeproc's own for every real source and claim). Formatting both on every claim page took
 * four citeproc runs a claim, a quarter of a build's CPU time.
 */
const PAGE_MARK = 'https://page.invalid/';
type Styles = Pick<CitationSet, 'gost' | 'apa'>;
const templates = new WeakMap<CitableSource, { site: string; styles: Styles }>();

/** `source`'s two references with `PAGE_MARK` for the page, formatted once per source and site. */
function templateOf(source: CitableSource, site: URL): Styles {
	const found = templates.get(source);
	if (found?.site === site.href) return found.styles;
	const item = (locale: Locale) => ({
		...cslItem({ kind: 'source', source }, locale, site),
		archive_location: PAGE_MARK,
	});
	const styles = { gost: formatGost(item('ru')), apa: formatApa(item('en')) };
	templates.set(source, { site: site.href, styles });
	return styles;
}

function withPage(template: string, page: string | undefined): string {
	if (page === undefined || template.split(PAGE_MARK).length !== 2)
		throw new Error(`a reference needs its page once in «${template}»`);
	return template.replace(PAGE_MARK, () => page);
}

/** The two reading styles of a reference: ГОСТ of the Russian record, APA of the English one. */
export function citationStyles(work: Citable, site: URL): Styles {
	if (work.kind === 'essay')
		return { gost: formatGost(cslItem(work, 'ru', site)), apa: formatApa(cslItem(work, 'en', site)) };
	const template = templateOf(work.source, site);
	return {
		gost: withPage(template.gost, cslItem(work, 'ru', site).archive_location),
		apa: withPage(template.apa, cslItem(work, 'en', site).archive_location),
	};
}

/** Every format of the reference to a work, for a page of the given edition. */
export function citationSet(work: Citable, locale: Locale, site: URL): CitationSet {
	const item = cslItem(work, locale, site);
	return {
		...citationStyles(work, site),
		bibtex: formatBibtex(item, locale),
		csl: item,
		cslJson: JSON.stringify([item], null, 2),
	};
}

/**
 * The reference files of a source in one edition: the source and each of its claims, as BibTeX
 * entries and as one CSL-JSON document. Claim pages link to them rather than carry both formats
 * inline: one file per source costs once what thousands of claim pages would repeat.
 */
export function sourceReferenceFiles(
	source: CitableSource,
	locale: Locale,
	site: URL,
): { bibtex: string; csl: string } {
	const works: Citable[] = [
		{ kind: 'source', source },
		...source.data.claims.map((claim) => ({ kind: 'claim' as const, claimId: claim.id, source })),
	];
	const items = works.map((work) => cslItem(work, locale, site));
	return {
		bibtex: `${items.map((item) => formatBibtex(item, locale)).join('\n\n')}\n`,
		csl: JSON.stringify(items, null, 2),
	};
}
