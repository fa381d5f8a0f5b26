import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { introspectionFromSchema } from 'graphql';

// GraphiQL from the npm packages' own bundled files, served by this server (no CDN: it works
// on a machine without internet), under a strict CSP: scripts only from this origin (the
// bootstrap is a file too, no inline script), requests only to this origin. Outside production.

/** Resolved when the routes register (never in production, where these packages may be absent). */
function assets(): Record<string, { path: string; type: string }> {
  const require = createRequire(import.meta.url);
  // The packages' "exports" do not list their UMD builds: resolve from each package's root.
  const file = (pkg: string, path: string) => join(dirname(require.resolve(`${pkg}/package.json`)), path);
  const js = 'text/javascript; charset=utf-8';
  return {
    'react.js': { path: file('react', 'umd/react.production.min.js'), type: js },
    'react-dom.js': { path: file('react-dom', 'umd/react-dom.production.min.js'), type: js },
    'graphiql.js': { path: file('graphiql', 'graphiql.min.js'), type: js },
    'graphiql.css': { path: file('graphiql', 'graphiql.min.css'), type: 'text/css; charset=utf-8' },
  };
}

export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // React and CodeMirror set element styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL - SMB agent platform</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/init.js"></script>
</body>
</html>
`;

// Put your token in the Headers tab: {"authorization": "Bearer <token>"}.
// The schema comes from /graphiql/assets/schema.json: the API's depth and cost limits (rightly)
// refuse the standard introspection query, which nests ofType a dozen levels deep.
const INIT = `(function () {
  var ws = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql';
  var fetcher = GraphiQL.createFetcher({ url: location.origin + '/graphql', subscriptionUrl: ws });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  fetch('/graphiql/assets/schema.json').then(function (r) { return r.json(); }).then(function (schema) {
  root.render(React.createElement(GraphiQL, {
    schema: schema,
    fetcher: fetcher,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
    defaultHeaders: '{\\n  "authorization": "Bearer <token from login>"\\n}',
    defaultQuery: '# Sign in with the login mutation, then put its token in the Headers tab.\\n{\\n  me { role user { email } business { name plan } }\\n}\\n'
  }));
  });
})();
`;

export async function graphiqlRoutes(app: FastifyInstance): Promise<void> {
  const ASSETS = assets();
  let introspection: string | undefined;
  app.get('/graphiql', async (_request, reply) => {
    reply.header('content-security-policy', GRAPHIQL_CSP).header('cache-control', 'no-cache').type('text/html; charset=utf-8');
    return PAGE;
  });
  app.get<{ Params: { file: string } }>('/graphiql/assets/:file', async (request, reply) => {
    const { file } = request.params;
    reply.header('content-security-policy', GRAPHIQL_CSP).header('x-content-type-options', 'nosniff');
    if (file === 'schema.json') {
      introspection ??= JSON.stringify(introspectionFromSchema(app.graphql.schema));
      return reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(introspection);
    }
    if (file === 'init.js') return reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(INIT);
    const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
    if (!asset) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'No such GraphiQL asset' } });
    return reply.type(asset.type).header('cache-control', 'public, max-age=3600').send(createReadStream(asset.path));
  });
}
