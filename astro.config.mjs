// @ts-check
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { corpusIntegrity } from './src/integrations/corpus-integrity.ts';
import { fontSubsets } from './src/integrations/font-subsets/index.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { readCorpusFiles } from './src/lib/corpus/files.ts';
import { compactScript, cspHash } from './src/integrations/inline-script.ts';
import { checkCorpus } from './src/lib/corpus/check/index.ts';
import { formerClaimRedirects } from './src/lib/urls/redirects.ts';
import { stripBase } from './src/lib/urls/base.ts';
import { editionUrls } from './src/lib/urls/site.ts';
import { intlTag, locales } from './src/i18n/index.ts';
import rehypeLinks from './src/integrations/markdown/rehype-links.ts';
import rehypeMarkRussian from './src/integrations/markdown/rehype-mark-russian.ts';
import rehypeSourceAnchors from './src/integrations/markdown/rehype-source-anchors.ts';
import rehypeTypography from './src/integrations/markdown/rehype-typography.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

// The corpus is read and checked once: the integrity step, the redirects and the search index share it.
const root = fileURLToPath(new URL('.', import.meta.url));
const checked = checkCorpus(readCorpusFiles(root));
// A sub-path when hosted on a project page (`SITE_BASE=/kz-ru/`); the tests build that way too.
const base = process.env.SITE_BASE ?? '/';
const redirects = formerClaimRedirects(checked.corpus, base);
const redirected = new Set(Object.keys(redirects));
// The one inline script of every page; the Content-Security-Policy allows it by its hash.
const bootstrap = compactScript(readFileSync(new URL('./src/scripts/bootstrap.js', import.meta.url), 'utf8'));

export default defineConfig({
	site: 'https://kz-ru.example.org',
	base,
	outDir: process.env.SITE_OUT_DIR ?? './dist',
	// Russian is the first edition, at the root; English at /en/ (pages are `src/pages/[...lang]/`).
	i18n: { locales: ['ru', 'en'], defaultLocale: 'ru', routing: { prefixDefaultLocale: false } },
	// A renamed claim keeps its old address (see `formerIds` in the source schema).
	redirects,
	trailingSlash: 'always',
	// Astro's caches (content data store, incremental build) beside the site's own (social cards)
	// in the project's `.astro/`, the one folder a CI run keeps between builds; the default,
	// `node_modules/.astro/`, would be shared by projects that link one node_modules. A second
	// build running at the same time (the tests' sub-path build) names its own: `SITE_CACHE_DIR`.
	cacheDir: process.env.SITE_CACHE_DIR ?? './.astro/cache/',
	// Claim and source pages give a `cacheKey` (src/content.ts): a rebuild copies the unchanged
	// ones from the last build's output instead of rendering them again.
	experimental: { incrementalBuild: true },
	// The default, 'jsx', drops the space between a word and an inline component («суверенитете: <Claim/>»).
	compressHTML: true,
	build: { format: 'directory' },
	security: {
		// A <meta> policy on every page: scripts, styles, fonts, images and requests from this site
		// only; inline scripts only by hash; WebAssembly for Pagefind.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(bootstrap)] },
		},
	},
	vite: {
		define: { __BOOTSTRAP__: JSON.stringify(bootstrap) },
		// The enhancements' scripts stay files, which the bootstrap imports on first use: Astro
		// inlines a small script, which would run with every page. Other assets as Vite decides.
		build: { assetsInlineLimit: (file) => (file.includes('Enhancements.astro') ? false : undefined) },
	},
	markdown: {
		// No code to highlight, and Shiki's inline styles would need a looser Content-Security-Policy.
		syntaxHighlight: false,
		processor: unified({
			// GFM comes from remark-gfm itself; SmartyPants is off because it would rewrite the
			// quotation marks and dashes of verbatim source texts.
			gfm: false,
			smartypants: false,
			remarkPlugins: [remarkGfm],
			rehypePlugins: [rehypeSourceAnchors, rehypeTypography, rehypeMarkRussian, [rehypeLinks, { base }]],
		}),
	},
	integrations: [
		corpusIntegrity(checked),
		mdx(),
		// Every page with an address of its own, with its other edition as an alternate; the
		// redirects of renamed claims are not pages. The alternates come from the URL module: the
		// integration's own `i18n` option pairs the editions by comparing every URL with every
		// other, 10 s of a build at N = 2000.
		sitemap({
			filter: (page) => !redirected.has(stripBase(new URL(page).pathname, base)),
			serialize: (item) => {
				const urls = editionUrls(item.url, base);
				return { ...item, links: locales.map((locale) => ({ url: urls[locale], lang: intlTag(locale) })) };
			},
		}),
		searchIndex(checked.corpus),
		fontSubsets(root),
	],
});
