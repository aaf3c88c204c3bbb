import type { APIRoute } from 'astro';
import { getCorpusSources } from '../../content';
import { claimRecords } from '../../lib/publish/open-data/records';
import { claimsCsv } from '../../lib/publish/open-data/csv';
import { csvResponse } from '../../lib/publish/open-data/responses';
import { requireSite } from '../../lib/urls/site';

export const prerender = true;

/** `/data/claims.csv`: the claims as an RFC 4180 table, one row per claim. */
export const GET: APIRoute = async ({ site }) =>
	csvResponse(claimsCsv(claimRecords(await getCorpusSources(), requireSite(site))));
