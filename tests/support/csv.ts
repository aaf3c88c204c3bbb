/**
 * A strict RFC 4180 reader for the tests, written independently of the site's serializer: records
 * end in CRLF, a field holding a comma, quote, CR or LF is quoted, and a quote inside is doubled.
 * Anything else (a bare LF, a stray quote, an unterminated field) throws, so a test reading the
 * site's CSV through it fails on any deviation from the format.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"' && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else field += text[i++];
			}
		} else {
			while (i < text.length && !',\r\n'.includes(text[i])) {
				if (text[i] === '"') throw new Error(`quote inside an unquoted field at offset ${i}`);
				field += text[i++];
			}
		}
		row.push(field);
		if (text[i] === ',') {
			i++;
			// A comma just before the end of the text leaves one empty last field.
			if (i === text.length) row.push('');
		} else if (text.startsWith('\r\n', i)) {
			rows.push(row);
			row = [];
			i += 2;
			continue;
		} else if (i < text.length)
			throw new Error(`expected a comma or CRLF at offset ${i}, found ${JSON.stringify(text[i])}`);
		if (i === text.length) rows.push(row);
	}
	return rows;
}
