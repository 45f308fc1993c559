/**
 * Imported first by scripts/server.ts, before anything else is loaded. That process runs our code
 * two ways: in Next's bundles (the app), and loaded straight from src/ by tsx (the site server,
 * which answers site hosts before Next). Next's prepare() sets NODE_ENV to 'production'
 * (next/dist/server/lib/router-server.js) — after the site server's modules were loaded. React
 * picks its development or production build by NODE_ENV when each of its entry points is first
 * loaded, so code loaded before got development React (react/jsx-runtime) and code loaded later
 * production React (react-dom/server, which react-email loads on its first render): every mail
 * rendered in the site host crashed ("dispatcher.getOwner is not a function"). Setting it here,
 * to what Next would set, gives the whole process one build of each library.
 * tests/email/render-in-contexts.test.ts renders every mail the way this process loads them.
 */
// Like Next (router-server.js), only when unset: a test-mode server started with NODE_ENV=test
// (the analyzer spec's loopback allow-list) keeps it.
if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' });

export {};
