import type { APIRoute, GetStaticPaths } from 'astro';
import { getSources } from '../../../content';
import { cardResponse, ogPaths } from '../../../lib/publish/og/cards';

/** One card per source, shared by both editions and by the source's claim pages. */
export const getStaticPaths = (async () =>
	(await getSources()).map((source) => ({ params: { slug: source.id } }))) satisfies GetStaticPaths;

/** The source's card as PNG. */
export const GET: APIRoute = ({ params }) => cardResponse(ogPaths.source(params.slug!));
