import type { APIRoute } from 'astro';
import { getEntities } from '../../content';
import { locales, t, type Locale } from '../../i18n';
import { PAGE_STRINGS } from '../../scripts/search/data';

export const getStaticPaths = () => locales.map((locale) => ({ params: { locale } }));

/**
 * What the search interface needs besides Pagefind, fetched only when search opens: the alias
 * groups and the interface strings. The filters' labels, which grow with the corpus, and the
 * strings of their controls are the search page's alone (`filters/<locale>.json`).
 */
export const GET: APIRoute = async ({ params }) => {
	const locale = params.locale as Locale;
	const d = t(locale);
	const entities = await getEntities(locale);
	// Every first query fetches this: the strings the pages render themselves (the no-JS notice,
	// the buttons of the server-rendered forms) and the search page's own (with its filters'
	// labels) stay out, and a name is listed once per group.
	const { noScript, button, close, openAll, ...strings } = d.search;
	const body = {
		locale,
		strings: {
			...Object.fromEntries(
				Object.entries(strings).filter(([key]) => !(PAGE_STRINGS as readonly string[]).includes(key)),
			),
			plural: d.plurals.result,
		},
		aliases: entities.map((e) => [...new Set([e.data.name.ru, e.data.name.en, ...e.data.aliases])]),
	};
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
