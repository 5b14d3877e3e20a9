// The newer influxd binaries are built from the Go module proxy by scripts/build-influxdb.sh into
// .cache/influxdb/bin/ (minutes from empty caches, a version check when already built).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type InfluxdVersion = '1.13.2' | '2.8.0';

const PROJECT_DIR = fileURLToPath(new URL('../..', import.meta.url));
const BUILD_SCRIPT = `${PROJECT_DIR}scripts/build-influxdb.sh`;

export function influxdPath(version: InfluxdVersion): string {
  return `${PROJECT_DIR}.cache/influxdb/bin/influxd-${version}`;
}

const builds = new Map<InfluxdVersion, Promise<string>>();

/** The path of a built influxd of that version, building it first when missing (the script locks against other processes). */
export function ensureInfluxd(version: InfluxdVersion): Promise<string> {
  let build = builds.get(version);
  if (!build) {
    build = runBuildScript(version).then(() => influxdPath(version));
    builds.set(version, build);
  }
  return build;
}

// The script's own lines (what it builds, how long it took) go to our stderr; Go's and cargo's
// output is kept for the error message only.
function runBuildScript(version: InfluxdVersion): Promise<void> {
  const child = spawn('bash', [BUILD_SCRIPT, version], { stdio: ['ignore', 2, 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-16_384);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${BUILD_SCRIPT} ${version} failed (code ${code}, signal ${signal}):\n${output.split('\n').slice(-40).join('\n')}`));
    });
  });
}
