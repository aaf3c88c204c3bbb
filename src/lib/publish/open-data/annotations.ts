import type { Claim } from '../../../schemas/source';
import { normalizeWhitespace, occurrences } from '../../corpus/verbatim';
import { paths } from '../../urls/routes';
import { absoluteUrl } from '../../urls/site';
import type { CorpusSource } from '../../corpus/files';
import { dataFiles } from './records';

/** How many characters of context a TextQuoteSelector carries on each side. */
export const SELECTOR_CONTEXT = 32;

/** A W3C TextQuoteSelector: the quote and the text just around it. */
export interface TextQuoteSelector {
	type: 'TextQuoteSelector';
	exact: string;
	prefix: string;
	suffix: string;
}

/** Moves a cut that would split a surrogate pair outward, so context never holds half a character. */
function outwardBoundary(text: string, at: number, direction: -1 | 1): number {
	const clamped = Math.max(0, Math.min(text.length, at));
	const splitsPair =
		clamped > 0 &&
		clamped < text.length &&
		/[\uDC00-\uDFFF]/.test(text[clamped]) &&
		/[\uD800-\uDBFF]/.test(text[clamped - 1]);
	return splitsPair ? clamped + (direction < 0 ? -1 : 1) : clamped;
}

/**
 * The TextQuoteSelector of `exact` in `text` (both whitespace-normalized): `context` characters
 * either side, fewer at the ends of the text. Throws unless `exact` occurs exactly once, since a
 * selector for an ambiguous quote would anchor the annotation in the wrong place.
 */
export function textQuoteSelector(text: string, exact: string, context = SELECTOR_CONTEXT): TextQuoteSelector {
	const hits = occurrences(text, exact);
	if (hits.length !== 1)
		throw new Error(`the quote «${exact}» occurs ${hits.length} times in the text; a selector needs exactly one`);
	const start = hits[0];
	const end = start + exact.length;
	return {
		type: 'TextQuoteSelector',
		exact,
		prefix: text.slice(outwardBoundary(text, start - context, -1), start),
		suffix: text.slice(end, outwardBoundary(text, end + context, 1)),
	};
}

/** JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A W3C Web Annotation of one claim: the summaries as bodies, the quote in its source as target. */
export interface ClaimAnnotation {
	id: string;
	type: 'Annotation';
	motivation: 'describing';
	body: { type: 'TextualBody'; value: string; language: 'ru' | 'en'; format: 'text/plain'; purpose: 'describing' }[];
	target: {
		source: string;
		selector: [TextQuoteSelector, { type: 'FragmentSelector'; conformsTo: string; value: string }];
	};
}

/** The annotation of one claim, given the whitespace-normalized body of its source. */
export function claimAnnotation(slug: string, claim: Claim, normalizedBody: string, site: URL): ClaimAnnotation {
	return {
		id: absoluteUrl(paths.claim(claim.id), site),
		type: 'Annotation',
		motivation: 'describing',
		body: (['ru', 'en'] as const).map((language) => ({
			type: 'TextualBody',
			value: claim.summary[language],
			language,
			format: 'text/plain',
			purpose: 'describing',
		})),
		target: {
			source: absoluteUrl(paths.source(slug), site),
			selector: [
				textQuoteSelector(normalizedBody, normalizeWhitespace(claim.quote)),
				// The claim's element id on the source page: exact where the page is at hand.
				{ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3236', value: claim.id },
			],
		},
	};
}

/** `annotations.json`: every claim's annotation, as one W3C AnnotationCollection with a single page. */
export function annotationCollection(sources: readonly CorpusSource[], site: URL, label: string) {
	const items = sources.flatMap((source) => {
		const body = normalizeWhitespace(source.body);
		return source.data.claims.map((claim) => claimAnnotation(source.slug, claim, body, site));
	});
	const id = absoluteUrl(dataFiles.annotations, site);
	return {
		'@context': ANNOTATION_CONTEXT,
		id,
		type: 'AnnotationCollection',
		label,
		total: items.length,
		first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
	};
}
