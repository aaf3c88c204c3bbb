/**
 * schema.org structured data (JSON-LD) for every page, and its safe serialisation into a
 * `<script type="application/ld+json">`.
 *
 * What each page describes:
 * - a claim page: a `Claim` (the site's summary) whose `appearance`s are the source text as
 *   published and the verbatim `Quotation` within it, with the `author` of the view (the person
 *   or organisation it is attributed to, or the source's author);
 * - a source page: the original text as a `NewsArticle` (a `CreativeWork` when the outlet is
 *   unknown), with the site page as `archivedAt`;
 * - an essay page: an `Article` by the site's editors whose `citation`s are the claims it cites;
 * - every other page: a `WebPage` of a fitting subtype, or the `WebSite` on the home page.
 *
 * Nothing is stated that the records do not know: no author for an unsigned text, no
 * `datePublished` for a text dated only by a range (a reduced-precision ISO date — `2022-06`,
 * `2022` — when only the month or year is known), no `@type` for a speaker the entity index
 * does not classify.
 */
import { t, type Locale } from '../../i18n';
import { localePath } from '../urls/locale';
import { absoluteUrl } from '../urls/site';
import type { Localized } from '../../schemas/common';
import type { EntityData } from '../../schemas/entity';
import type { EssayData } from '../../schemas/essay';
import type { Claim, SourceData } from '../../schemas/source';
import { paths } from '../urls/routes';
import { textFragmentUrl } from '../cite/text-fragment';

/** A JSON-LD node: plain JSON data. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | JsonLd;

const CONTEXT = 'https://schema.org';

/** Characters that could end the script element or an HTML comment, or break older JS parsers. */
const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for the body of `<script type="application/ld+json">`. JSON.stringify escapes only what
 * JSON needs; `<`, `>`, `&`, U+2028 and U+2029 also become `\uXXXX` escapes, so no quote can
 * contain `</script>` or `<!--` as far as the HTML parser is concerned. The result still parses
 * to the same value.
 */
