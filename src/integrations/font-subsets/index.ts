import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fontace } from 'fontace';
import subsetFont from 'subset-font';
import { RUNNING_TEXT, siteGlyphs } from './glyphs';

/**
 * The faces the site sets, each from Google Fonts' complete file (Latin and Cyrillic in one), as
 * `@expo-google-fonts` packages them, with the `@font-face` descriptors that select it. A face is
 * cut in two (`RUNNING_TEXT` and the rest), not by script: a Russian page needs both scripts (its
 * spaces, digits and punctuation are in the Latin part), so split scripts meant two downloads per
 * face on every first view.
 */
export const FACES = {
	'pt-serif-400': {
		family: 'PT Serif',
		style: 'normal',
		weight: 400,
		file: '@expo-google-fonts/pt-serif/400Regular/PTSerif_400Regular.ttf',
	},
	'pt-serif-400-italic': {
		family: 'PT Serif',
		style: 'italic',
		weight: 400,
		file: '@expo-google-fonts/pt-serif/400Regular_Italic/PTSerif_400Regular_Italic.ttf',
	},
	'pt-serif-700': {
		family: 'PT Serif',
		style: 'normal',
		weight: 700,
		file: '@expo-google-fonts/pt-serif/700Bold/PTSerif_700Bold.ttf',
	},
	'pt-sans-400': {
		family: 'PT Sans',
		style: 'normal',
		weight: 400,
		file: '@expo-google-fonts/pt-sans/400Regular/PTSans_400Regular.ttf',
	},
	'pt-sans-700': {
		family: 'PT Sans',
		style: 'normal',
		weight: 700,
		file: '@expo-google-fonts/pt-sans/700Bold/PTSans_700Bold.ttf',
	},
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
 * The `@font-face` rule of one cut file: `swap`, so text shows at once (the first view's files are
 * preloaded by `BaseHead.astro` and arrive before the first paint on a usual connection), and the
 * characters the file has as its `unicode-range`, so a page fetches only the files it shows.
 */
function fontFace(face: (typeof FACES)[keyof typeof FACES], file: string, subset: Buffer): string {
	return `@font-face {
	font-family: '${face.family}';
	font-style: ${face.style};
	font-weight: ${face.weight};
	font-display: swap;
	src: url('./${file}') format('woff2');
	unicode-range: ${unicodeRange(subset)};
}
`;
}

/** The characters a font file has, without U+FFFF: a non-character, the closing entry of its character map. */
const unicodeRange = (font: Buffer) =>
	fontace(font)
		.unicodeRangeArray.filter((range) => range !== 'U+FFFF')
		.join(', ');

/**
 * Cuts each face down to the characters the site can show (`glyphs.ts`) before Astro builds, as
 * WOFF2 without hinting (it only helps old Windows rasterisers at small sizes, and is most of
 * each file), in two files: `<face>.woff2` with the characters of running text, and
 * `<face>-rest.woff2` with the others the site has, into a cache keyed by the characters; then
 * writes their `@font-face` rules beside them (`faces.css`). The layout imports
 * `@site-fonts/faces.css` and the preloads `@site-fonts/<face>.woff2`, so Vite fingerprints the
 * files like any asset.
 */
export function fontSubsets(root: string): AstroIntegration {
	return {
		name: 'font-subsets',
		hooks: {
			'astro:config:setup': async ({ updateConfig, logger }) => {
				const started = Date.now();
				const glyphs = [...siteGlyphs(root)];
				const parts = {
					'': glyphs.filter((char) => RUNNING_TEXT.test(char)).join(''),
					'-rest': glyphs.filter((char) => !RUNNING_TEXT.test(char)).join(''),
				};
				const dir = cacheDir(root);
				const key = createHash('sha1')
					.update(JSON.stringify([parts, LAYOUT_FEATURES]))
					.digest('hex');
				const stamp = join(dir, 'glyphs.sha1');
				const fresh = existsSync(stamp) && readFileSync(stamp, 'utf8') === key;
				const require = createRequire(join(root, 'package.json'));
				let css = '/* Written by src/integrations/font-subsets/ before each build. */\n';
				let bytes = 0;
				if (!fresh) mkdirSync(dir, { recursive: true });
				for (const [name, face] of Object.entries(FACES))
					for (const [suffix, chars] of Object.entries(parts)) {
						const file = `${name}${suffix}.woff2`;
						if (!fresh) {
							const font = readFileSync(require.resolve(face.file));
							const options = { targetFormat: 'woff2', noHinting: true, keepFeatures: LAYOUT_FEATURES } as const;
							writeWhole(join(dir, file), await subsetFont(font, chars, options));
						}
						const subset = readFileSync(join(dir, file));
						css += fontFace(face, file, subset);
						bytes += subset.length;
					}
				writeWhole(join(dir, 'faces.css'), css);
				if (!fresh) {
					writeWhole(stamp, key);
					logger.info(
						`${Object.keys(FACES).length} faces cut to ${glyphs.length} characters (${[...parts['']].length} of running text): ${Math.round(bytes / 1024)} KB in ${Date.now() - started} ms.`,
					);
				}
				updateConfig({ vite: { resolve: { alias: { '@site-fonts': dir } } } });
			},
		},
	};
}
