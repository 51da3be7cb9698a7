import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { connect } from 'node:tls';

/** `npm run preview` serving one build, in a process of its own. */
export interface PreviewProcess {
  port: number;
  /** The certificate it answers with (PEM). */
  certificatePem: string;
  close(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? done(address.port)
          : fail(new Error('no free port')),
      );
    });
  });
}

/** The certificate the server on `port` presents, or null while nothing answers there. */
function certificateAt(port: number): Promise<string | null> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
      const certificate = socket.getPeerX509Certificate();
      socket.destroy();
      done(certificate?.toString() ?? null);
    });
    socket.once('error', () => done(null));
    socket.setTimeout(1000, () => {
      socket.destroy();
      done(null);
    });
  });
}

/**
 * `vite preview` (this checkout's vite.config.ts: certificate, production headers) on a
 * free loopback port, serving `outDir`. Each site of the bench gets its own process, so no
 * server also answers another site's requests during a load, and none shares an event
 * loop with the browser driver.
 */
export async function startPreviewProcess(outDir: string): Promise<PreviewProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      resolve('node_modules/vite/bin/vite.js'),
      'preview',
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--bypass-lock',
      '--logLevel',
      'error',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const close = async () => {
    if (child.exitCode === null) child.kill();
    await exited;
  };
  for (let tries = 0; tries < 300; tries += 1) {
    if (child.exitCode !== null) break;
    const certificatePem = await certificateAt(port);
    if (certificatePem !== null) return { port, certificatePem, close };
    await new Promise((done) => setTimeout(done, 100));
  }
  await close();
  throw new Error(`vite preview did not start on port ${port}`);
}
