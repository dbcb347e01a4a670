import { fail, ok, type Result } from '../contract/result.ts';

/**
 * The office server's address as typed ("192.168.1.10:8443", "https://may-chu:8443/") made into
 * one origin, `https://host:port`. Plain http is refused: the server always speaks TLS.
 */
export function normalizeAddress(input: string): Result<string> {
  const text = input.trim();
  if (/^http:\/\//i.test(text)) {
    return fail(
      'INVALID_INPUT',
      'Máy chủ văn phòng chỉ nhận kết nối mã hóa: hãy dùng địa chỉ bắt đầu bằng https:// (hoặc chỉ ghi máy:cổng).',
    );
  }
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return fail('INVALID_INPUT', `Địa chỉ "${text}" không đúng dạng. Hãy ghi như máy chủ đã in ra, ví dụ https://192.168.1.10:8443/.`);
  }
  if (url.protocol !== 'https:' || url.hostname === '' || url.username !== '' || url.password !== '') {
    return fail('INVALID_INPUT', `Địa chỉ "${text}" không đúng dạng. Hãy ghi như máy chủ đã in ra, ví dụ https://192.168.1.10:8443/.`);
  }
  return ok(url.origin);
}