export function serializeJsonLd(data: JsonLd): string {
	return JSON.stringify(data).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The absolute URL of a site path in an edition. */
const pageUrl = (site: URL, locale: Locale, path: string) => absoluteUrl(localePath(locale, path), site);

/** A source record as structured data needs it: its slug and frontmatter. */
export interface SourceRecord {
	id: string;
	data: SourceData;
}

/** The entity index as far as it classifies speakers. */
export type SpeakerIndex = Pick<EntityData, 'kind' | 'name' | 'aliases'>[];

/** The site itself, in one edition. */
export function websiteNode(locale: Locale, site: URL): JsonLd {
	const d = t(locale);
	return {
		'@type': 'WebSite',
		'@id': `${pageUrl(site, locale, paths.home())}#website`,
		name: d.site.name,
		description: d.site.tagline,
		url: pageUrl(site, locale, paths.home()),
		inLanguage: locale,
	};
}

/** The home page: the site. */
export function websiteJsonLd(locale: Locale, site: URL): JsonLd {
	return { '@context': CONTEXT, ...websiteNode(locale, site) };
}

/** Page kinds schema.org distinguishes. */
export type WebPageType = 'WebPage' | 'CollectionPage' | 'AboutPage' | 'SearchResultsPage';

/** Any page without a more specific subject. */
export function webPageJsonLd(options: {
	locale: Locale;
	site: URL;
	path: string;
	name: string;
	description?: string;
	type?: WebPageType;
}): JsonLd {
	const { locale, site, path, name, description, type = 'WebPage' } = options;
	const url = pageUrl(site, locale, path);
	return {
		'@context': CONTEXT,
		'@type': type,
		'@id': url,
		url,
		name,
		...(description && { description }),
		inLanguage: locale,
		isPartOf: websiteNode(locale, site),
	};
}

/** The page a main entity is shown on. */
function pageOf(locale: Locale, site: URL, path: string): JsonLd {
	const url = pageUrl(site, locale, path);
	return {
		'@type': 'WebPage',
		'@id': url,
		url,
		inLanguage: locale,
		isPartOf: { '@id': `${pageUrl(site, locale, paths.home())}#website` },
	};
}

/** The source's author: a person, an organisation (a collective), or nothing when unsigned. */
function sourceAuthor(source: SourceRecord, locale: Locale): JsonLd | undefined {
	const { name, kind } = source.data.author;
	if (!name || kind === 'unattributed') return undefined;
	return { '@type': kind === 'person' ? 'Person' : 'Organization', name: name[locale] };
}

/** `datePublished` as precisely as the dating knows it; nothing for a range. */
function datePublished(source: SourceRecord): string | undefined {
	const { start, precision } = source.data.date;
	if (precision === 'day') return start;
	if (precision === 'month') return start.slice(0, 7);
	if (precision === 'year') return start.slice(0, 4);
	return undefined;
}

/** The original text as published, described in one edition, with the site page as its copy. */
export function sourceNode(source: SourceRecord, locale: Locale, site: URL): JsonLd {
	const { title, outlet, language } = source.data;
	const copy = pageUrl(site, locale, paths.source(source.id));
	const author = sourceAuthor(source, locale);
	const published = datePublished(source);
	return {
		'@type': outlet.name ? 'NewsArticle' : 'CreativeWork',
		'@id': `${copy}#original`,
		headline: title.ru,
		...(locale === 'en' && { alternativeHeadline: title.en }),
		inLanguage: language,
		...(outlet.url && { url: outlet.url }),
		archivedAt: copy,
		...(author && { author }),
		...(outlet.name && { publisher: { '@type': 'Organization', name: outlet.name[locale] } }),
		...(published && { datePublished: published }),
	};
}

/** A source page: the original text, shown on this page. */
export function sourceJsonLd(source: SourceRecord, locale: Locale, site: URL): JsonLd {
	return {
		'@context': CONTEXT,
		...sourceNode(source, locale, site),
		mainEntityOfPage: pageOf(locale, site, paths.source(source.id)),
	};
}

/** Drops a parenthetical note such as «(в пересказе …)» from a speaker's name. */
const bareName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

/** Who a reported claim is attributed to, typed by the entity index when it knows them. */
function speaker(attributedTo: Localized, locale: Locale, entities: SpeakerIndex): JsonLd {
	const names = [bareName(attributedTo.ru), bareName(attributedTo.en)];
	const entity = entities.find(
		(e) => e.kind !== 'place' && [e.name.ru, e.name.en, ...e.aliases].some((n) => names.includes(n)),
	);
	if (!entity) return { name: attributedTo[locale] };
	return { '@type': entity.kind === 'person' ? 'Person' : 'Organization', name: attributedTo[locale] };
}

/**
 * A claim page: the claim, where it appears (the source text and the verbatim quote in it) and
 * whose view it is. The quote links into the original page with a text fragment when the
 * original's address is known, and into the site's copy otherwise.
 */
export function claimJsonLd(options: {
	claim: Claim;
	source: SourceRecord;
	locale: Locale;
	site: URL;
	entities?: SpeakerIndex;
}): JsonLd {
	const { claim, source, locale, site, entities = [] } = options;
	const work = sourceNode(source, locale, site);
	const ref = { '@id': work['@id'] };
	const writer = sourceAuthor(source, locale);
	const voice = claim.attributedTo ? speaker(claim.attributedTo, locale, entities) : writer;
	const url = pageUrl(site, locale, paths.claim(claim.id));
	const quotation: JsonLd = {
		'@type': 'Quotation',
		text: claim.quote,
		inLanguage: source.data.language,
		url: source.data.outlet.url
			? textFragmentUrl(source.data.outlet.url, claim.quote)
			: pageUrl(site, locale, paths.claimInSource(source.id, claim.id)),
		isPartOf: ref,
		...(writer && { creator: writer }),
		...(claim.attributedTo && voice && { spokenByCharacter: voice }),
	};
	return {
		'@context': CONTEXT,
		'@type': 'Claim',
		'@id': `${url}#claim`,
		url,
		name: claim.summary[locale],
		inLanguage: locale,
		...(voice && { author: voice }),
		appearance: [work, quotation],
		firstAppearance: ref,
		mainEntityOfPage: pageOf(locale, site, paths.claim(claim.id)),
	};
}

/** A claim an essay cites, with the summary of the edition. */
export interface CitedClaim {
	id: string;
	summary: Localized;
	source: SourceRecord;
}

/** An essay page: the site's article, citing the claims it rests on. */
export function essayJsonLd(options: { essay: { data: EssayData }; claims: CitedClaim[]; site: URL }): JsonLd {
	const { essay, claims, site } = options;
	const { locale, theme, title, description, updated } = essay.data;
	const d = t(locale);
	const url = pageUrl(site, locale, paths.theme(theme));
	const editors: JsonLd = {
		'@type': 'Organization',
		name: d.cite.editorialTeam,
		url: pageUrl(site, locale, paths.about()),
	};
	return {
		'@context': CONTEXT,
		'@type': 'Article',
		'@id': `${url}#article`,
		url,
		headline: title,
		description,
		inLanguage: locale,
		dateModified: updated,
		author: editors,
		publisher: editors,
		isPartOf: { '@id': `${pageUrl(site, locale, paths.home())}#website` },
		mainEntityOfPage: pageOf(locale, site, paths.theme(theme)),
		citation: claims.map((claim) => {
			const claimUrl = pageUrl(site, locale, paths.claim(claim.id));
			return {
				'@type': 'Claim',
				'@id': `${claimUrl}#claim`,
				url: claimUrl,
				name: claim.summary[locale],
				appearance: { '@id': sourceNode(claim.source, locale, site)['@id'] },
			};
		}),
	};
}
