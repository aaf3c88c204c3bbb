import { z } from 'astro/zod';
import { locales, textSchema } from './common';

/** `content/pages/<locale>/<slug>.mdx`: long-form pages of the site's own prose (methodology). */
export const pageSchema = z.object({
	/** Page heading and `<title>`. */
	title: textSchema,
	/** One-sentence description for meta tags. */
	description: textSchema,
	/** Edition the page belongs to; must match its folder. */
	locale: z.enum(locales),
});
export type PageData = z.infer<typeof pageSchema>;
