import { z } from 'astro/zod';
import { isoDateSchema } from './common';

/** The published fields of a claim: a change to any of them needs a revision entry. */
export const claimRevisableFields = [
	'quote',
	'translation',
	'summary',
	'kind',
	'themes',
	'attributedTo',
	'stance',
] as const;
/** The published fields of a source (its claims carry their own revisions). */
export const sourceRevisableFields = ['title', 'author', 'date', 'stance', 'synopsis'] as const;
/** The published fields of an essay; `text` is its body. */
export const essayRevisableFields = ['title', 'description', 'text'] as const;

export type RevisableField =
	| (typeof claimRevisableFields)[number]
	| (typeof sourceRevisableFields)[number]
	| (typeof essayRevisableFields)[number];

const noteText = (edition: string) =>
	z
		.string({
			error: (issue) =>
				issue.input === undefined ? `is missing: a revision explains itself in both editions (${edition})` : undefined,
		})
		.trim()
		.min(1, 'must not be empty');

/**
 * One correction of something already published, shown on its page under «Исправления» /
 * "Corrections", in `/corrections/` and in the feeds. The build compares every published field
 * with `content/published/record.json`: a field that changed needs a revision naming it, and a
 * revision may only name fields that changed (README, «Corrections»). Entries are never removed.
 */
export const revisionSchema = <const F extends readonly [string, ...string[]]>(fields: F) =>
	z.object({
		date: isoDateSchema.meta({
			description: 'Day the correction was published (YYYY-MM-DD): not in the future, not before the item itself.',
		}),
		fields: z
			.array(z.enum(fields))
			.min(1, 'must name at least one field')
			.meta({ description: `The published fields that changed: ${fields.map((f) => `\`${f}\``).join(', ')}.` }),
		note: z
			.object({ ru: noteText('ru'), en: noteText('en') })
			.meta({ description: 'What was wrong and what changed, one or two sentences, in Russian and English.' }),
	});
/** A revision of any record: its `fields` are that record's published fields. */
export type Revision = Omit<z.infer<ReturnType<typeof revisionSchema>>, 'fields'> & { fields: RevisableField[] };

/** The `revisions` field of a record whose published fields are `fields`; empty by default. */
export const revisionsSchema = <const F extends readonly [string, ...string[]]>(fields: F) =>
	z
		.array(revisionSchema(fields))
		.default([])
		.meta({ description: 'Corrections of the published text, oldest first; never removed.' });
