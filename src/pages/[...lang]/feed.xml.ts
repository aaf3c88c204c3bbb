import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorrections, getEssays, getSources, publishedOn } from '../../content';
import type { Locale } from '../../i18n';
import { atomFeed } from '../../lib/publish/feed';
import { localeRoutes } from '../../lib/urls/routes';
import { requireSite } from '../../lib/urls/site';

export const getStaticPaths = (() => localeRoutes()) satisfies GetStaticPaths;

/** The edition's Atom feed: new sources and essays, and every correction (`src/lib/publish/feed.ts`). */
export const GET: APIRoute = async ({ props, site }) => {
	const locale = props.locale as Locale;
	const body = atomFeed({
		locale,
		site: requireSite(site),
		sources: (await getSources()).map((s) => ({
			slug: s.id,
			data: s.data,
			published: publishedOn('sources', s.id),
		})),
		essays: (await getEssays(locale)).map((e) => ({
			data: e.data,
			published: publishedOn('essays', e.id),
		})),
		corrections: await getCorrections(locale),
	});
	return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
