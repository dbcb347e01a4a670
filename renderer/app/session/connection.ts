import { createContext, useContext } from 'react';
import type { ConnectionState } from '../../../electron/contract/api.ts';

/** What the screens know of the connection: where the app works, who is logged in, whether the server answers. */
export type Connection = {
  state: ConnectionState;
  online: boolean;
  /** Calls `listener` each time the office server answers again after being lost; returns the unsubscribe. */
  onOnline: (listener: () => void) => () => void;
  /** Reads the state again (after connecting, disconnecting, logging in or out). */
  refresh: () => Promise<void>;
  /** Opens "Kết nối máy chủ văn phòng" (the desktop app). */
  openConnect: () => void;
};

export const workingAlone: ConnectionState = {
  mode: 'local',
  address: null,
  fingerprint: null,
  serverName: null,
  session: null,
  canConnect: false,
};

const alone: Connection = {
  state: workingAlone,
  online: true,
  onOnline: () => () => undefined,
  refresh: () => Promise.resolve(),
  openConnect: () => undefined,
};

export const ConnectionContext = createContext<Connection>(alone);

/** The connection (working alone when no session gate is above: tests of single screens). */
export function useConnection(): Connection {
  return useContext(ConnectionContext);
}
