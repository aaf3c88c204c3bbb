/**
 * Every content query of the site in one place, so that pages agree on order and lookups.
 * Lookups throw on an unknown id: by the time pages render, the integrity check has proved
 * every reference, so a miss here is a bug, not bad content.
 */
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { t } from './i18n';
import { locales, type Locale } from './schemas/common';
import type { Claim } from './schemas/source';
import publishedRecord from '../content/published/record.json';
import { utcToday, type PublishedRecord } from './lib/corpus/published-record';
import { corrections, type Correction } from './lib/publish/corrections';
import { citationNumbers } from './lib/corpus/essay-citations';
import { rationaleIds, relatedClaimsIndex, type Relation } from './lib/corpus/stance';
import type { CorpusSource } from './lib/corpus/files';
import {
	CLAIMS_PER_PAGE,
	COMPARE_COLUMN_WEIGHT,
	COMPARE_WEIGHT_PER_PAGE,
	paginateGroups,
	SOURCES_PER_PAGE,
	THEME_CLAIMS_PER_PAGE,
} from './lib/urls/pagination';

export type Source = CollectionEntry<'sources'>;
export type Theme = CollectionEntry<'themes'>;
export type Event = CollectionEntry<'events'>;
export type Essay = CollectionEntry<'essays'>;
export type Page = CollectionEntry<'pages'>;
export type Entity = CollectionEntry<'entities'>;

/** A claim together with the source it comes from and its position there. */
export interface SourcedClaim extends Claim {
	source: Source;
	/** 0-based position of the claim in its source's frontmatter. */
	index: number;
}

/**
 * Who holds a claim's view: the party the text relays, else the signed author, else the outlet
 * of an unsigned text, marked as unsigned so that it never reads as a byline. `undefined` when
 * nothing is known.
 */
export function claimSpeaker(claim: SourcedClaim, locale: Locale): string | undefined {
	const { author, outlet } = claim.source.data;
	return (
		claim.attributedTo?.[locale] ??
		author.name?.[locale] ??
		(outlet.name && `${outlet.name[locale]} (${t(locale).authorKind.unattributed})`)
	);
}

/**
 * A query answered once per build: every page asks for the sources and claims, and rebuilding
 * them for each of thousands of pages made the build quadratic in the corpus. The dev server
 * asks again each time, since content changes under it.
 */
function oncePerBuild<T>(query: () => Promise<T>): () => Promise<T> {
	let answer: Promise<T> | undefined;
	return import.meta.env.DEV ? query : () => (answer ??= query());
}

/** Sources, oldest first by the start of their date. */
export const getSources: () => Promise<Source[]> = oncePerBuild(async () => {
	const sources = await getCollection('sources');
	return sources.sort((a, b) => a.data.date.start.localeCompare(b.data.date.start) || a.id.localeCompare(b.id));
});

/** Every source as plain data (slug, frontmatter, verbatim body), for the open-data files. */
export async function getCorpusSources(): Promise<CorpusSource[]> {
	return (await getSources()).map((source) => ({ slug: source.id, data: source.data, body: source.body ?? '' }));
}

/** Every claim of the corpus, in source order and then in the order each source lists them. */
export const getClaims: () => Promise<SourcedClaim[]> = oncePerBuild(async () =>
	(await getSources()).flatMap((source) => source.data.claims.map((claim, index) => ({ ...claim, source, index }))),
);

/** The sources index's pages. */
export const getSourcesPages: () => Promise<Source[][]> = oncePerBuild(async () =>
	paginateGroups(await getSources(), (s) => s.id, SOURCES_PER_PAGE),
);

/** The pages of `/compare/`, each the sources of its stance grid, weighed as `pagination.ts` says. */
export const getComparePages: () => Promise<Source[][]> = oncePerBuild(async () => {
	const themes = new Set((await getThemes()).map((theme) => theme.data.id));
	const listed = (source: Source) =>
		source.data.claims.reduce((n, claim) => n + claim.themes.filter((id) => themes.has(id)).length, 0);
	return paginateGroups(
		await getSources(),
		(s) => s.id,
		COMPARE_WEIGHT_PER_PAGE,
		(s) => COMPARE_COLUMN_WEIGHT + listed(s),
	);
});

