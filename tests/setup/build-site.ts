import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root, SUB_PATH, subPathDist } from '../support/dist';
import { startBuild } from '../support/npm-build';

/** Runs `npm run build` with extra environment; rejects with the build's output if it fails. */
async function build(label: string, env: Record<string, string> = {}): Promise<void> {
	const started = Date.now();
	const { status, output } = await startBuild(root, { ...process.env, ...env }).ended;
	if (status !== 0) throw new Error(`npm run build (${label}) failed (exit ${status}):\n${output}`);
	console.log(`${label} built for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Builds the site exactly as `npm run build` does, once per test run, so that the build and
 * browser tests check the real output; and under a sub-path (`base`), as a project page of a
 * static host would serve it. The two builds run at once: each is mostly one thread, and the
 * machine has two cores; the second keeps Astro's caches apart (`SITE_CACHE_DIR`).
 * `REUSE_DIST=1` skips builds that exist (for quick local iterations only; CI always builds).
 */
export default async function setup() {
	// The build and browser projects both name this setup; Vitest runs it once per project, in one
	// process, so the second call finds the builds of the first.
	if (process.env.TESTS_SITE_BUILT === '1') return;
	const reuse = process.env.REUSE_DIST === '1';
	const builds: Promise<void>[] = [];
	if (!reuse || !existsSync(join(dist, 'index.html'))) builds.push(build('site'));
	if (!reuse || !existsSync(join(subPathDist, 'index.html')))
		builds.push(
			build(`site under ${SUB_PATH}`, {
				SITE_BASE: SUB_PATH,
				SITE_OUT_DIR: subPathDist,
				SITE_CACHE_DIR: `${subPathDist}-cache/`,
			}),
		);
	await Promise.all(builds);
	process.env.TESTS_SITE_BUILT = '1';
}
