import { fail, ok, type Result } from '../contract/result.ts';

/**
 * The office server's limit on logins per address, besides each account's own lockout: one PC
 * that keeps giving wrong passwords (to one account or trying many) is slowed down, then refused
 * for a while. Failures count in a sliding window and a success does not clear them (logging in
 * to one's own account must not reset a guess at someone else's). Kept in memory: a restart of
 * the server forgets them, as it should after the quản trị looked into it.
 */
export type AddressPolicy = {
  /** Failures from one address within `windowMs` that get it refused. */
  maxFailures: number;
  windowMs: number;
  /** How long the address is refused. */
  lockMs: number;
  /** Failures answered after the usual wait; each one past them waits twice as long (up to `maxDelayMs`). */
  freeFailures: number;
  maxDelayMs: number;
};

export const defaultAddressPolicy: AddressPolicy = {
  maxFailures: 20,
  windowMs: 15 * 60 * 1000,
  lockMs: 15 * 60 * 1000,
  freeFailures: 5,
  maxDelayMs: 5_000,
};

export type AddressLimit = {
  /** LOCKED_OUT while the address is refused. */
  check: (address: string) => Result<void>;
  /** Counts a failed login from the address; returns how long to wait before answering it. */
  failed: (address: string, baseDelayMs: number) => number;
};

type Entry = { failures: number[]; lockedUntil: number };

/** "::ffff:192.168.1.23" (IPv4 on a dual-stack socket) is the same PC as "192.168.1.23". */
const normalAddress = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').toLowerCase();

function refused(address: string, until: number, now: number): Result<never> {
  const minutes = Math.max(1, Math.ceil((until - now) / 60_000));
  return fail(
    'LOCKED_OUT',
    `Máy này (địa chỉ ${address}) đã đăng nhập sai quá nhiều lần nên máy chủ tạm thời không nhận đăng nhập từ máy này. Hãy chờ ${minutes} phút rồi thử lại, hoặc báo quản trị của văn phòng.`,
  );
}

export function createAddressLimit(policy: AddressPolicy = defaultAddressPolicy, now: () => number = Date.now): AddressLimit {
  const entries = new Map<string, Entry>();
  const forgetOld = (at: number) => {
    if (entries.size < 1000) return;
    for (const [key, e] of entries) if (e.lockedUntil <= at && e.failures.every((t) => t <= at - policy.windowMs)) entries.delete(key);
  };
  return {
    check(address) {
      const key = normalAddress(address);
      const entry = entries.get(key);
      const at = now();
      return entry !== undefined && entry.lockedUntil > at ? refused(key, entry.lockedUntil, at) : ok(undefined);
    },
    failed(address, baseDelayMs) {
      const key = normalAddress(address);
      const at = now();
      forgetOld(at);
      const entry = entries.get(key) ?? { failures: [], lockedUntil: 0 };
      entry.failures = [...entry.failures.filter((t) => t > at - policy.windowMs), at];
      if (entry.failures.length >= policy.maxFailures) {
        entry.lockedUntil = at + policy.lockMs;
        entry.failures = [];
      }
      entries.set(key, entry);
      const past = entry.failures.length - policy.freeFailures;
      return past <= 0 ? baseDelayMs : Math.min(policy.maxDelayMs, baseDelayMs * 2 ** past);
    },
  };
}
