import type { APIRoute } from 'astro';
import { getCorpusSources } from '../../content';
import { claimRecords, jsonResponse, requireSite } from '../../lib/publish/open-data';

export const prerender = true;

/** `/data/claims.json`: every claim of the corpus, with its permanent addresses. */
export const GET: APIRoute = async ({ site }) =>
	jsonResponse(claimRecords(await getCorpusSources(), requireSite(site)));
