/**
 * Builds a corpus of N sources with the real pipeline and measures the build: a copy of the
 * project (src/, public/, config, package.json; node_modules linked) in a temporary folder, the
 * real content plus N − 5 synthetic sources, `npm run build` in it, peak memory of the whole
 * process tree polled from /proc, and the sizes of the output.
 */
import { spawn } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	realpathSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { materialFrom, syntheticSources } from './corpus.ts';

/** The files of the project a build needs; content/ is written separately. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Figures of one build. Times in ms, sizes in bytes. */
export interface BuildFigures {
	sources: number;
	claims: number;
	/** HTML pages written. */
	pages: number;
	/** Social-card PNGs written. */
	cards: number;
	/** Wall time of `npm run build`, Pagefind included. */
	totalMs: number;
	/** Pagefind's indexing step (the search-index integration's own timing). */
	pagefindMs: number;
	/** Astro's part: the whole build minus Pagefind. */
	astroMs: number;
	/** Sum of Astro's per-file times for the social cards (satori + sharp, as the endpoints wait for them). */
	cardsMs: number;
	/** Highest resident memory of the build's process tree at any poll. */
	peakRssBytes: number;
	distBytes: number;
	pagefindBytes: number;
	/** The heaviest HTML page (an index listing every claim grows with the corpus). */
	largestPage: { path: string; bytes: number };
}

/** Sources (N = 5 is the real corpus alone) for a project at `dir`, copied from `root`. */
export function prepareProject(root: string, dir: string, sources: number): { claims: number } {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
	symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
	const read = (folder: string) =>
		readdirSync(join(root, 'content', folder))
			.sort()
			.map((name) => readFileSync(join(root, 'content', folder, name), 'utf8'));
	const realSources = read('sources');
	const material = materialFrom(realSources, read('themes'));
	const generated = syntheticSources(material, Math.max(0, sources - realSources.length));
	for (const file of generated) writeFileSync(join(dir, file.path), file.text);
	const claimsIn = (text: string) => (text.match(/^ {2}- id: |"id":"[^"]+-c\d+"/gm) ?? []).length;
	return { claims: [...realSources, ...generated.map((f) => f.text)].reduce((n, t) => n + claimsIn(t), 0) };
}

/** Resident memory of `pid` and all its descendants, from /proc. */
function treeRss(pid: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// Fields after the parenthesised command name: state, ppid, … ; rss is field 24.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
			rss.set(Number(entry), Number(fields[21]) * 4096);
		} catch {
			// The process ended between the listing and the read.
		}
	}
	let total = 0;
	const stack = [pid];
	while (stack.length) {
		const p = stack.pop()!;
		total += rss.get(p) ?? 0;
		stack.push(...(children.get(p) ?? []));
	}
	return total;
}

/** Total size of the files under `path`. */
export function sizeOf(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Files under `dir` whose name matches `pattern`, with their sizes, by path relative to `dir`. */
function filesUnder(dir: string, pattern: RegExp, prefix = ''): { path: string; bytes: number }[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
		const path = join(prefix, entry.name);
		if (entry.isDirectory()) return filesUnder(dir, pattern, path);
		return pattern.test(entry.name) ? [{ path, bytes: statSync(join(dir, path)).size }] : [];
	});
}

/** Runs `npm run build` in `dir`; resolves with its figures, rejects with its log on failure. */
export function buildProject(dir: string, counts: { sources: number; claims: number }): Promise<BuildFigures> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (chunk: Buffer) => (log += chunk));
		child.stderr.on('data', (chunk: Buffer) => (log += chunk));
		let peakRssBytes = 0;
		const poll = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid!))), 250);
		child.on('close', (code) => {
			clearInterval(poll);
			const totalMs = performance.now() - started;
			writeFileSync(join(dir, 'build.log'), log);
			if (code !== 0) return reject(new Error(`build of ${dir} failed (exit ${code}):\n${log.slice(-4000)}`));
			const pagefind = /Pagefind: .* indexed in (\d+) ms/.exec(log);
			if (!pagefind) return reject(new Error(`no Pagefind timing in the build log of ${dir}`));
			const pagefindMs = Number(pagefind[1]);
			// Astro logs each file it writes with the time it took: `/og/sources/x.png (+1.62s)` or `(+320ms)`.
			const cardsMs = [...log.matchAll(/\/og\/\S*\.png \(\+([\d.]+)(m?s)\)/g)].reduce(
				(sum, m) => sum + Number(m[1]) * (m[2] === 's' ? 1000 : 1),
				0,
			);
			const dist = join(dir, 'dist');
			const pages = filesUnder(dist, /\.html$/);
			resolve({
				...counts,
				pages: pages.length,
				cards: filesUnder(join(dist, 'og'), /\.png$/).length,
				totalMs,
				pagefindMs,
				astroMs: totalMs - pagefindMs,
				cardsMs,
				peakRssBytes,
				distBytes: sizeOf(dist),
				pagefindBytes: sizeOf(join(dist, 'pagefind')),
				largestPage: pages.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
			});
		});
	});
}
