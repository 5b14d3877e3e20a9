import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { z } from 'zod';
import { backends, bodyOf } from '../helpers.js';

/** A statement sent straight to the test InfluxDB, bypassing the gateway, to check what really happened. */
export async function influxDirect(q: string, db?: string, extra: Record<string, string> = {}) {
  const form = new URLSearchParams({ q, ...(db ? { db } : {}), ...extra });
  const res = await fetch(`${backends().influx}/query`, { method: 'POST', body: form });
  const body = (await res.json()) as {
    error?: string;
    results?: { error?: string; series?: { name?: string; tags?: Record<string, string>; columns: string[]; values?: unknown[][] }[] }[];
  };
  if (body.error || body.results?.some((r) => r.error)) throw new Error(`direct query ${q}: ${body.error ?? body.results?.find((r) => r.error)?.error}`);
  return body.results ?? [];
}

/** InfluxDB's raw JSON text, for numbers beyond 2^53 (nanosecond times, int64 fields). */
export async function directText(q: string, db: string, extra: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${backends().influx}/query`, { method: 'POST', body: new URLSearchParams({ q, db, ...extra }) });
  return res.text();
}

/** The first column of every series of the first statement: names from SHOW statements. */
export async function directNames(q: string, db?: string): Promise<string[]> {
  const [result] = await influxDirect(q, db);
  return (result?.series ?? []).flatMap((s) => (s.values ?? []).map((row) => String(row[0])));
}

/** Rows of a SELECT as objects, straight from InfluxDB. */
export async function directRows(q: string, db: string, extra: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const [result] = await influxDirect(q, db, extra);
  return (result?.series ?? []).flatMap((s) => (s.values ?? []).map((row) => ({ ...s.tags, ...Object.fromEntries(s.columns.map((c, i) => [c, row[i]])) })));
}

/** The version the InfluxDB behind influx/default gives in /ping (1.6.7, or 1.13.2 in the integration-influx113 project). */
export async function serverVersion(): Promise<string> {
  return (await fetch(`${backends().influx}/ping`)).headers.get('x-influxdb-version') ?? '';
}

export async function writeDirect(db: string, lines: string, precision = 'ns', rp?: string): Promise<void> {
  const qs = new URLSearchParams({ db, precision, ...(rp ? { rp } : {}) });
  const res = await fetch(`${backends().influx}/write?${qs}`, { method: 'POST', body: lines });
  if (res.status !== 204) throw new Error(`direct write: ${res.status} ${await res.text()}`);
}

/** The data of a successful response, checked against the route's documented schema (extra keys fail too). */
export function dataOf<T>(res: LightMyRequestResponse, schema: z.ZodType<T>, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  const { data } = bodyOf<T>(res);
  expect(schema.parse(data)).toEqual(data);
  return data;
}

/** The message of a failed response with the given status and result code. */
export function failureOf(res: LightMyRequestResponse, status: number, resultcode?: number): string {
  expect(res.statusCode, res.body).toBe(status);
  const body = bodyOf(res);
  expect(body.result).toBe(false);
  if (resultcode !== undefined) expect(body.resultcode).toBe(resultcode);
  return body.message;
}

export const path = (...segments: string[]) => segments.map(encodeURIComponent).join('/');

export function call(app: FastifyInstance, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, contentType?: string) {
  if (payload === undefined) return app.inject({ method, url });
  if (typeof payload === 'string') return app.inject({ method, url, payload, headers: { 'content-type': contentType ?? 'text/plain' } });
  return app.inject({ method, url, payload: payload as object });
}
