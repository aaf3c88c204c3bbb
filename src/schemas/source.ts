import { z } from 'astro/zod';
import { datingSchema, idSchema, localizedSchema, textSchema, webUrlSchema } from './common';
import { claimRevisableFields, revisionsSchema, sourceRevisableFields } from './revision';

/** What a claim does: the coding is explained on the methodology page and in ../shared/EDITORIAL.md. */
export const claimKindSchema = z.enum(['fact', 'assessment', 'prediction', 'reported']);
export type ClaimKind = z.infer<typeof claimKindSchema>;

/** Trajectory a text describes for Kazakhstan relative to Russia. */
export const trajectorySchema = z.enum(['distancing', 'balancing', 'integration']);
export type Trajectory = z.infer<typeof trajectorySchema>;

/** Tone of a text toward Moscow's policy. */
export const toneSchema = z.enum(['critical', 'neutral', 'sympathetic']);
export type Tone = z.infer<typeof toneSchema>;

/** Whose perspective a text speaks from. */
export const perspectiveSchema = z.enum(['kazakh', 'russian', 'ukrainian', 'western', 'unknown']);
export type Perspective = z.infer<typeof perspectiveSchema>;

/**
 * One assertion a source makes, anchored to a verbatim span of its body. Each field is documented
 * once, in its `.meta({ description })`: the text the JSON Schemas and the `/data/` page publish.
 */
export const claimSchema = z
	.object({
		id: idSchema
			.refine((id) => id !== 'page', 'must not be `page`: `/claims/page/` holds the claims index’s pages')
			.meta({ description: 'Stable id, unique across the whole corpus; the claim’s permanent address.' }),
		quote: textSchema.meta({
			description: 'A contiguous verbatim span of the source text, typos included (whitespace may differ).',
		}),
		translation: textSchema.meta({ description: 'The site’s own English translation of the quote.' }),
		summary: localizedSchema.meta({
			description: 'Neutral one-sentence paraphrase that names who holds the view, in Russian and English.',
		}),
		themes: z
			.array(idSchema)
			.min(1, 'must list at least one theme')
			.meta({ description: 'Ids of the themes the claim bears on; at least one.' }),
		kind: claimKindSchema.meta({
			description: '`fact`, `assessment`, `prediction`, or `reported` (someone else’s words).',
		}),
		attributedTo: localizedSchema
			.optional()
			.meta({ description: 'Who is speaking when `kind` is `reported`, in Russian and English.' }),
		stance: trajectorySchema
			.optional()
			.meta({ description: 'Trajectory this claim expresses, when it expresses one.' }),
		formerIds: z.array(idSchema).default([]).meta({
			description: 'Ids this claim was published under before a rename; their links keep working. Never reuse one.',
		}),
		revisions: revisionsSchema(claimRevisableFields),
	})
	.superRefine((claim, ctx) => {
		if (claim.kind === 'reported' && !claim.attributedTo) {
			ctx.addIssue({ code: 'custom', path: ['attributedTo'], message: 'is required when kind is `reported`' });
		}
	});
export type Claim = z.infer<typeof claimSchema>;

/** Who wrote a source, as far as is known. */
export const authorSchema = z
	.object({
		name: localizedSchema.optional().meta({ description: 'The author’s name; absent when the text is unsigned.' }),
		kind: z
			.enum(['person', 'collective', 'unattributed'])
			.meta({ description: '`person`, `collective` (an editorial board, a group), or `unattributed`.' }),
		description: localizedSchema.meta({ description: 'Who they are, or what is known about an unsigned text.' }),
	})
	.superRefine((author, ctx) => {
		if (author.kind !== 'unattributed' && !author.name) {
			ctx.addIssue({ code: 'custom', path: ['name'], message: 'is required unless kind is `unattributed`' });
		}
	});

/** Where a source was published, as far as is known. */
export const outletSchema = z.object({
	name: localizedSchema.optional().meta({ description: 'Outlet name; absent when unknown.' }),
	country: z
		.enum(['KZ', 'RU', 'UA'])
		.optional()
		.meta({ description: 'ISO 3166-1 alpha-2 country of the outlet; absent when unknown.' }),
	url: webUrlSchema.optional().meta({ description: 'Address of the original page; absent when unknown.' }),
});

/** The coded position of a whole text (../shared/EDITORIAL.md, «Stance»). */
export const stanceSchema = z.object({
	trajectory: trajectorySchema.meta({
		description: 'Trajectory the text describes for Kazakhstan relative to Russia.',
	}),
	tone: toneSchema.meta({ description: 'Tone of the text toward Moscow’s policy.' }),
	perspective: perspectiveSchema.meta({ description: 'Whose perspective the text speaks from.' }),
	rationale: localizedSchema.meta({
		description: 'One paragraph explaining the coding, citing the claims behind it by id in `[claim-id]` form.',
	}),
});
export type Stance = z.infer<typeof stanceSchema>;

/** Frontmatter of `content/sources/<slug>.mdx`. The body is the seed text verbatim. */
export const sourceSchema = z
	.object({
		title: z
			.object({
				ru: textSchema,
				en: textSchema,
				supplied: z
					.boolean()
					.meta({ description: 'True when the original had no headline and the site supplied this one.' }),
			})
			.meta({ description: 'Headline in Russian (the original’s, or one the site supplied) and in English.' }),
		seed: z
			.string()
			.regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name such as `000_f496637ee562e9de.txt`')
			.meta({ description: 'File name of the seed text the body was taken from.' }),
		furniture: z
			.array(z.string())
			.default([])
			.meta({ description: 'Lines of page furniture (menus, captions) removed from the seed, verbatim.' }),
		author: authorSchema.meta({ description: 'Who wrote the source, as far as is known.' }),
		outlet: outletSchema.meta({ description: 'Where the source was published, as far as is known.' }),
		/** Publication date with its precision. */
		date: datingSchema
			.and(
				z.object({
					stated: z.boolean().meta({ description: 'True when the text itself states the date.' }),
					evidence: localizedSchema
						.optional()
						.meta({ description: 'How an inferred date was inferred; present when `stated` is false.' }),
				}),
			)
			.meta({ description: 'Publication date with its precision.' }),
		language: z.literal('ru').meta({ description: 'BCP 47 language of the body.' }),
		stance: stanceSchema.meta({ description: 'The coded position of the whole text.' }),
		synopsis: localizedSchema.meta({ description: 'One-paragraph synopsis, the site’s own.' }),
		claims: z
			.array(claimSchema)
			.min(1, 'must list at least one claim')
			.meta({ description: 'Every substantive assertion of the text, as claim objects.' }),
		revisions: revisionsSchema(sourceRevisableFields),
	})
	.superRefine((source, ctx) => {
		if (!source.date.stated && !source.date.evidence) {
			ctx.addIssue({
				code: 'custom',
				path: ['date', 'evidence'],
				message: 'is required when the date is not stated in the text',
			});
		}
	});
export type SourceData = z.infer<typeof sourceSchema>;
