import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** Text types a static host compresses on the fly; Pagefind's own binary files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

export interface ServeOptions {
	/** Count the bytes sent for each path (after compression), for the benchmark. */
	onSent?: (path: string, bytes: number) => void;
	/** The sub-path the site is served under (`/kz-ru/`), as a project page of a static host does; `/` by default. */
	base?: string;
}

/**
 * Serves a built site on a free loopback port the way a static host does: directory index,
 * `404.html` for misses, gzip for text when the browser accepts it. Used by the browser tests
 * and the benchmark.
 */
export async function serve(
	dir: string,
	options: ServeOptions = {},
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
	const server = createServer((req, res) => {
		const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		const base = options.base ?? '/';
		// Outside the base there is nothing of this site: the host serves other projects there.
		if (!requested.startsWith(base)) {
			res.writeHead(404).end();
			return;
		}
		const path = `/${requested.slice(base.length)}`;
		let file = normalize(join(dir, path));
		if (!file.startsWith(dir)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: `${requested}/` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		const found = existsSync(file) && statSync(file).isFile();
		const target = found ? file : join(dir, '404.html');
		const type = TYPES[extname(target)] ?? 'application/octet-stream';
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		res.writeHead(found ? 200 : 404, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
		let sent = 0;
		const body = gzip ? createReadStream(target).pipe(createGzip()) : createReadStream(target);
		body.on('data', (chunk: Buffer) => (sent += chunk.length));
		body.on('end', () => options.onSent?.(path, sent));
		body.pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${(options.base ?? '/').replace(/\/$/, '')}`,
		server,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
