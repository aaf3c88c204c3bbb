import type { APIRoute } from 'astro';
import { getSources, getThemes } from '../../../content';
import { locales, t, type Locale } from '../../../i18n';
import { authorKeyOf } from '../../../lib/search/labels';
import { PAGE_STRINGS } from '../../../scripts/search/data';
import { claimKindSchema, trajectorySchema } from '../../../schemas/source';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

/**
 * The labels of the search page's filter values (the index stores ids) and of its controls:
 * fetched by the search page only, since the list of sources and authors grows with the corpus.
 */
export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	const d = t(locale);
	const sources = await getSources();
	const body = {
		source: Object.fromEntries(sources.map((s) => [s.id, s.data.title[locale]])),
		author: Object.fromEntries(
			sources.map((s) => [authorKeyOf(s.data), s.data.author.name?.[locale] ?? d.authorKind.unattributed]),
		),
		stance: Object.fromEntries(trajectorySchema.options.map((v) => [v, d.trajectory[v]])),
		theme: Object.fromEntries((await getThemes()).map((th) => [th.data.id, th.data.title[locale]])),
		kind: Object.fromEntries(claimKindSchema.options.map((v) => [v, d.kind[v]])),
		type: d.search.type,
		strings: Object.fromEntries(PAGE_STRINGS.map((key) => [key, d.search[key]])),
	};
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
