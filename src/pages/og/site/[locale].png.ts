import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, type Locale } from '../../../i18n';
import { cardResponse, ogPaths } from '../../../lib/publish/og/cards';

/** One generic card per edition, for every page without a card of its own. */
export const getStaticPaths = (() => locales.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

/** The edition's card as PNG. */
export const GET: APIRoute = ({ params }) => cardResponse(ogPaths.site(params.locale as Locale));
