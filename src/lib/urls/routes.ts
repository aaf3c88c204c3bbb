import { locales, type Locale } from '../../schemas/common';
import type { Dictionary } from '../../i18n';

/** `getStaticPaths` entries for the optional `[...lang]` segment: `/` for Russian, `/en/` for English. */
export const localeRoutes = () =>
	locales.map((locale: Locale) => ({ params: { lang: locale === 'ru' ? undefined : locale }, props: { locale } }));

/** Canonical paths of every page type, in the default edition; `localePath` adds `/en`. */
export const paths = {
	home: () => '/',
	/** The sources index; its page 2 and on at `/sources/page/<n>/`. */
	sources: (page = 1) => (page > 1 ? `/sources/page/${page}/` : '/sources/'),
	source: (slug: string) => `/sources/${slug}/`,
	/** The claims index; its page 2 and on at `/claims/page/<n>/` (see `pagination.ts`). */
	claims: (page = 1) => (page > 1 ? `/claims/page/${page}/` : '/claims/'),
	claim: (id: string) => `/claims/${id}/`,
	/** A claim in the text of its source. */
	claimInSource: (slug: string, id: string) => `/sources/${slug}/#${id}`,
	themes: () => '/themes/',
	/** A theme's essay and its claims; the claims' page 2 and on at `/themes/<id>/page/<n>/`. */
	theme: (id: string, page = 1) => (page > 1 ? `/themes/${id}/page/${page}/` : `/themes/${id}/`),
	/** The stance comparison; its page 2 and on (more sources) at `/compare/page/<n>/`. */
	compare: (page = 1) => (page > 1 ? `/compare/page/${page}/` : '/compare/'),
	timeline: () => '/timeline/',
	people: () => '/people/',
	about: () => '/about/',
	search: () => '/search/',
	/** The page explaining the open-data files. */
	data: () => '/data/',
	/** Every correction of the published texts, newest first. */
	corrections: () => '/corrections/',
	/** The edition's Atom feed: new sources, essays and corrections. */
	feed: () => '/feed.xml',
	/** A source's references (itself and its claims) in one edition, as BibTeX or CSL-JSON. */
	sourceReferences: (locale: Locale, slug: string, format: 'bib' | 'json') => `/data/cite/${locale}/${slug}.${format}`,
};

/**
 * The site's sections in menu order, written once: the header shows those marked `header`, the
 * index links (footer, 404, no-JS search) show all. `nav` names the label in the dictionary.
 */
export const sections: readonly { path: string; nav: keyof Dictionary['nav']; header: boolean }[] = [
	{ path: paths.themes(), nav: 'essays', header: true },
	{ path: paths.sources(), nav: 'sources', header: true },
	{ path: paths.claims(), nav: 'claims', header: true },
	{ path: paths.people(), nav: 'people', header: false },
	{ path: paths.compare(), nav: 'compare', header: true },
	{ path: paths.timeline(), nav: 'timeline', header: true },
	{ path: paths.about(), nav: 'about', header: true },
	{ path: paths.data(), nav: 'data', header: false },
	{ path: paths.corrections(), nav: 'corrections', header: false },
];
