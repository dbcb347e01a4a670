import { hostname, networkInterfaces } from 'node:os';

/**
 * The names the office server answers to (the Host header's guard against DNS rebinding): the
 * address it listens on; listening on every address (0.0.0.0, ::), each address of the machine,
 * its host name (and `.local`) and localhost. `extra` adds names (a DNS name the office gave it).
 */
const bracket = (address: string) => (address.includes(':') ? `[${address}]` : address);

export const isAnyAddress = (host: string): boolean => host === '0.0.0.0' || host === '::' || host === '';
export const isLoopback = (host: string): boolean =>
  host === '127.0.0.1' || host === '::1' || host === 'localhost' || host.startsWith('127.');

function machineNames(): string[] {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined)
    .map((a) => a.address);
  const name = hostname().toLowerCase();
  return [...addresses, name, `${name}.local`, 'localhost'];
}

/** The hosts ("name:port") the server accepts in the Host header. */
export function allowedHosts(listenHost: string, port: number, extra: readonly string[] = []): string[] {
  const names = isAnyAddress(listenHost) ? machineNames() : [listenHost, ...(isLoopback(listenHost) ? ['localhost', '127.0.0.1'] : [])];
  return [...new Set([...names, ...extra].map((n) => `${bracket(n.toLowerCase())}:${port}`))];
}

/** The address to print: the listen address, or (on every address) the machine's first LAN address. */
export function displayHost(listenHost: string): string {
  if (!isAnyAddress(listenHost)) return bracket(listenHost);
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((a) => a !== undefined && a.family === 'IPv4' && !a.internal);
  return lan?.address ?? '127.0.0.1';
}

/** "0.0.0.0:8443", "127.0.0.1:0", "[::]:8443" → host and port. */
export function parseListen(value: string): { host: string; port: number } | null {
  const match = /^(?:\[([0-9a-fA-F:]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(value.trim());
  const host = match?.[1] ?? match?.[2];
  const port = Number(match?.[3]);
  return host && Number.isInteger(port) && port >= 0 && port < 65536 ? { host, port } : null;
}
