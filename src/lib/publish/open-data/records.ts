/**
 * The site's open data: the corpus as machine-readable files under `/data/` (JSON, CSV, W3C Web
 * Annotations, in the files beside this one) and the JSON Schemas describing them. Pure: takes
 * the corpus and the site's address, returns the files' contents; the endpoints in
 * `src/pages/data/` only serve them. This file: the published paths and the JSON records.
 */
import { z } from 'astro/zod';
import { idSchema, localizedSchema, textSchema } from '../../../schemas/common';
import { claimSchema, sourceSchema } from '../../../schemas/source';
import type { CorpusSource } from '../../corpus/files';
import { paragraphsOf } from '../../corpus/verbatim';
import { paths } from '../../urls/routes';
import { absoluteUrl } from '../../urls/site';

/** Paths of the published files; they are the same for both editions. */
export const dataFiles = {
	claims: '/data/claims.json',
	claimsCsv: '/data/claims.csv',
	sources: '/data/sources.json',
	annotations: '/data/annotations.json',
	claimSchema: '/data/schema/claim.json',
	sourceSchema: '/data/schema/source.json',
} as const;

/** One record of `/data/claims.json`: a claim as the corpus holds it, plus where it lives. */
export const claimRecordSchema = claimSchema
	.safeExtend({
		url: z.url().meta({
			description: 'Permanent address of the claim’s page; insert `/en` after the host for the English edition.',
		}),
		urlInSource: z.url().meta({
			description: 'The claim highlighted in the text of its source: the source page with the claim id as fragment.',
		}),
		source: idSchema.meta({ description: 'Slug of the source the claim comes from (`slug` in sources.json).' }),
		sourceTitle: localizedSchema.meta({ description: 'Headline of the source, in Russian and English.' }),
	})
	.meta({
		title: 'Claim',
		description:
			'One claim of /data/claims.json: a verbatim quote from a source, with the site’s translation, summary and coding.',
	});
export type ClaimRecord = z.infer<typeof claimRecordSchema>;

/** One record of `/data/sources.json`: a source's frontmatter, plus its slug, page and text. */
export const sourceRecordSchema = sourceSchema
	.safeExtend({
		slug: idSchema.meta({ description: 'Stable id of the source; the last segment of its page’s address.' }),
		url: z.url().meta({ description: 'Permanent address of the source’s page.' }),
		text: textSchema.meta({
			description: 'The source text verbatim, in Russian, paragraphs separated by a blank line.',
		}),
	})
	.meta({
		title: 'Source',
		description:
			'One source of /data/sources.json: the text’s metadata, its coded stance, its claims and its full text.',
	});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;

/** Every claim of the corpus, in source order and then in the order each source lists them. */
export function claimRecords(sources: readonly CorpusSource[], site: URL): ClaimRecord[] {
	return sources.flatMap((source) =>
		source.data.claims.map((claim) => ({
			id: claim.id,
			url: absoluteUrl(paths.claim(claim.id), site),
			urlInSource: absoluteUrl(paths.claimInSource(source.slug, claim.id), site),
			source: source.slug,
			sourceTitle: { ru: source.data.title.ru, en: source.data.title.en },
			quote: claim.quote,
			translation: claim.translation,
			summary: claim.summary,
			kind: claim.kind,
			...(claim.attributedTo && { attributedTo: claim.attributedTo }),
			...(claim.stance && { stance: claim.stance }),
			themes: claim.themes,
			formerIds: claim.formerIds,
		})),
	);
}

/** A source body as plain text: its paragraphs, trimmed, separated by one blank line. */
export const sourceText = (body: string) => paragraphsOf(body).join('\n\n');

/** Every source with its full text. */
export function sourceRecords(sources: readonly CorpusSource[], site: URL): SourceRecord[] {
	return sources.map((source) => ({
		slug: source.slug,
		url: absoluteUrl(paths.source(source.slug), site),
		...source.data,
		text: sourceText(source.body),
	}));
}
