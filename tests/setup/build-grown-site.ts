import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareProject } from '../bench/scale/build';
import { root } from '../support/dist';
import { startBuild, stopBuild } from '../support/npm-build';

/** Sources in the grown corpus: the real five and 45 made by the scale benchmark's generator. */
export const GROWN_SOURCES = 50;

/** What the grown build leaves in its project when it ends: its exit status and its output. */
export const grownBuildStatus = (project: string) => join(project, 'build.status.json');

declare module 'vitest' {
	export interface ProvidedContext {
		/** The project folder of the grown corpus; its `dist/` is complete once its status file exists. */
		grownProject: string;
	}
}

/** Whether a grown build in `project` has ended well. */
function builtWell(project: string): boolean {
	const status = grownBuildStatus(project);
	return existsSync(status) && (JSON.parse(readFileSync(status, 'utf8')) as { status: number | null }).status === 0;
}

/**
 * Starts the build of a grown corpus (the search tests at scale need one) and returns at once:
 * the build runs beside the other tests, which leave a core idle much of the time, and the test
 * file that needs it waits for its status file. `REUSE_DIST=1` (quick local iterations) keeps it
 * in `<tmpdir>/kzru-grown-site/` and reuses it once it has been built well.
 */
export default function setup(project: TestProject) {
	const reuse = process.env.REUSE_DIST === '1';
	// Not under node_modules/: Node strips the types of no file there, and the build runs one.
	const dir = reuse ? join(tmpdir(), 'kzru-grown-site') : mkdtempSync(join(tmpdir(), 'kzru-grown-'));
	project.provide('grownProject', dir);
	if (reuse && builtWell(dir)) return;
	prepareProject(root, dir, GROWN_SOURCES);
	// Without another build's base or output folder: this one writes its own `dist/`.
	const env: NodeJS.ProcessEnv = { ...process.env };
	delete env.SITE_BASE;
	delete env.SITE_OUT_DIR;
	delete env.SITE_CACHE_DIR;
	// Niced, so that the builds and tests every other file waits on come first.
	const { child, ended } = startBuild(dir, env, { nice: true });
	// A run of a few test files can end before the build does; the build stopped then has no status to leave.
	let stopped = false;
	const leaveStatus = (status: unknown) => stopped || writeFileSync(grownBuildStatus(dir), JSON.stringify(status));
	void ended.then(leaveStatus, (error: Error) => leaveStatus({ status: null, output: error.message }));
	return () => {
		stopped = true;
		stopBuild(child);
		if (!reuse) rmSync(dir, { recursive: true, force: true });
	};
}
