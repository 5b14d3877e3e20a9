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

export async function getTemplate(conn: EsConnection, name: string) {
  const { body } = await conn.request<estypes.IndicesGetIndexTemplateResponse>({
    method: 'GET',
    path: templatePath(name),
  });
  const found = body.index_templates[0]!;
  return { name: found.name, ...found.index_template };
}

export async function putTemplate(conn: EsConnection, name: string, template: IndexTemplate) {
  const { body } = await conn.request<estypes.IndicesPutIndexTemplateResponse>({ method: 'PUT', path: templatePath(name), body: template });
  return { name, acknowledged: body.acknowledged };
}

export async function deleteTemplate(conn: EsConnection, name: string) {
  const { body } = await conn.request<estypes.IndicesDeleteIndexTemplateResponse>({ method: 'DELETE', path: templatePath(name) });
  return { name, acknowledged: body.acknowledged };
}
