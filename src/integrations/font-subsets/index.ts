import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { siteGlyphs } from './glyphs';

/**
 * The faces the site sets, each from Google Fonts' complete file (Latin and Cyrillic in one), as
 * `@expo-google-fonts` packages them. One file per face instead of one per script: a Russian
 * page needs both scripts (its spaces, digits and punctuation are in the Latin part), so split
 * files meant two downloads per face on every first view.
 */
export const FACES = {
	'pt-serif-400': '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf',
	'pt-serif-400-italic': '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf',
	'pt-serif-700': '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
	'pt-sans-400': '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf',
	'pt-sans-700': '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf',
} as const;

/**
 * OpenType features the text uses: kerning, ligatures, composition and marks (combining accents,
 * U+0301), contextual and localised forms, lining and tabular figures. Every feature kept also
 * keeps the glyphs it reaches (small capitals, old-style figures, fractions…), which the site
 * never sets.
 */
const LAYOUT_FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'lnum', 'tnum', 'pnum'];

/**
 * Writes a file whole under another name, then renames it into place: two builds at once (the
 * tests build the site at the root and under a sub-path together) each read a complete font.
 */
function writeWhole(file: string, data: string | Uint8Array) {
	const partial = `${file}.${process.pid}.tmp`;
	writeFileSync(partial, data);
	renameSync(partial, file);
}

/** Where the cut fonts are written, and what `@site-fonts/<face>.woff2` resolves to. */
const cacheDir = (root: string) => join(root, 'node_modules', '.cache', 'site-fonts');

/**
 * Cuts each face down to the characters the site can show (`glyphs.ts`) before Astro builds, as
 * WOFF2 without hinting (it only helps old Windows rasterisers at small sizes, and is most of
 * each file), into a cache keyed by the characters; the CSS and the preloads import them as
 * `@site-fonts/<face>.woff2`, so Vite fingerprints them like any asset.
 */
export function fontSubsets(root: string): AstroIntegration {
	return {
		name: 'font-subsets',
		hooks: {
			'astro:config:setup': async ({ updateConfig, logger }) => {
				const started = Date.now();
				const glyphs = siteGlyphs(root);
				const dir = cacheDir(root);
				const key = createHash('sha1').update(glyphs).update(LAYOUT_FEATURES.join()).digest('hex');
				const stamp = join(dir, 'glyphs.sha1');
				const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === key;
				if (!fresh) {
					mkdirSync(dir, { recursive: true });
					const require = createRequire(join(root, 'package.json'));
					let bytes = 0;
					for (const [face, file] of Object.entries(FACES)) {
						const subset = await subsetFont(readFileSync(require.resolve(file)), glyphs, {
							targetFormat: 'woff2',
							noHinting: true,
							keepFeatures: LAYOUT_FEATURES,
						});
						writeWhole(join(dir, `${face}.woff2`), subset);
						bytes += subset.length;
					}
					writeWhole(stamp, key);
					logger.info(
						`${Object.keys(FACES).length} faces cut to ${[...glyphs].length} characters: ${Math.round(bytes / 1024)} KB in ${Date.now() - started} ms.`,
					);
				}
				updateConfig({ vite: { resolve: { alias: { '@site-fonts': dir } } } });
			},
		},
	};
}
