interface MediaTypes {
  [contentType: string]: { schema?: unknown };
}

interface Operation {
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown }[];
  requestBody?: { content?: MediaTypes };
  responses?: Record<string, { description?: string; content?: MediaTypes }>;
}

/** The parts of an OpenAPI 3.1 document the page shows. */
export interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, object | undefined>;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const schemaBlock = (content?: MediaTypes) => {
  const schema = content?.['application/json']?.schema;
  return schema === undefined ? '' : `<pre>${escape(JSON.stringify(schema, null, 2))}</pre>`;
};

const anchor = (method: string, path: string) => `${method}-${path}`.replace(/[^A-Za-z0-9_-]+/g, '-');

function renderOperation(method: string, path: string, operation: Operation): string {
  const parts = [
    `<section id="${anchor(method, path)}">`,
    `<h2>${method.toUpperCase()} ${escape(path)}</h2>`,
    operation.summary ? `<p><strong>${escape(operation.summary)}</strong></p>` : '',
    operation.description ? `<p>${escape(operation.description)}</p>` : '',
    `<p>Authorization: ${operation.security?.length === 0 ? 'none' : 'bearer token'}</p>`,
  ];
  if (operation.parameters?.length) {
    const rows = operation.parameters.map(
      (p) =>
        `<tr><td>${escape(p.name)}</td><td>${escape(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escape(JSON.stringify(p.schema ?? {}))}</code></td></tr>`,
    );
    parts.push('<h3>Parameters</h3>', '<table><tr><th>name</th><th>in</th><th>required</th><th>schema</th></tr>', ...rows, '</table>');
  }
  if (operation.requestBody) parts.push('<h3>Request body</h3>', schemaBlock(operation.requestBody.content));
  const responses = Object.entries(operation.responses ?? {});
  if (responses.length) {
    parts.push('<h3>Responses</h3>', '<dl>');
    for (const [status, response] of responses) {
      parts.push(`<dt>${escape(status)}</dt><dd>${escape(response.description ?? '')}${schemaBlock(response.content)}</dd>`);
    }
    parts.push('</dl>');
  }
  parts.push('</section>');
  return parts.filter(Boolean).join('\n');
}

/** A plain HTML page of the document's operations: no scripts or styles, so the api's CSP needs no exception. */
export function renderDocsPage(document: OpenApiDocument, documentPath: string): string {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const byMethod = (item ?? {}) as Record<string, Operation | undefined>;
    return METHODS.flatMap((method) => {
      const operation = byMethod[method];
      return operation ? [{ method, path, operation }] : [];
    });
  });
  const title = `${document.info.title} ${document.info.version}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title></head>`,
    '<body>',
    `<h1>${escape(title)}</h1>`,
    document.info.description ? `<p>${escape(document.info.description)}</p>` : '',
    `<p>The machine-readable OpenAPI document: <a href="${escape(documentPath)}">${escape(documentPath)}</a>.</p>`,
    '<nav><ul>',
    ...operations.map(
      ({ method, path, operation }) =>
        `<li><a href="#${anchor(method, path)}">${method.toUpperCase()} ${escape(path)}</a>${operation.summary ? ` — ${escape(operation.summary)}` : ''}</li>`,
    ),
    '</ul></nav>',
    ...operations.map(({ method, path, operation }) => renderOperation(method, path, operation)),
    '</body>',
    '</html>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}
