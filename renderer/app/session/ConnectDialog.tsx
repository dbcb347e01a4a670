import { useState } from 'react';
import type { ServerProbe } from '../../../electron/contract/api.ts';
import { useApi, useSubmit } from '../../api/useApi.ts';
import { FormDialog } from '../FormDialog.tsx';
import { TextField } from '../TextField.tsx';

/** The fingerprint in four lines of eight pairs, so that no pair is cut and the eye can compare line by line. */
export function fingerprintLines(fingerprint: string): string[] {
  const pairs = fingerprint.split(':');
  const lines: string[] = [];
  for (let i = 0; i < pairs.length; i += 8) lines.push(pairs.slice(i, i + 8).join(':'));
  return lines;
}

type Props = { onConnected: () => void; onClose: () => void };

/**
 * "Kết nối máy chủ văn phòng" (the desktop app): the address, then the fingerprint of the
 * server's certificate as this computer sees it, to compare with the one the server printed; only
 * "Tin cậy và kết nối" pins it. From then on a server with another certificate is refused.
 */
export function ConnectDialog({ onConnected, onClose }: Props) {
  const api = useApi();
  const [address, setAddress] = useState('');
  const [probe, setProbe] = useState<ServerProbe | null>(null);
  const { busy, error, run } = useSubmit();

  const check = async () => {
    const result = await run(() => api.probeServer({ address }));
    if (!result.ok) return;
    setProbe(result.value);
  };
  const trust = async () => {
    if (!probe) return;
    const result = await run(() => api.connectServer({ address: probe.address, fingerprint: probe.fingerprint }));
    if (!result.ok) return;
    onConnected();
  };

  return (
    <FormDialog
      title="Kết nối máy chủ văn phòng"
      testId="connect-dialog"
      onClose={onClose}
      onSubmit={() => (probe ? trust() : check())}
      formClassName="form connect-form"
      footerKey={probe ? 'trust' : 'check'}
      error={error}
      errorTestId="connect-error"
      submitLabel={probe ? 'Tin cậy và kết nối' : 'Kiểm tra máy chủ'}
      busyLabel={probe ? 'Đang kết nối…' : 'Đang kiểm tra…'}
      busy={busy}
      disabled={address.trim() === ''}
      submitTestId={probe ? 'connect-trust' : 'connect-check'}
    >
      <label className="field">
        <span>Địa chỉ máy chủ (như máy chủ đã in ra, ví dụ https://192.168.1.10:8443/)</span>
        <TextField
          className="input"
          data-testid="connect-address"
          value={address}
          onCommit={(v) => {
            setAddress(v);
            setProbe(null);
          }}
          placeholder="https://192.168.1.10:8443/"
        />
      </label>
      {probe ? (
        <div className="connect-fingerprint" data-testid="connect-fingerprint">
          <p>
            Máy chủ <strong>{probe.name || probe.address}</strong> đưa ra chứng chỉ có dấu vân tay (SHA-256):
          </p>
          <code data-testid="connect-fingerprint-value" aria-label={probe.fingerprint}>
            {fingerprintLines(probe.fingerprint).map((line) => (
              <span key={line}>{line}</span>
            ))}
          </code>
          <p>
            Hãy so từng cặp ký tự với dòng «Dấu vân tay chứng chỉ (SHA-256)» trên màn hình máy chủ. Chỉ bấm «Tin cậy và kết nối» khi hai dấu
            giống hệt nhau; nếu khác, đừng kết nối và báo người quản trị.
          </p>
        </div>
      ) : null}
    </FormDialog>
  );
}
