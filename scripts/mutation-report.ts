// Writes bench/MUTATION.md from Stryker's baseline (bench/mutation/stryker-incremental.json):
// a score per file against its group's target, and every surviving mutant with the reason it is
// equivalent (bench/mutation/equivalent-*.json) or marked as not yet explained.
//   tsx scripts/mutation-report.ts                  the report
//   tsx scripts/mutation-report.ts --check          and exit 1 when a file is below its target
//   tsx scripts/mutation-report.ts --merge A.json…  first merge partial runs into the baseline
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
  testFiles?: Record<string, unknown>;
  [key: string]: unknown;
}
interface Equivalent {
  file: string;
  line: number;
  mutator: string;
  replacement: string;
  reason: string;
}

const baseline = 'bench/mutation/stryker-incremental.json';
const modules = JSON.parse(readFileSync('bench/mutation/modules.json', 'utf8')) as Record<string, { target: number; why: string; files: string[] }>;
// One file per area (equivalent-*.json), so that people working on different modules do not edit one list.
const equivalents: Equivalent[] = readdirSync('bench/mutation')
  .filter((name) => /^equivalent.*\.json$/.test(name))
  .flatMap((name) => JSON.parse(readFileSync(`bench/mutation/${name}`, 'utf8')) as Equivalent[]);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report;

const args = process.argv.slice(2);
const mergeAt = args.indexOf('--merge');
if (mergeAt >= 0) {
  const parts = args.slice(mergeAt + 1).filter((a) => !a.startsWith('--'));
  const merged = parts.map(read).reduce((all, part) => ({
    ...all,
    ...part,
    files: { ...all.files, ...part.files },
    testFiles: { ...all.testFiles, ...part.testFiles },
  }));
  writeFileSync(baseline, JSON.stringify(merged));
}

const report = read(baseline);
// Stryker's own score: detected / (detected + undetected); compile and runtime errors count for neither.
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);
const explain = (file: string, m: Mutant) =>
  equivalents.find((e) => e.file === file && e.line === m.location.start.line && e.mutator === m.mutatorName && e.replacement === (m.replacement ?? ''));

const rows: string[] = [];
const survivors: string[] = [];
let failed = 0;
for (const [group, { target, why, files }] of Object.entries(modules)) {
  rows.push(`| **${group}** (${why}) | | | | | | target ${target} % |`);
  for (const file of files) {
    const mutants = report.files[file]?.mutants;
    if (!mutants) {
      rows.push(`| ${file} | – | – | – | – | – | not in the baseline: run npm run test:mutation |`);
      failed++;
      continue;
    }
    const killed = mutants.filter((m) => detected.has(m.status)).length;
    const missed = mutants.filter((m) => undetected.has(m.status));
    const unexplained = missed.filter((m) => !explain(file, m)).length;
    const raw = (100 * killed) / Math.max(1, killed + missed.length);
    // Equivalent mutants cannot be killed: the target is on the others, as Stryker's "ignored" would count them.
    const score = (100 * killed) / Math.max(1, killed + unexplained);
    const ok = score >= target;
    if (!ok) failed++;
    rows.push(
      `| ${file} | ${mutants.length} | ${killed} | ${missed.length} | ${unexplained} | ${raw.toFixed(1)} % | ${score.toFixed(1)} % ${ok ? '✓' : '✗'} |`,
    );
    for (const m of missed) {
      const reason = explain(file, m)?.reason ?? '**not explained yet**';
      survivors.push(
        `| ${file}:${m.location.start.line}:${m.location.start.column} | ${m.status} | ${m.mutatorName} \`${(m.replacement ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 60)}\` | ${reason} |`,
      );
    }
  }
}

const text = `# Mutation testing

\`npm run test:mutation\` runs Stryker over the pure-logic modules with the engine-free unit tests
(\`npm run test:unit\`), incrementally from the committed baseline \`bench/mutation/stryker-incremental.json\`, and
rewrites this file. Groups and targets: \`bench/mutation/modules.json\`; equivalent mutants and why:
\`bench/mutation/equivalent-*.json\`. Stryker's score = killed (or timed out) / (killed + survived + not covered);
the target applies to the score without the mutants listed as equivalent.

| file | mutants | killed | missed | unexplained | Stryker score | without equivalents |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

## Mutants that survive

| where | status | mutation | why it is equivalent |
| --- | --- | --- | --- |
${survivors.join('\n') || '| – | | | none |'}
`;
writeFileSync('bench/MUTATION.md', text);
process.stdout.write(`${rows.join('\n')}\n\nbench/MUTATION.md written; ${failed} file(s) below target\n`);
if (args.includes('--check') && failed > 0) process.exit(1);
