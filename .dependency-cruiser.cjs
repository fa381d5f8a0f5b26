// Layering rules (`npm run lint:deps`, run by CI after the typecheck). Domain code never
// knows about its edges: only the HTTP edge (src/http, app.ts, main.ts) imports Fastify, the
// core domains never import the phone, HTTP or GraphQL layers, nothing but tests imports
// test/, and no module imports itself back through a cycle. Type-only imports count.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle means two modules each need the other: build one on top of the other instead.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-without-fastify',
      comment: 'Only the HTTP edge (src/http, src/app.ts, src/main.ts) may import Fastify, its plugins or Mercurius.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(http/|app\\.ts$|main\\.ts$)' },
      to: { path: 'node_modules/(fastify|fastify-plugin|mercurius|@fastify/[^/]+)/' },
    },
    {
      name: 'core-domains-below-the-edges',
      comment: 'agent, knowledge, leads, conversations, contacts, schedule and tools are used by voice, HTTP and GraphQL, never the reverse.',
      severity: 'error',
      from: { path: '^src/(agent|knowledge|leads|conversations|contacts|schedule|tools)/' },
      to: { path: '^src/(voice|http|graphql)/' },
    },
    {
      name: 'only-tests-import-tests',
      comment: 'Product code, benchmarks, scripts and the shared fakes must not depend on test/ (move what they need to src/ or scripts/fakes/).',
      severity: 'error',
      from: { path: '^(src|bench|scripts)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|data|genql)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.mjs', '.cjs', '.json', '.d.ts'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
