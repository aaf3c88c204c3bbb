import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entitySchema } from './schemas/entity';
import { essaySchema } from './schemas/essay';
import { eventSchema } from './schemas/event';
import { pageSchema } from './schemas/page';
import { sourceSchema } from './schemas/source';
import { themeSchema } from './schemas/theme';

/** The five source texts: verbatim bodies, typed metadata and claims. */
const sources = defineCollection({
	loader: glob({ base: './content/sources', pattern: '*.mdx' }),
	schema: sourceSchema,
});

/** Themes: the axes of the essays and the stance matrix. */
const themes = defineCollection({
	loader: glob({ base: './content/themes', pattern: '*.json' }),
	schema: themeSchema,
});

/** Dated events the texts mention, for the timeline. */
const events = defineCollection({
	loader: glob({ base: './content/events', pattern: '*.json' }),
	schema: eventSchema,
});

/** People, organisations and places the texts mention, with the aliases search expands. */
const entities = defineCollection({
	loader: glob({ base: './content/entities', pattern: '*.json' }),
	schema: entitySchema,
});

/** The site's own themed essays, one per theme and locale (`<locale>/<theme>.mdx`). */
const essays = defineCollection({
	loader: glob({ base: './content/essays', pattern: '*/*.mdx' }),
	schema: essaySchema,
});

/** Long-form pages of the site's own prose (`<locale>/<slug>.mdx`). */
const pages = defineCollection({
	loader: glob({ base: './content/pages', pattern: '*/*.mdx' }),
	schema: pageSchema,
});

export const collections = { sources, themes, events, entities, essays, pages };
