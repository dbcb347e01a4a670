import { fail, isResult, ok, type Result } from '../contract/result.ts';
import {
  authEndpoints,
  loginValueSchema,
  serverInfoSchema,
  type ConnectionState,
  type ServerProbe,
  type SessionInfo,
} from '../contract/verbs/remote.ts';
import { normalizeAddress } from './address.ts';
import { readRemoteSettings, writeRemoteSettings, type RemoteSettings } from './settings.ts';
import { exchange, PinnedAgent, type Answer, type Exchange } from './tls.ts';

/**
 * The desktop app as a client of an office server: the pinned connection (address and
 * certificate fingerprint, from the settings file), the session token (in memory only: a restart
 * asks to log in again), and the forwarding of contract verbs to `POST /api/<verb>`.
 */
export type RemoteLink = {
  isConnected: () => boolean;
  state: () => ConnectionState;
  probe: (address: string) => Promise<Result<ServerProbe>>;
  connect: (address: string, fingerprint: string) => Promise<Result<ConnectionState>>;
  disconnect: () => Promise<Result<ConnectionState>>;
  login: (name: string, password: string) => Promise<Result<SessionInfo>>;
  logout: (everywhere: boolean) => Promise<Result<ConnectionState>>;
  forward: (verb: string, request: unknown) => Promise<Result<unknown>>;
};

export function certificateChangedText(address: string, pinned: string, found: string): string {
  return (
    `Chứng chỉ của máy chủ đã thay đổi — ứng dụng từ chối kết nối tới ${address} và không gửi dữ liệu nào. ` +
    `Dấu vân tay đã tin cậy: ${pinned}; dấu vân tay máy chủ đưa ra bây giờ: ${found}. ` +
    'Hãy báo người quản trị: nếu máy chủ vừa được cài lại, hãy "Ngắt kết nối" rồi kết nối lại và so dấu vân tay mới với dấu máy chủ in ra; nếu không, có thể có máy khác đang giả làm máy chủ.'
  );
}

function unreachableText(address: string, reason: string): string {
  return `Mất kết nối máy chủ văn phòng (${address}: ${reason}). Những gì bạn đã soạn vẫn được giữ và sẽ được gửi khi máy chủ trả lời lại.`;
}

const loginFirst = fail('UNAUTHENTICATED', 'Hãy đăng nhập vào máy chủ văn phòng để tiếp tục.');

export function createRemoteLink(settingsFile: string): RemoteLink {
  let settings: RemoteSettings | null = readRemoteSettings(settingsFile);
  let agent: PinnedAgent | null = settings ? new PinnedAgent(settings.fingerprint) : null;
  let token: string | null = null;
  let session: SessionInfo | null = null;
  let serverName: string | null = null;

  const endSession = () => {
    token = null;
    session = null;
  };

  /** An answer of the pinned server as a Result: network and certificate failures become their codes. */
  const asResult = (answer: Answer, pinned: RemoteSettings): Result<unknown> => {
    if (answer.kind === 'certificate-changed') {
      return fail('CERTIFICATE_CHANGED', certificateChangedText(pinned.address, pinned.fingerprint, answer.found));
    }
    if (answer.kind === 'unreachable') return fail('UNREACHABLE', unreachableText(pinned.address, answer.reason));
    if (!isResult(answer.data)) {
      return fail('INTERNAL', `Máy chủ văn phòng trả lời không đúng dạng (mã ${answer.status}). Hãy báo người quản trị.`);
    }
    if (!answer.data.ok && answer.data.error.code === 'UNAUTHENTICATED') endSession();
    return answer.data;
  };

  const send = async (ex: Exchange): Promise<Result<unknown>> => {
    if (!settings || !agent) return fail('INVALID_INPUT', 'Máy này chưa kết nối máy chủ văn phòng nào.');
    return asResult(await exchange(settings.address, agent, { ...ex, token }), settings);
  };

  const state = (): ConnectionState => ({
    mode: settings ? 'office' : 'local',
    address: settings?.address ?? null,
    fingerprint: settings?.fingerprint ?? null,
    serverName: settings ? serverName : null,
    session: settings ? session : null,
    canConnect: true,
  });

  return {
    isConnected: () => settings !== null,
    state,
    async probe(input) {
      const address = normalizeAddress(input);
      if (!address.ok) return address;
      const answer = await exchange(address.value, null, { ...authEndpoints.info }, 15_000);
      if (answer.kind !== 'answer') {
        return fail('UNREACHABLE', `Không kết nối được tới ${address.value}. Hãy kiểm tra địa chỉ, mạng và máy chủ đã chạy chưa.`);
      }
      const info = isResult(answer.data) && answer.data.ok ? serverInfoSchema.safeParse(answer.data.value) : null;
      if (!info?.success) return fail('INVALID_INPUT', `${address.value} không phải máy chủ văn phòng của Soạn Nghị quyết.`);
      return ok({ address: address.value, fingerprint: answer.fingerprint, name: info.data.name, version: info.data.version });
    },
    async connect(input, fingerprint) {
      const address = normalizeAddress(input);
      if (!address.ok) return address;
      const pinned = { address: address.value, fingerprint: fingerprint.toUpperCase() };
      const trial = new PinnedAgent(pinned.fingerprint);
      const answer = await exchange(pinned.address, trial, { ...authEndpoints.info }, 15_000);
      const result = asResult(answer, pinned);
      const info = result.ok ? serverInfoSchema.safeParse(result.value) : null;
      if (!result.ok) {
        trial.destroy();
        return result;
      }
      if (!info?.success) {
        trial.destroy();
        return fail('INVALID_INPUT', `${pinned.address} không phải máy chủ văn phòng của Soạn Nghị quyết.`);
      }
      writeRemoteSettings(settingsFile, pinned);
      agent?.destroy();
      settings = pinned;
      agent = trial;
      serverName = info.data.name;
      endSession();
      return ok(state());
    },
    async disconnect() {
      if (token) await send({ ...authEndpoints.logout });
      writeRemoteSettings(settingsFile, null);
      agent?.destroy();
      settings = null;
      agent = null;
      serverName = null;
      endSession();
      return ok(state());
    },
    async login(name, password) {
      endSession();
      const result = await send({ ...authEndpoints.login, body: { name, password } });
      if (!result.ok) return result;
      const value = loginValueSchema.safeParse(result.value);
      if (!value.success) return fail('INTERNAL', 'Máy chủ văn phòng trả lời đăng nhập không đúng dạng. Hãy báo người quản trị.');
      token = value.data.token;
      session = { person: value.data.person, role: value.data.role, expiresAt: value.data.expiresAt };
      return ok(session);
    },
    async logout(everywhere) {
      if (!token) return ok(state());
      const result = await send(everywhere ? { ...authEndpoints.logoutEverywhere } : { ...authEndpoints.logout });
      if (!result.ok && result.error.code !== 'UNAUTHENTICATED') return result;
      endSession();
      return ok(state());
    },
    forward(verb, request) {
      if (!token) return Promise.resolve(loginFirst);
      return send({ method: 'POST', path: `/api/${encodeURIComponent(verb)}`, body: request ?? {} });
    },
  };
}
