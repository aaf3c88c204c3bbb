import type { APIRoute } from 'astro';
import { dataFiles, sourceRecordSchema } from '../../../lib/publish/open-data/records';
import { jsonResponse } from '../../../lib/publish/open-data/responses';
import { jsonSchemaOf } from '../../../lib/publish/open-data/json-schema';
import { requireSite } from '../../../lib/urls/site';

export const prerender = true;

/** `/data/schema/source.json`: JSON Schema of one record of sources.json, generated from the Zod schema. */
export const GET: APIRoute = ({ site }) =>
	jsonResponse(jsonSchemaOf(sourceRecordSchema, dataFiles.sourceSchema, requireSite(site)), 'application/schema+json');
