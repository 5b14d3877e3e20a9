import type { estypes } from '@elastic/elasticsearch';
import type { EsConnection } from '../../libs/es-client.js';

/** A composable index template as Elasticsearch takes it (PUT) and gives it back (GET). */
export type IndexTemplate = {
  index_patterns: string[];
  template?: { settings?: object; mappings?: object; aliases?: object };
  composed_of?: string[];
  priority?: number;
  version?: number;
  _meta?: object;
};

const templatePath = (name: string) => `/_index_template/${encodeURIComponent(name)}`;

/** Elasticsearch 9 stamps a template with when it was created and last changed: not part of what PUT takes. */
interface ServerStamps {
  created_date?: string;
  created_date_millis?: number;
  modified_date?: string;
  modified_date_millis?: number;
}
type TemplateAnswer = { index_templates: { name: string; index_template: estypes.IndicesIndexTemplate & ServerStamps }[] };

/** The template in the form PUT takes, on every version (without Elasticsearch 9's stamps). */
export async function getTemplate(conn: EsConnection, name: string) {
  const { body } = await conn.request<TemplateAnswer>({ method: 'GET', path: templatePath(name) });
  const found = body.index_templates[0]!;
  const { created_date: _c, created_date_millis: _cm, modified_date: _m, modified_date_millis: _mm, ...template } = found.index_template;
  return { name: found.name, ...template };
}

export async function putTemplate(conn: EsConnection, name: string, template: IndexTemplate) {
  const { body } = await conn.request<estypes.IndicesPutIndexTemplateResponse>({ method: 'PUT', path: templatePath(name), body: template });
  return { name, acknowledged: body.acknowledged };
}

export async function deleteTemplate(conn: EsConnection, name: string) {
  const { body } = await conn.request<estypes.IndicesDeleteIndexTemplateResponse>({ method: 'DELETE', path: templatePath(name) });
  return { name, acknowledged: body.acknowledged };
}
