import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './helpers.js';

// Debian's Chromium, installed by scripts/setup.sh; flags keep it off the (closed) network.
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe('Swagger UI in a real browser', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    app = await buildTestApp();
    url = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
  });
  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await browser?.close();
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- undefined when beforeAll failed
    await app?.close();
  });

  it('shows the API title and the es, influx and mix sections at /', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    await page.waitForSelector('.swagger-ui .info .title', { timeout: 20_000 });
    expect(await page.textContent('.swagger-ui .info .title')).toContain('HostMonitor API');
    const sections = await page.$$eval('.opblock-tag-section h3 .nostyle span, .opblock-tag', (els) => els.map((e) => e.textContent.trim()));
    for (const tag of ['es', 'influx', 'mix']) expect(sections.some((s) => s.startsWith(tag))).toBe(true);
    await page.close();
  });

  it('renders every operation of the OpenAPI 3.1 document, without a parse error', async () => {
    const doc = (await app.inject('/openapi.json')).json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths).reduce((count, methods) => count + Object.keys(methods).length, 0);
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    await page.waitForSelector('.swagger-ui .opblock', { timeout: 20_000 });
    expect(await page.$$eval('.swagger-ui .opblock', (els) => els.length)).toBe(operations);
    expect(await page.$('.swagger-ui .errors-wrapper')).toBeNull();
    await page.close();
  });
});
