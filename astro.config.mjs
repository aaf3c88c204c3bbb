// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { corpusIntegrity } from './src/integrations/corpus-integrity.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { readCorpusFiles } from './src/lib/corpus-files.ts';
import { checkCorpus } from './src/lib/integrity.ts';
import { formerClaimRedirects } from './src/lib/redirects.ts';
import rehypeSourceAnchors from './src/lib/rehype-source-anchors.ts';
import rehypeTypography from './src/lib/rehype-typography.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

// The corpus is read and checked once: the integrity step, the redirects and the search index share it.
const checked = checkCorpus(readCorpusFiles(fileURLToPath(new URL('.', import.meta.url))));
const redirects = formerClaimRedirects(checked.corpus);

export default defineConfig({
	site: 'https://kz-ru.example.org',
	// Russian is the first edition, at the root; English at /en/ (pages are `src/pages/[...lang]/`).
	i18n: { locales: ['ru', 'en'], defaultLocale: 'ru', routing: { prefixDefaultLocale: false } },
	// A renamed claim keeps its old address (see `formerIds` in the source schema).
	redirects,
	trailingSlash: 'always',
	// The default, 'jsx', drops the space between a word and an inline component («суверенитете: <Claim/>»).
	compressHTML: true,
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			// GFM comes from remark-gfm itself; SmartyPants is off because it would rewrite the
			// quotation marks and dashes of verbatim source texts.
			gfm: false,
			smartypants: false,
			remarkPlugins: [remarkGfm],
			rehypePlugins: [rehypeSourceAnchors, rehypeTypography],
		}),
	},
	integrations: [
		corpusIntegrity(checked),
		mdx(),
		// Every page with an address of its own, with its other edition as an alternate; the
		// redirects of renamed claims are not pages.
		sitemap({
			i18n: { defaultLocale: 'ru', locales: { ru: 'ru-RU', en: 'en-GB' } },
			filter: (page) => !Object.keys(redirects).some((from) => page.endsWith(from)),
		}),
		searchIndex(checked.corpus),
	],
});
