import { z } from 'astro/zod';

/** Site locales. Russian is the first edition; English is the full second edition. */
export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];

/** A short, stable ASCII kebab-case identifier, e.g. `eaeu-protectionism`. Never reused once published. */
export const idSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be ASCII kebab-case, e.g. `eaeu-protectionism`');

/** Non-empty text with no leading or trailing whitespace. */
export const textSchema = z.string().trim().min(1, 'must not be empty');

/** The same piece of the site's own prose in both editions. */
export const localizedSchema = z.object({
	/** Russian, the site's first language. */
	ru: textSchema,
	/** English, the site's own translation or writing. */
	en: textSchema,
});
export type Localized = z.infer<typeof localizedSchema>;

/**
 * An address on the web: `https:` or `http:` only. `z.url()` alone accepts any scheme, so a
 * `javascript:` or `data:` address would become a live link on the page.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an https: (or http:) address' });

/** A calendar date written as ISO 8601 `YYYY-MM-DD`. */
export const isoDateSchema = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date `YYYY-MM-DD`')
	.refine((value) => {
		// `Date` silently rolls 2018-02-30 over to 2 March; a real date survives the round trip.
		const date = new Date(`${value}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
	}, 'is not a real calendar date');

/** How exactly a date is known. */
export const precisionSchema = z.enum(['day', 'month', 'year', 'range']);
export type Precision = z.infer<typeof precisionSchema>;

/**
 * A date known to some precision. `start` is the day, the first day of the month or year, or
 * the start of the range; `end` closes a range and is required for it.
 */
export const datingSchema = z
	.object({
		start: isoDateSchema.meta({ description: 'The date (YYYY-MM-DD), or the first day of the month, year or range.' }),
		end: isoDateSchema.optional().meta({ description: 'Last day of a `range`; absent for any other precision.' }),
		precision: precisionSchema.meta({ description: '`day`, `month`, `year`, or `range` when only bounds are known.' }),
	})
	.superRefine((date, ctx) => {
		if (date.precision === 'range' && !date.end) {
			ctx.addIssue({ code: 'custom', path: ['end'], message: 'is required when precision is `range`' });
		}
		if (date.precision !== 'range' && date.end) {
			ctx.addIssue({ code: 'custom', path: ['end'], message: 'is only allowed when precision is `range`' });
		}
		if (date.end && date.end < date.start) {
			ctx.addIssue({ code: 'custom', path: ['end'], message: 'must not be before `start`' });
		}
	});
export type Dating = z.infer<typeof datingSchema>;
