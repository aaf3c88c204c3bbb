// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { corpusIntegrity } from './src/integrations/corpus-integrity.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import rehypeSourceAnchors from './src/lib/rehype-source-anchors.ts';
import rehypeTypography from './src/lib/rehype-typography.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
	site: 'https://kz-ru.example.org',
	trailingSlash: 'always',
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
	integrations: [corpusIntegrity(), mdx(), searchIndex()],
});
