import type { APIRoute, GetStaticPaths } from 'astro';
import { getClaims } from '../../../content';
import { cardResponse, ogPaths } from '../../../lib/publish/og/cards';

/** One card per claim, shared by both editions. */
export const getStaticPaths = (async () =>
	(await getClaims()).map((claim) => ({ params: { id: claim.id } }))) satisfies GetStaticPaths;

/** The claim's card as PNG. */
export const GET: APIRoute = ({ params }) => cardResponse(ogPaths.claim(params.id!));
