/** Files the user picks (an <input type="file">), read for the contract: bytes as base64. */

/** Base64 of bytes, in chunks (a long string built one character at a time would be slow). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A picked file as base64 (a file that cannot be read gives a Vietnamese error). */
export async function fileToBase64(file: Blob): Promise<{ ok: true; base64: string } | { ok: false; message: string }> {
  try {
    return { ok: true, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
  } catch (err) {
    return { ok: false, message: `Không đọc được tệp đã chọn: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Largest file sent to the app (the contract refuses more than about 30 MB). */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

/** Why a picked file cannot be sent, or null when it can (what it contains is for the app to judge). */
export function uploadProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `Tệp "${file.name}" rỗng.`;
  if (file.size > MAX_UPLOAD_BYTES) return `Tệp "${file.name}" quá lớn (${Math.round(file.size / 1048576)} MB, tối đa 30 MB).`;
  return null;
}