/** The claims index's pages, each a list of whole sources' claims (see `pagination.ts`). */
export const getClaimsPages: () => Promise<SourcedClaim[][]> = oncePerBuild(async () =>
	paginateGroups(await getClaims(), (c) => c.source.id, CLAIMS_PER_PAGE),
);

const claimsPageOfSource = oncePerBuild(
	async () =>
		new Map((await getClaimsPages()).flatMap((claims, i) => claims.map((c) => [c.source.id, i + 1] as const))),
);

/** The page of the claims index that lists the claims of source `slug`. */
export async function claimsPageOf(slug: string): Promise<number> {
	const page = (await claimsPageOfSource()).get(slug);
	if (page === undefined) throw new Error(`No source "${slug}" in the claims index`);
	return page;
}

/** The pages of a theme's list of claims, each a list of whole sources' claims on the theme. */
export async function getThemeClaimsPages(theme: string): Promise<SourcedClaim[][]> {
	return (await themeClaimsPages()).get(theme) ?? [[]];
}

const themeClaimsPages = oncePerBuild(async () => {
	const claims = await getClaims();
	return new Map(
		(await getThemes()).map((theme) => [
			theme.data.id,
			paginateGroups(
				claims.filter((c) => c.themes.includes(theme.data.id)),
				(c) => c.source.id,
				THEME_CLAIMS_PER_PAGE,
			),
		]),
	);
});

const claimsById = oncePerBuild(async () => new Map((await getClaims()).map((c) => [c.id, c])));

/** The claim with this id, with its source. */
export async function getClaim(id: string): Promise<SourcedClaim> {
	const claim = (await claimsById()).get(id);
	if (!claim) throw new Error(`No claim "${id}"`);
	return claim;
}

/** A claim with its source's id, as the stance rules compare claims. */
export type RelatableClaim = SourcedClaim & { sourceId: string };

const relatedIndex = oncePerBuild(async () =>
	relatedClaimsIndex<RelatableClaim>((await getClaims()).map((c) => ({ ...c, sourceId: c.source.id }))),
);

/**
 * How many related claims of each relation a claim page lists; the theme pages list them all.
 * Listing every one made a page grow with the corpus (thousands per page); so did their count,
 * for a rebuild: any new claim on a theme changed it on every page sharing the theme.
 */
export const RELATED_SHOWN = 6;

/** The related claims a claim page lists, and whether there are more (then it links to the theme lists). */
export async function getShownRelatedClaims(
	claim: SourcedClaim,
): Promise<{ groups: Record<Relation, RelatableClaim[]>; more: boolean }> {
	const found = await getRelatedClaims(claim, RELATED_SHOWN + 1);
	const groups = Object.fromEntries(
		Object.entries(found).map(([relation, claims]) => [relation, claims.slice(0, RELATED_SHOWN)]),
	) as Record<Relation, RelatableClaim[]>;
	return { groups, more: Object.values(found).some((claims) => claims.length > RELATED_SHOWN) };
}

/**
 * The claims of other sources sharing a theme with `claim`, by relation: the `limit` closest of
 * each (see `relatedClaimsIndex`).
 */
async function getRelatedClaims(claim: SourcedClaim, limit: number): Promise<Record<Relation, RelatableClaim[]>> {
	return (await relatedIndex())({ ...claim, sourceId: claim.source.id }, limit);
}

/** Themes in their editorial order. */
export const getThemes: () => Promise<Theme[]> = oncePerBuild(async () =>
	(await getCollection('themes')).sort((a, b) => a.data.order - b.data.order),
);

/** The theme with this id. */
export async function getTheme(id: string): Promise<Theme> {
	const theme = (await getThemes()).find((t) => t.data.id === id);
	if (!theme) throw new Error(`No theme "${id}"`);
	return theme;
}

/** Events in chronological order. */
export const getEvents: () => Promise<Event[]> = oncePerBuild(async () =>
	(await getCollection('events')).sort((a, b) => a.data.date.start.localeCompare(b.data.date.start)),
);

const entitiesByEdition = Object.fromEntries(
	locales.map((locale) => {
		const collator = new Intl.Collator(locale);
		return [
			locale,
			oncePerBuild(async () =>
				(await getCollection('entities')).sort((a, b) => collator.compare(a.data.name[locale], b.data.name[locale])),
			),
		];
	}),
) as Record<Locale, () => Promise<Entity[]>>;

