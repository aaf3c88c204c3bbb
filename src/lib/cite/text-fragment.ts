/**
 * Text-fragment deep links (WICG «URL Fragment Text Directives»): `<url>#:~:text=<directive>`
 * makes a supporting browser scroll to and highlight the quote on the original page.
 *
 * A directive term may hold only the spec's explicit characters; `&`, `-` and `,` are its own
 * syntax, and everything else must be percent-encoded. We make one exception: Cyrillic letters
 * stay as they are, so links in the HTML source stay readable; a browser percent-encodes them
 * itself when it parses the `href`, which yields exactly the bytes the spec asks for. No letter
 * is ever folded (Й stays Й, ё stays ё): the browser matches the page text literally.
 */
import { normalizeWhitespace } from '../corpus/verbatim';

/** A quote longer than this many characters is linked by its two ends (`textStart,textEnd`). */
export const LONG_QUOTE_CHARS = 80;
/** A quote with more words than this is linked by its two ends, whatever its length. */
export const LONG_QUOTE_WORDS = 10;
/** Words taken from each end of a long quote. */
export const EDGE_WORDS = 5;

/** The spec's TextDirectiveExplicitChar: ASCII that may stand unencoded in a term. */
const EXPLICIT = /^[A-Za-z0-9!$'()*+./:;=?@_~]$/u;
const CYRILLIC_LETTER = /^(?=\p{L})\p{Script=Cyrillic}$/u;

/** Percent-encodes one term of a text directive (see the module comment for what stays as is). */
export function encodeTextDirectiveTerm(term: string): string {
	let out = '';
	for (const char of term) {
		if (EXPLICIT.test(char) || CYRILLIC_LETTER.test(char)) out += char;
		else
			out += [...new TextEncoder().encode(char)]
				.map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
				.join('');
	}
	return out;
}

/**
 * The text directive for a quote, without the `:~:` delimiter: `text=<quote>` for a short one,
 * `text=<first words>,<last words>` for a long one. Whitespace of any kind (line breaks,
 * no-break spaces) collapses to one space, as browsers do when they match.
 */
export function textDirective(quote: string): string {
	const text = normalizeWhitespace(quote);
	if (!text) throw new Error('a text directive needs a non-empty quote');
	const words = text.split(' ');
	if (text.length <= LONG_QUOTE_CHARS && words.length <= LONG_QUOTE_WORDS)
		return `text=${encodeTextDirectiveTerm(text)}`;
	// Two words are the least a range can have; the ends never overlap.
	const edge = Math.min(EDGE_WORDS, Math.floor(words.length / 2));
	if (edge < 1) return `text=${encodeTextDirectiveTerm(text)}`;
	const start = words.slice(0, edge).join(' ');
	const end = words.slice(-edge).join(' ');
	return `text=${encodeTextDirectiveTerm(start)},${encodeTextDirectiveTerm(end)}`;
}

/**
 * A link to `url` that highlights `quote`. An existing fragment is kept: the directive follows
 * it after `:~:`, which browsers strip before they resolve the fragment itself.
 */
export function textFragmentUrl(url: string, quote: string): string {
	const hash = url.indexOf('#');
	const base = hash < 0 ? `${url}#` : url;
	return `${base}:~:${textDirective(quote)}`;
}
