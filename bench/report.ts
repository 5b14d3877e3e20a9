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

const fmt = (n: number | undefined, digits = 1) => (n === undefined ? '' : n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(digits));

export function table(rows: Row[]): string {
  const head = '| measurement | gateway | p50 / p99 ms | peak RSS MB | reference | ref p50 / p99 ms | ratio | target | met |';
  const sep = '|---|---|---|---|---|---|---|---|---|';
  const lines = rows.map((r) =>
    [
      r.name,
      `${fmt(r.gateway.value)} ${r.unit}`,
      r.gateway.p50 === undefined ? '' : `${fmt(r.gateway.p50)} / ${fmt(r.gateway.p99)}`,
      fmt(r.gateway.rssMb, 0),
      r.reference ? `${fmt(r.reference.value)} ${r.unit} (${r.reference.label})` : '',
      r.reference?.p50 === undefined ? '' : `${fmt(r.reference.p50)} / ${fmt(r.reference.p99)}`,
      r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`,
      r.target,
      r.met === null ? '' : r.met ? 'yes' : '**no**',
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
