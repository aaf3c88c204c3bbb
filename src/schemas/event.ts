import { z } from 'astro/zod';
import { datingSchema, idSchema, localizedSchema } from './common';

/** `content/events/<id>.json`: a dated event the texts mention, for the timeline. */
export const eventSchema = z.object({
	/** Stable id; the event's anchor on `/timeline/`. */
	id: idSchema,
	/** When it happened, with its precision. */
	date: datingSchema,
	/** What happened, in both editions. */
	title: localizedSchema,
	/** Ids of the claims that mention the event; at least one. */
	claims: z.array(idSchema).min(1, 'must list at least one claim'),
	/** True for context the texts do not give (marked as editorial on the site). */
	editorial: z.boolean().default(false),
});
export type EventData = z.infer<typeof eventSchema>;
