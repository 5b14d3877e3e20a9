import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMixQuery } from '../../src/parser/pipeline.js';
import { pipelineToText } from '../../src/parser/pipeline-print.js';
import { isAppError } from '../../src/libs/errors.js';
import { pipelineBodyOf, pipelineFromText } from '../../src/parser/pipeline-text.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's lines under a heading, up to the next heading of its level or above outside a fenced block. */
function section(heading: string): string {
  const lines = readme.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README.md: no section "${heading}"`);
  const level = heading.split(' ')[0]!.length;
  let inFence = false;
  const end = lines.findIndex((line, i) => {
    if (line.startsWith('```')) inFence = !inFence;
    return i > start && !inFence && new RegExp(`^#{1,${level}} `).test(line);
  });
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

const fenced = (text: string, lang: string) => [...text.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\``, 'g'))].map((m) => m[1]!);

/** What each curl of "The pipeline as text" sends: a text body (--data-binary '…' or a heredoc) or a JSON body (-d '…'). */
function curlBodies(): [string, unknown][] {
  const [examples] = fenced(section('#### The pipeline as text').split('Five examples')[1]!, 'sh');
  return examples!
    .split(/\n(?=# \d+\. )/)
    .slice(1)
    .map((example) => {
      const title = example.split('\n')[0]!;
      const heredoc = /<<'EOF'\n([\s\S]*?)\nEOF/.exec(example);
      const binary = /--data-binary '([^']*)'/.exec(example);
      const json = / -d '([^']*)'/.exec(example);
      if (heredoc) return [title, heredoc[1]!];
      if (binary) return [title, binary[1]!];
      if (json) return [title, JSON.parse(json[1]!) as unknown];
      throw new Error(`README.md: no body in the example "${title}"`);
    });
}

describe("README.md's pipelines compile and validate", () => {
  const curls = curlBodies();

  it('has the five text examples', () => {
    expect(curls.map(([title]) => title.split('.')[0])).toEqual(['# 1', '# 2', '# 3', '# 4', '# 5']);
  });

  it.each(curls)('%s', (_, body) => {
    // As the route takes them: the text (or {"text"}) compiles to the JSON form, which validates.
    const request = parseMixQuery(pipelineBodyOf(body));
    expect(request.steps.length).toBeGreaterThan(0);
  });

  it("shows the syntax error that example 1 with 'bi region' for 'by region' gets", () => {
    const [shown] = fenced(section('#### The pipeline as text'), '');
    // Without the newline that opens the curl's quoted body: the error counts lines from "from".
    const design = (curls[0]![1] as string).trimStart();
    expect(design).toContain('by region');
    let message: string | undefined;
    try {
      pipelineFromText(design.replace('by region', 'bi region'));
    } catch (err) {
      if (!isAppError(err)) throw err;
      message = err.message;
    }
    expect(message).toBe(shown);
  });

  const timeSteps = fenced(section('#### Time-aware steps: `derive`, `fill`, as-of `join`'), 'json').map((text) => JSON.parse(text) as object);

  it('has the three time-aware examples', () => {
    expect(timeSteps).toHaveLength(3);
  });

  it.each(timeSteps.map((body, i) => [i + 1, body] as const))('time-aware example %i validates, and its text form compiles back to it', (_, body) => {
    const request = parseMixQuery(body);
    expect(request.steps.length).toBeGreaterThan(0);
    expect(pipelineBodyOf(pipelineToText(body))).toEqual(body);
  });
});
