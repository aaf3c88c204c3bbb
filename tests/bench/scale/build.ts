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
import { copiedSources, materialFrom, syntheticSources, type GeneratedFile } from './corpus.ts';

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
	/**
	 * Highest resident memory of the search-index step alone (Pagefind and the script that feeds
	 * it, after Astro has exited): tells which of the two steps sets the peak.
	 */
	peakIndexRssBytes: number;
	/**
	 * CPU time (user + system) the build's process tree used, as last polled: unlike wall time,
	 * it barely changes with the load of a shared machine.
	 */
	cpuMs: number;
	distBytes: number;
	pagefindBytes: number;
	/** The heaviest HTML page (an index listing every claim grows with the corpus). */
	largestPage: { path: string; bytes: number };
	/** The heaviest HTML page of each type, by `pageType` (both editions). */
	largestByType: Record<string, { path: string; bytes: number }>;
	/** Every file in dist/. */
	files: number;
	/** The folder of dist/ with the most entries (static hosts limit entries per folder). */
	fullestFolder: { path: string; entries: number };
}

/**
 * How the corpus grows: `synthetic` sources recombined from the real sentences (the default), or
 * `copies` of the real sources under new ids (the independent check's way).
 */
export type CorpusShape = 'synthetic' | 'copies';

/** The type of a built page, from its path: `en/` dropped, each id and page number a `*`. */
export function pageType(path: string): string {
	const parts = path
		.replace(/^en\//, '')
		.replace(/index\.html$/, '')
		.split('/')
		.filter(Boolean);
	return parts.map((part, i) => (i === 0 || part === 'page' ? part : '*')).join('/') || '(home)';
}

const readFolder = (root: string, folder: string): GeneratedFile[] =>
	readdirSync(join(root, 'content', folder))
		.sort()
		.map((name) => ({
			path: `content/${folder}/${name}`,
			text: readFileSync(join(root, 'content', folder, name), 'utf8'),
		}));

/** Claims in source files, real (YAML) or synthetic (JSON). */
const claimsIn = (text: string) => (text.match(/^ {2}- id: |"id":"[^"]+-c\d+"/gm) ?? []).length;

/** The sources beyond the five real ones for a corpus of `sources`, grown in `shape`'s way. */
function grownSources(root: string, sources: number, shape: CorpusShape): GeneratedFile[] {
	const real = readFolder(root, 'sources');
	const extra = Math.max(0, sources - real.length);
	if (shape === 'copies') return copiedSources(real, extra);
	const material = materialFrom(
		real.map((f) => f.text),
		readFolder(root, 'themes').map((f) => f.text),
	);
	return syntheticSources(material, extra);
}

/** Sources (N = 5 is the real corpus alone) for a project at `dir`, copied from `root`. */
export function prepareProject(
	root: string,
	dir: string,
	sources: number,
	shape: CorpusShape = 'synthetic',
): { claims: number } {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
	cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
	symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
	const generated = grownSources(root, sources, shape);
	for (const file of generated) writeFileSync(join(dir, file.path), file.text);
	const all = [...readFolder(root, 'sources'), ...generated];
	return { claims: all.reduce((n, f) => n + claimsIn(f.text), 0) };
}

/** The real source whose first claim the `edit-claim` change corrects. */
export const EDITED_SOURCE = 'content/sources/oqu-nur-sultan-moscow.mdx';

/**
 * An editor's correction of a source's first claim, as the corrections rules ask for it: its
 * English summary rewritten and a revision dated `today` saying so (the build refuses a change
 * to published text that no revision explains).
 */
export function correctFirstClaim(text: string, today: string): string {
	const claims = text.indexOf('\nclaims:\n');
	const claim = /^ {2}- id: [a-z0-9-]+\n/m.exec(text.slice(claims));
	if (claims < 0 || !claim) throw new Error('no claim to correct');
	const start = claims + claim.index + claim[0].length;
	const summary = text.indexOf('\n      en: "', text.indexOf('\n    summary:\n', start));
	if (summary < 0) throw new Error(`no English summary in the claim at ${claim[0].trim()}`);
	const quoteEnd = summary + '\n      en: "'.length;
	const revision =
		`    revisions:\n      - { date: "${today}", fields: [summary], note: ` +
		'{ ru: "Пересказ уточнён (правка бенчмарка).", en: "Summary clarified (a benchmark edit)." } }\n';
	return text.slice(0, start) + revision + text.slice(start, quoteEnd) + 'Edited: ' + text.slice(quoteEnd);
}

/**
 * An editor's change between two builds: `add-source` writes the next source the corpus would
 * grow by (N + 1); `edit-claim` corrects one claim of a real source (`correctFirstClaim`).
 * Returns the corpus's claim count after the change.
 */
export function changeProject(
	root: string,
	dir: string,
	sources: number,
	shape: CorpusShape,
	change: 'add-source' | 'edit-claim',
	claims: number,
): number {
	if (change === 'add-source') {
		const next = grownSources(root, sources + 1, shape).at(-1)!;
		writeFileSync(join(dir, next.path), next.text);
		return claims + claimsIn(next.text);
	}
	const file = join(dir, EDITED_SOURCE);
	writeFileSync(file, correctFirstClaim(readFileSync(file, 'utf8'), new Date().toISOString().slice(0, 10)));
	return claims;
}

/** The search-index step of `npm run build` (its command line names this script). */
const INDEX_STEP = 'search-index-run.ts';

/**
 * Whether a process, by its command line (`/proc/<pid>/cmdline`: arguments joined by NUL), is
 * the search-index step: the script is an argument of its own. The shell that runs `astro build
 * && node … search-index-run.ts` has it inside one argument with the rest, and Astro's process
 * under that shell must not count as the step.
 */
export const isIndexStepCommand = (cmdline: string): boolean =>
	cmdline.split('\0').some((arg) => !/\s/.test(arg) && arg.endsWith(INDEX_STEP));

/**
 * Resident memory of `pid` and all its descendants, and the CPU time they have used (user and
 * system, with that of their ended and waited-for children), from /proc; and the resident memory
 * of the search-index step's processes among them.
 */
function treeUsage(pid: number): { rss: number; cpuMs: number; indexRss: number } {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	const cpu = new Map<number, number>();
	const ticks = 10; // ms per clock tick (USER_HZ = 100 on Linux)
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// Fields after the parenthesised command name: state, ppid, … ; rss is field 24.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const ppid = Number(fields[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
			rss.set(Number(entry), Number(fields[21]) * 4096);
			// utime, stime, cutime, cstime: fields 14–17.
			cpu.set(Number(entry), fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) * ticks);
		} catch {
			// The process ended between the listing and the read.
		}
	}
	const isIndexStep = (p: number) => {
		try {
			return isIndexStepCommand(readFileSync(`/proc/${p}/cmdline`, 'utf8'));
		} catch {
			return false;
		}
	};
	const total = { rss: 0, cpuMs: 0, indexRss: 0 };
	const stack: { p: number; inIndex: boolean }[] = [{ p: pid, inIndex: false }];
	while (stack.length) {
		const { p, inIndex } = stack.pop()!;
		const index = inIndex || isIndexStep(p);
		total.rss += rss.get(p) ?? 0;
		total.cpuMs += cpu.get(p) ?? 0;
		if (index) total.indexRss += rss.get(p) ?? 0;
		stack.push(...(children.get(p) ?? []).map((child) => ({ p: child, inIndex: index })));
	}
	return total;
}

