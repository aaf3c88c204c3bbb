import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root, SUB_PATH, subPathDist } from '../support/dist';

/** Runs `npm run build` with extra environment; fails the run with the build's output. */
function build(label: string, env: Record<string, string> = {}) {
	const started = Date.now();
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	if (result.status !== 0) {
		throw new Error(`npm run build (${label}) failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
	}
	console.log(`${label} built for the tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Builds the site exactly as `npm run build` does, once per test run, so that the build and
 * browser tests check the real output; and again under a sub-path (`base`), as a project page
 * of a static host would serve it. `REUSE_DIST=1` skips builds that exist (for quick local
 * iterations only; CI always builds).
 */
export default function setup() {
	// The build and browser projects both name this setup; Vitest runs it once per project, in one
	// process, so the second call finds the builds of the first.
	if (process.env.TESTS_SITE_BUILT === '1') return;
	const reuse = process.env.REUSE_DIST === '1';
	if (!reuse || !existsSync(join(dist, 'index.html'))) build('site');
	if (!reuse || !existsSync(join(subPathDist, 'index.html')))
		build(`site under ${SUB_PATH}`, { SITE_BASE: SUB_PATH, SITE_OUT_DIR: subPathDist });
	process.env.TESTS_SITE_BUILT = '1';
}
