/** A Response carrying JSON, pretty-printed with tabs so the files are readable as they are. */
export function jsonResponse(value: unknown, contentType = 'application/json'): Response {
	return new Response(`${JSON.stringify(value, null, '\t')}\n`, {
		headers: { 'Content-Type': `${contentType}; charset=utf-8` },
	});
}

/** A Response carrying RFC 4180 CSV with a header row (RFC 4180 §3 `header=present`). */
export function csvResponse(csv: string): Response {
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
}
