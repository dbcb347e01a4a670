import { apiNames, ipcChannel, MENU_CHANNEL, menuCommands, type ApiName, type MenuCommand } from '../contract/api.ts';

/**
 * A sandboxed preload may load nothing but 'electron', so it cannot import the contract. The
 * shell hands it the contract's channel table instead, as one command-line argument of the
 * window's renderer (`webPreferences.additionalArguments`): the preload builds `window.api` from
 * it and restates no verb and no channel.
 */
export const PRELOAD_ARGUMENT_PREFIX = '--soan-nq-preload=';

export type PreloadConfig = {
  /** Verb name -> its IPC channel. */
  verbs: Record<ApiName, string>;
  menuChannel: string;
  menuCommands: readonly MenuCommand[];
};

export function preloadConfig(): PreloadConfig {
  return {
    verbs: Object.fromEntries(apiNames.map((name) => [name, ipcChannel(name)])) as Record<ApiName, string>,
    menuChannel: MENU_CHANNEL,
    menuCommands,
  };
}

/** The argument itself: percent-encoded JSON, safe on every platform's command line. */
export function preloadArgument(config: PreloadConfig = preloadConfig()): string {
  return `${PRELOAD_ARGUMENT_PREFIX}${encodeURIComponent(JSON.stringify(config))}`;
}
