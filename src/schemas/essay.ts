import { z } from 'astro/zod';
import { idSchema, isoDateSchema, locales, textSchema } from './common';
import { essayRevisableFields, revisionsSchema } from './revision';

/** `content/essays/<locale>/<theme>.mdx`: the site's own synthesis of the sources on one theme. */
export const essaySchema = z.object({
	/** Headline of the essay. */
	title: textSchema,
	/** One or two sentences for lists, cards and search results. */
	description: textSchema,
	/** Id of the theme (collection `themes`) the essay synthesises; one essay per theme and locale. */
	theme: idSchema,
	/** Edition the essay belongs to; must match its folder. */
	locale: z.enum(locales),
	/** Date of the last substantive revision. */
	updated: isoDateSchema,
	/** Corrections of the essay's published title, description or text, appended in order; never removed. */
	revisions: revisionsSchema(essayRevisableFields),
});
export type EssayData = z.infer<typeof essaySchema>;
