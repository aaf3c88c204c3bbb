/**
 * Whitespace is the only difference allowed between a claim's quote and the body: line breaks
 * and repeated spaces in either collapse to one space. Nothing else is folded (no case, no ё→е),
 * so a quote that "almost" matches is a different quote.
 */
export function normalizeWhitespace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** A text with whitespace collapsed, and for every kept character its offset in the original. */
export interface NormalizedText {
	text: string;
	/** `offsets[i]` is the offset in the original of `text[i]`; `offsets[text.length]` is the end. */
	offsets: number[];
}

/** Like {@link normalizeWhitespace}, but remembers where each kept character came from. */
export function normalizeWithOffsets(raw: string): NormalizedText {
	let text = '';
	const offsets: number[] = [];
	let pendingSpace = -1;
	for (let i = 0; i < raw.length; i++) {
		if (/\s/.test(raw[i])) {
			if (text.length > 0 && pendingSpace < 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0) {
			text += ' ';
			offsets.push(pendingSpace);
			pendingSpace = -1;
		}
		text += raw[i];
		offsets.push(i);
	}
	offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : 0);
	return { text, offsets };
}

/** Every start offset of `needle` in `haystack`, overlapping occurrences included. */
export function occurrences(haystack: string, needle: string): number[] {
	const found: number[] = [];
	if (!needle) return found;
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
	return found;
}

/**
 * Every place a quote sits in a text, as half-open ranges of the original's offsets (empty when
 * it does not occur). Whitespace is matched loosely, everything else exactly.
 */
export function locateQuote(raw: string, quote: string): { start: number; end: number }[] {
	const haystack = normalizeWithOffsets(raw);
	const needle = normalizeWhitespace(quote);
	return occurrences(haystack.text, needle).map((at) => ({
		start: haystack.offsets[at],
		end: haystack.offsets[at + needle.length - 1] + 1,
	}));
}

/** Splits a Markdown body into its paragraphs (blocks separated by blank lines), trimmed. */
export function paragraphsOf(body: string): string[] {
	return body
		.split(/\n[ \t]*\n/)
		.map((block) => block.trim())
		.filter(Boolean);
}
