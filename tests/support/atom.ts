import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export const ATOM = 'http://www.w3.org/2005/Atom';

/** Parses an XML document with a real parser; any well-formedness error throws. */
export function parseXml(xml: string): Document {
	const errors: string[] = [];
	const doc = new DOMParser({
		onError: (level, message) => {
			if (level !== 'warning') errors.push(message);
		},
	}).parseFromString(xml, 'application/xml');
	if (errors.length) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
	return doc;
}

/** The Atom child elements of `parent` with this local name (direct children only). */
export const atomChildren = (parent: Element, name: string): Element[] =>
	Array.from(parent.childNodes).filter(
		(n): n is Element => n.nodeType === 1 && (n as Element).namespaceURI === ATOM && (n as Element).localName === name,
	);

/** RFC 3339 date-time, as Atom's `updated` requires. */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
