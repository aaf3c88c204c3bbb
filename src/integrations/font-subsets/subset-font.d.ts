declare module 'subset-font' {
	/** Keeps only the glyphs of `text` (harfbuzz's subsetter) and writes the font in `targetFormat`. */
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; noHinting?: boolean },
	): Promise<Buffer>;
}
