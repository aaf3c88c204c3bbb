/**
 * The search index, built as its own step after `astro build` has exited (`npm run build` runs
 * both), so that Pagefind's indexer never shares a process, and its memory, with Astro's. Reads
 * what the `search-index` integration left (the records, the pages to index) and writes
 * `<dist>/pagefind/`. Self-contained (Node, Pagefind, Zopfli and esbuild only) so that Node runs it as it is.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';

type CustomRecord = Parameters<pagefind.PagefindIndex['addCustomRecord']>[0];

/**
 * What the integration hands over: the site's folder, its pages to index, the sources' text
 * records and their summary records.
 */
export interface SearchIndexInput {
	site: string;
	pages: string[];
	records: CustomRecord[];
	summaries: CustomRecord[];
}

const project = fileURLToPath(new URL('../..', import.meta.url));

/** Where the hand-over of a build into `site` is kept: one file per output folder. */
export const handOverFile = (site: string) =>
	join(
		project,
		'node_modules',
		'.cache',
		'search-index',
		`${createHash('sha1').update(resolve(site)).digest('hex').slice(0, 12)}.json`,
	);

export function writeHandOver(input: SearchIndexInput): void {
	const file = handOverFile(input.site);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, JSON.stringify(input));
}

/**
 * Fragment files per language and bundle at most: past this Pagefind bundles fragments into
 * shared files, so that a large corpus does not put tens of thousands of files in one folder.
 * The sources' bundle, which every first query reads, keeps one fragment per source up to 2500
 * sources, so that a candidate costs its own fragment rather than a group's (measured at N = 2000
 * with 1000: groups of two, about 9 KB each, where one source's is 4–5 KB).
 */
const MAX_FRAGMENTS = { sources: 2500, pages: 1000 };

/** Pagefind's WebAssembly without a language's stemmer (`wasm.unknown.pagefind`). */
const NEUTRAL_WASM = 'unknown';
/** A WebAssembly file of Pagefind's, one per language it indexed (`wasm.<language>.pagefind`). */
const WASM_FILE = /^wasm\..+\.pagefind$/;

/** Where the essays, methodology and timeline are indexed, inside the sources' bundle folder. */
export const PAGES_BUNDLE = 'pages';

/**
 * What of a bundle the browser uses once another bundle's `pagefind.js` and WebAssembly run it
 * (`mergeIndex`): its entry, metadata, index, fragments and filters. The rest Pagefind writes to
 * every bundle is removed.
 */
const MERGED_BUNDLE_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

/**
 * What the sources' bundle holds besides what a merged bundle does: Pagefind's runtime, run in
 * the page (no worker: `src/scripts/search/pagefind.ts`) by the site's own interface, and the
 * pages' bundle. Pagefind's interfaces, worker and highlighter, which it writes to every bundle,
 * are removed.
 */
const keptInSourcesBundle = (name: string) =>
	name === 'pagefind.js' || WASM_FILE.test(name) || name === PAGES_BUNDLE || MERGED_BUNDLE_FILES.test(name);

/** Removes from `folder` every file and folder that `keep` does not name. */
function removeAllBut(folder: string, keep: (name: string) => boolean): void {
	for (const name of readdirSync(folder)) if (!keep(name)) rmSync(join(folder, name), { recursive: true });
}

/**
 * Indexes the hand-over of the build into `site`; returns what was indexed. Two bundles: the
 * sources' text records in `pagefind/`, which every search loads, and in `pagefind/pages/` the
 * HTML pages (essays, methodology, timeline: most of the indexed words) with the sources'
 * summary records, which a search loads only when the texts give nothing or the reader asks for
 * more (`src/lib/search/engine.ts`).
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; records: number; ms: number }> {
	const started = Date.now();
	const file = handOverFile(site);
	const input = JSON.parse(readFileSync(file, 'utf8')) as SearchIndexInput;
	const bundle = join(site, 'pagefind');
	const fail = (step: string, errs: string[]) => {
		if (errs.length) throw new Error(`Pagefind ${step} failed: ${errs.join('; ')}`);
	};
	const write = async (
		outputPath: string,
		maxFragments: number,
		add: (index: pagefind.PagefindIndex) => Promise<void>,
	) => {
		const { index, errors } = await pagefind.createIndex({ maxFragments });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		await add(index);
		fail('writing', (await index.writeFiles({ outputPath })).errors);
	};
	// The engine stems every probe itself (Snowball, Russian or English by script) and Pagefind
	// extends a probe as a prefix of the indexed stems, so a language's WebAssembly, whose only
	// difference is its query-time stemmer, adds nothing: the language-neutral one is 2.6 KB
	// smaller, and one runtime serves both languages of an English page.
	const languageNeutral = (outputPath: string) => {
		const entryFile = join(outputPath, 'pagefind-entry.json');
		const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { wasm?: string }> };
		for (const language of Object.values(entry.languages)) language.wasm = NEUTRAL_WASM;
		writeFileSync(entryFile, JSON.stringify(entry));
		for (const name of readdirSync(outputPath))
			if (WASM_FILE.test(name) && name !== `wasm.${NEUTRAL_WASM}.pagefind`) rmSync(join(outputPath, name));
	};
	// What every first query loads whatever it asks, the WebAssembly and each language's
	// `pf_meta`, gzipped again with Zopfli: the same bytes once inflated, 2.5 KB less of the 55.4
	// KB WebAssembly, in about a second. Fragments and index chunks are too many for it (0.15 s a
	// fragment: minutes at N = 2000).
	const recompress = async (outputPath: string) => {
		for (const name of readdirSync(outputPath))
			if (WASM_FILE.test(name) || /^pagefind\..+\.pf_meta$/.test(name)) {
				const file = join(outputPath, name);
				const original = readFileSync(file);
				const smaller = await gzipAsync(gunzipSync(original), { numiterations: 5 });
				if (smaller.length < original.length) writeFileSync(file, smaller);
			}
	};
	// Pagefind's runtime, which every first query loads, as Pagefind writes it: readable names
	// and whitespace, 1.8 KB more once gzipped than minified. esbuild keeps its exports.
	const minifyRuntime = async (outputPath: string) => {
		const file = join(outputPath, 'pagefind.js');
		const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, format: 'esm' });
		writeFileSync(file, code);
	};
	try {
		await write(bundle, MAX_FRAGMENTS.sources, async (index) => {
			for (const record of input.records) fail(`record ${record.url}`, (await index.addCustomRecord(record)).errors);
		});
		languageNeutral(bundle);
		await recompress(bundle);
		await minifyRuntime(bundle);
		removeAllBut(bundle, keptInSourcesBundle);
		const pages = join(bundle, PAGES_BUNDLE);
		await write(pages, MAX_FRAGMENTS.pages, async (index) => {
			for (const path of input.pages)
				fail(
					`indexing ${path}`,
					(await index.addHTMLFile({ sourcePath: path, content: readFileSync(join(site, path), 'utf8') })).errors,
				);
			for (const record of input.summaries)
				fail(`summary record ${record.url}`, (await index.addCustomRecord(record)).errors);
		});
		removeAllBut(pages, (name) => MERGED_BUNDLE_FILES.test(name));
	} finally {
		await pagefind.close();
	}
	rmSync(file);
	return {
		pages: input.pages.length,
		records: input.records.length + input.summaries.length,
		ms: Date.now() - started,
	};
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const site = resolve(project, process.env.SITE_OUT_DIR ?? 'dist');
	const { pages, records, ms } = await buildSearchIndex(site);
	console.log(`Pagefind: ${pages} pages and ${records} records indexed in ${ms} ms.`);
}
