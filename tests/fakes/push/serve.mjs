// Runs web-push-testing's push service (a local implementation of RFC 8030 push endpoints that
// decrypts RFC 8291 payloads and checks VAPID) on the port given, in its own process: the library
// calls process.exit on a listen error, which must not take a test runner down with it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Server = require('web-push-testing/src/server.js');
const { PushApiModel } = require('web-push-testing/src/PushApiModel.js');
const port = Number(process.argv[2]);
new Server(new PushApiModel(), port).startServer();
