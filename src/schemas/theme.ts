import { z } from 'astro/zod';
import { idSchema, localizedSchema } from './common';

/** `content/themes/<id>.json`: one theme, the axis of an essay and of the stance matrix. */
export const themeSchema = z.object({
	/** Stable id; also the slug of `/themes/<id>/`. */
	id: idSchema,
	/** Short title in both editions. */
	title: localizedSchema,
	/** One line saying what the theme covers. */
	description: localizedSchema,
	/** Position in menus and in the stance matrix (ascending). */
	order: z.number().int().nonnegative(),
});
export type ThemeData = z.infer<typeof themeSchema>;
