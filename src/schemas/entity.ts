import { z } from 'astro/zod';
import { idSchema, localizedSchema, textSchema } from './common';

/**
 * `content/entities/<id>.json`: a person, organisation or place the texts mention. Feeds the
 * people-and-organisations index and the search aliases (a reader searching one form of a
 * name finds texts that use another).
 */
export const entitySchema = z.object({
	/** Stable id; the entity's anchor on `/people/`. */
	id: idSchema,
	/** `person`, `organisation` or `place`. */
	kind: z.enum(['person', 'organisation', 'place']),
	/** Name as the site writes it in each edition. */
	name: localizedSchema,
	/** Who or what it is, in one line. */
	description: localizedSchema,
	/**
	 * Other forms a reader may type: spellings in the texts, official names, abbreviations,
	 * Kazakh or Latin spellings (e.g. «Нур-Султан», «Астана»; «ЕАЭС», «Евразийский экономический союз»).
	 */
	aliases: z.array(textSchema).default([]),
	/** Ids of the claims that mention it. */
	claims: z.array(idSchema).default([]),
});
export type EntityData = z.infer<typeof entitySchema>;
