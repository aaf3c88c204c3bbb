import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { siteGlyphs } from './glyphs';

/**
 * Cuts the self-hosted fonts down to the characters the site can show, after the build. The
 * fonts arrive split by script (Cyrillic, Latin, their extensions), each declared with its
 * `unicode-range`; a page still loads only the parts its text needs, and each part now holds
 * only the glyphs the site uses. The files keep their names: the CSS and preloads point at them.
 */
export function fontSubsets(root: string): AstroIntegration {
	return {
		name: 'font-subsets',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = Date.now();
				const assets = join(fileURLToPath(dir), '_astro');
				const glyphs = siteGlyphs(root);
				let before = 0;
				let after = 0;
				const fonts = readdirSync(assets).filter((name) => name.endsWith('.woff2'));
				for (const name of fonts) {
					const file = join(assets, name);
					const original = readFileSync(file);
					// Hinting instructions only help old Windows rasterisers at small sizes; they are most of each file.
					const subset = await subsetFont(original, glyphs, { targetFormat: 'woff2', noHinting: true });
					writeFileSync(file, subset);
					before += original.length;
					after += subset.length;
				}
				logger.info(
					`${fonts.length} fonts cut to ${[...glyphs].length} characters: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB in ${Date.now() - started} ms.`,
				);
			},
		},
	};
}
