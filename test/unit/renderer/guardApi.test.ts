import { describe, expect, it } from 'vitest';
import { apiNames, type Api } from '../../../electron/contract/api.ts';
import { fail, ok, type Result } from '../../../electron/contract/result.ts';
import { guardApi } from '../../../renderer/app/session/guardApi.ts';
import { namesText } from '../../../renderer/editor/session/presence.ts';

/** A transport whose next answers are scripted per call. */
function scripted(answers: Result<unknown>[]) {
  const calls: string[] = [];
  const verbs: Record<string, () => Promise<Result<unknown>>> = {};
  for (const name of apiNames) {
    verbs[name] = () => {
      calls.push(name);
      return Promise.resolve(answers.shift() ?? ok('thêm'));
    };
  }
  return { api: verbs as unknown as Api, calls };
}

describe('guardApi: what the session gate hears of each call', () => {
  it('holds a call that met UNAUTHENTICATED until someone logs in, then sends it once more', async () => {
    const t = scripted([fail('UNAUTHENTICATED', 'Hãy đăng nhập.'), ok([])]);
    const events: string[] = [];
    let logIn: () => void = () => undefined;
    const guarded = guardApi(t.api, {
      needLogin: () =>
        new Promise<void>((resolve) => {
          events.push('login shown');
          logIn = resolve;
        }),
      lost: () => events.push('lost'),
      answered: () => events.push('answered'),
      certificateChanged: () => events.push('certificate'),
    });
    const pending = guarded.listOrganizations({});
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual(['login shown']);
    logIn();
    expect(await pending).toEqual(ok([]));
    expect(t.calls).toEqual(['listOrganizations', 'listOrganizations']);
    expect(events).toEqual(['login shown', 'answered']);
  });

  it('raises the banner on UNREACHABLE, lowers it on the next answer, alarms on a changed certificate; session verbs pass through', async () => {
    const t = scripted([
      fail('UNREACHABLE', 'Mất kết nối.'),
      ok(1),
      fail('CERTIFICATE_CHANGED', 'Chứng chỉ của máy chủ đã thay đổi'),
      fail('UNAUTHENTICATED', 'Sai mật khẩu'),
    ]);
    const events: string[] = [];
    const guarded = guardApi(t.api, {
      needLogin: () => Promise.reject(new Error('không được hỏi đăng nhập')),
      lost: () => events.push('lost'),
      answered: () => events.push('answered'),
      certificateChanged: (m) => events.push(m),
    });
    const lost = await guarded.saveDocument({ id: 1, content: {} as never, expectedVersion: 1 });
    expect(!lost.ok && lost.error.code).toBe('UNREACHABLE');
    await guarded.appInfo({});
    await guarded.listDocuments({});
    const login = await guarded.login({ name: 'A', password: 'sai' });
    expect(!login.ok && login.error.code).toBe('UNAUTHENTICATED');
    expect(events).toEqual(['lost', 'answered', 'Chứng chỉ của máy chủ đã thay đổi']);
  });
});

describe('namesText', () => {
  it('lists names the Vietnamese way', () => {
    expect(namesText(['Lê Thị Chuyên'])).toBe('Lê Thị Chuyên');
    expect(namesText(['A', 'B', 'C'])).toBe('A, B và C');
  });
});
