import type { APIRoute } from 'astro';
import { claimRecordSchema, dataFiles } from '../../../lib/publish/open-data/records';
import { jsonResponse } from '../../../lib/publish/open-data/responses';
import { jsonSchemaOf } from '../../../lib/publish/open-data/json-schema';
import { requireSite } from '../../../lib/urls/site';

export const prerender = true;

/** `/data/schema/claim.json`: JSON Schema of one record of claims.json, generated from the Zod schema. */
export const GET: APIRoute = ({ site }) =>
	jsonResponse(jsonSchemaOf(claimRecordSchema, dataFiles.claimSchema, requireSite(site)), 'application/schema+json');
