import { cpus, totalmem } from 'node:os';

export interface Row {
  name: string;
  unit: string;
  gateway: { value: number; p50?: number; p99?: number; rssMb?: number };
  reference: { label: string; value: number; p50?: number; p99?: number } | null;
  /** gateway / reference for throughputs; reference / gateway for times, so > 1 is always "gateway faster". */
  ratio: number | null;
  target: string;
  met: boolean | null;
  note?: string;
}

const fmt = (n: number | undefined, digits = 1) =>
  n === undefined ? '' : Number.isNaN(n) ? '—' : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits);

export function table(rows: Row[]): string {
  const head = '| measurement | gateway | p50 / p99 ms | peak RSS MB | reference | ref p50 / p99 ms | ratio | target | met | note |';
  const sep = '|---|---|---|---|---|---|---|---|---|---|';
  const lines = rows.map((r) =>
    [
      r.name,
      Number.isNaN(r.gateway.value) ? 'not measured' : `${fmt(r.gateway.value)} ${r.unit}`,
      r.gateway.p50 === undefined ? '' : `${fmt(r.gateway.p50)} / ${fmt(r.gateway.p99)}`,
      fmt(r.gateway.rssMb, 0),
      r.reference ? `${fmt(r.reference.value)} ${r.unit} (${r.reference.label})` : '',
      r.reference?.p50 === undefined ? '' : `${fmt(r.reference.p50)} / ${fmt(r.reference.p99)}`,
      r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`,
      r.target,
      r.met === null ? '' : r.met ? 'yes' : '**no**',
      r.note ?? '',
    ].join(' | '),
  );
  return [head, sep, ...lines.map((l) => `| ${l} |`)].join('\n');
}

export function machine(versions: Record<string, string>): string {
  const cpu = cpus();
  return [
    `- CPU: ${cpu.length} x ${cpu[0]?.model ?? 'unknown'}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js: ${process.version}`,
    ...Object.entries(versions).map(([k, v]) => `- ${k}: ${v}`),
  ].join('\n');
}

export const howToRead =
  'Each pair ran under the same load, interleaved (the order rotates per repetition). "ratio" is always > 1 when the ' +
  'gateway (or pipeline) is faster: gateway / direct for throughputs, reference / ours for times. The gateway, the ' +
  'backends and the load generator share the machine, so every CPU cycle the gateway spends is one the backend does ' +
  'not get: on few cores the ratios are a lower bound of what a separate gateway host would give. "peak RSS" is the ' +
  'gateway process during the gateway runs of that pair.';

/** Which targets are met and which are missed, in a list. */
export function standing(rows: Row[]): string {
  const judged = rows.filter((r) => r.met !== null);
  const missed = judged.filter((r) => !r.met);
  const line = (r: Row) =>
    `- ${r.name}: ${r.ratio === null ? `${fmt(r.gateway.value)} ${r.unit}` : `${r.ratio.toFixed(2)}x`} against ${r.target}${r.note ? ` (${r.note})` : ''}`;
  return [
    `${judged.length - missed.length} of ${judged.length} targets met.`,
    ...(missed.length ? ['', 'Missed:', ...missed.map(line)] : []),
    ...(judged.length > missed.length ? ['', 'Met:', ...judged.filter((r) => r.met).map(line)] : []),
  ].join('\n');
}