/** Total size of the files under `path`. */
export function sizeOf(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.size;
	return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** How many files dist/ holds, and its folder with the most entries. */
function census(dir: string): { files: number; fullestFolder: { path: string; entries: number } } {
	let files = 0;
	let fullestFolder = { path: '.', entries: 0 };
	const walk = (path: string) => {
		const entries = readdirSync(join(dir, path), { withFileTypes: true });
		if (entries.length > fullestFolder.entries) fullestFolder = { path, entries: entries.length };
		for (const entry of entries)
			if (entry.isDirectory()) walk(join(path, entry.name));
			else files++;
	};
	walk('.');
	return { files, fullestFolder };
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
		let peakIndexRssBytes = 0;
		let cpuMs = 0;
		const poll = setInterval(() => {
			const usage = treeUsage(child.pid!);
			peakRssBytes = Math.max(peakRssBytes, usage.rss);
			peakIndexRssBytes = Math.max(peakIndexRssBytes, usage.indexRss);
			cpuMs = Math.max(cpuMs, usage.cpuMs);
		}, 250);
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
				peakIndexRssBytes,
				cpuMs,
				distBytes: sizeOf(dist),
				pagefindBytes: sizeOf(join(dist, 'pagefind')),
				largestPage: pages.reduce((a, b) => (b.bytes > a.bytes ? b : a)),
				largestByType: pages.reduce<BuildFigures['largestByType']>((types, page) => {
					const type = pageType(page.path);
					if (!(page.bytes <= (types[type]?.bytes ?? 0))) types[type] = page;
					return types;
				}, {}),
				...census(dist),
			});
		});
	});
}
