import type { APIRoute } from 'astro';
import { getEntities, getSources, getThemes } from '../../content';
import { locales, t, type Locale } from '../../i18n';
import { claimKindSchema, trajectorySchema } from '../../schemas/source';
import { authorKeyOf } from '../../lib/search/labels';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

/**
 * What the search interface needs besides Pagefind, fetched only when search opens: the labels
 * of filter values (the index stores ids), the alias groups, and the interface strings.
 */
export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	const d = t(locale);
	const sources = await getSources();
	const entities = await getEntities(locale);
	const body = {
		locale,
		strings: { ...d.search, plural: d.plurals.result, trajectory: d.trajectory, kind: d.kind },
		labels: {
			source: Object.fromEntries(sources.map((s) => [s.id, s.data.title[locale]])),
			author: Object.fromEntries(
				sources.map((s) => [authorKeyOf(s.data), s.data.author.name?.[locale] ?? d.authorKind.unattributed]),
			),
			stance: Object.fromEntries(trajectorySchema.options.map((v) => [v, d.trajectory[v]])),
			theme: Object.fromEntries((await getThemes()).map((th) => [th.data.id, th.data.title[locale]])),
			kind: Object.fromEntries(claimKindSchema.options.map((v) => [v, d.kind[v]])),
			type: d.search.type,
		},
		aliases: entities.map((e) => [e.data.name.ru, e.data.name.en, ...e.data.aliases]),
	};
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