/** People, organisations and places, alphabetical in the given edition (every claim page asks). */
export const getEntities = (locale: Locale): Promise<Entity[]> => entitiesByEdition[locale]();

/** Essays of one edition, in theme order. */
export async function getEssays(locale: Locale): Promise<Essay[]> {
	const order = new Map((await getThemes()).map((t) => [t.data.id, t.data.order]));
	return (await getCollection('essays', (e) => e.data.locale === locale)).sort(
		(a, b) => (order.get(a.data.theme) ?? 0) - (order.get(b.data.theme) ?? 0),
	);
}

/** The essay on a theme in one edition, if written. */
export async function getEssayFor(theme: string, locale: Locale): Promise<Essay | undefined> {
	return (await getEssays(locale)).find((e) => e.data.theme === theme);
}

const numbering = new Map<string, Map<string, number>>();

/**
 * An essay's citation numbers by claim id, in order of first citation. The essay page hands
 * them to its `<Cite>` markers through `Astro.locals.essayCitations`.
 */
export function essayCitationNumbers(essay: Essay): ReadonlyMap<string, number> {
	if (!numbering.has(essay.id)) numbering.set(essay.id, citationNumbers(essay.body ?? ''));
	return numbering.get(essay.id)!;
}

/** A long-form page (`content/pages/<locale>/<slug>.mdx`) of one edition. */
export async function getPage(slug: string, locale: Locale): Promise<Page> {
	const page = (await getCollection('pages')).find((p) => p.id === `${locale}/${slug}`);
	if (!page) throw new Error(`No page "${locale}/${slug}"`);
	return page;
}

const correctionsByEdition = Object.fromEntries(
	locales.map((locale) => [
		locale,
		oncePerBuild(async () =>
			corrections(
				(await getSources()).map((source) => ({ slug: source.id, data: source.data })),
				await getCollection('essays'),
				locale,
			),
		),
	]),
) as Record<Locale, () => Promise<Correction[]>>;

/**
 * Every correction an edition shows (claims, sources, and that edition's essays), newest first;
 * gathered once per build, since every claim, source and essay page looks for its own.
 */
export const getCorrections = (locale: Locale): Promise<Correction[]> => correctionsByEdition[locale]();

/**
 * The day something was first published, from `content/published/record.json`; today for what
 * the record does not hold yet (it is new, and `npm run record` will date it).
 */
export function publishedOn(kind: keyof PublishedRecord, key: string): string {
	return (publishedRecord as PublishedRecord)[kind][key]?.published ?? utcToday();
}

/** A short hash of `parts`, as JSON. */
const digestOf = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('base64url');

/** The digests of the collections every page of a kind may show: theme titles, entity names. */
const sharedDigest = oncePerBuild(async () =>
	digestOf(
		(await getThemes()).map((th) => th.digest),
		(await getCollection('entities')).map((e) => e.digest),
	),
);

/**
 * The `cacheKey` of a claim page (`experimental.incrementalBuild` re-renders a page only when its
 * key or its code changes): its source's file, the claims it lists as related (and whether
 * there are more), the themes and the entities. Another source's new claim changes the key only of the
 * pages that list it.
 */
export async function claimPageKey(claim: SourcedClaim): Promise<string> {
	const { groups, more } = await getShownRelatedClaims(claim);
	return digestOf(
		claim.source.digest,
		Object.values(groups).map((claims) => claims.map((c) => [c.id, c.source.digest])),
		more,
		await sharedDigest(),
	);
}

/**
 * The `cacheKey` of a source's reference files (`/data/cite/<locale>/<source>.bib` and `.json`):
 * its file alone, which holds everything they cite (the source and its claims).
 */
export const referenceFilesKey = (source: Source): string => digestOf(source.digest);

/**
 * The `cacheKey` of a source page: its file, the files of the sources whose claims its stance
 * rationale cites, its page of the claims index, the themes and the entities.
 */
export async function sourcePageKey(source: Source): Promise<string> {
	const { ru, en } = source.data.stance.rationale;
	const cited = rationaleIds(`${ru} ${en}`);
	const citedSources = await Promise.all(cited.map(async (id) => (await getClaim(id)).source.digest));
	return digestOf(source.digest, citedSources, await claimsPageOf(source.id), await sharedDigest());
}
