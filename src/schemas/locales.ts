/**
 * Site locales. Russian is the first edition; English is the full second edition. A module of
 * its own, without Zod, because the browser's search code needs it too (through the URL module).
 */
export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];
