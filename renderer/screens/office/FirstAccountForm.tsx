import { useState } from 'react';
import { errorText, useApi } from '../../api/useApi.ts';
import { PasswordField } from '../../app/PasswordField.tsx';

type Props = { name: string; onMade: () => void };

/**
 * The office server lets in accounts only: before its first start, the quản trị working here sets
 * a password for their own account (the others are added later, from the server's accounts).
 */
export function FirstAccountForm({ name, onMade }: Props) {
  const api = useApi();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const make = async () => {
    if (password !== again) return setError('Hai lần gõ mật khẩu không giống nhau. Hãy gõ lại.');
    const r = await api.addAccount({ name, role: 'quan-tri', password });
    if (!r.ok) return setError(errorText(r.error));
    setPassword('');
    setAgain('');
    setError(null);
    onMade();
  };
  return (
    <form
      className="server-account"
      data-testid="server-first-account"
      onSubmit={(e) => {
        e.preventDefault();
        void make();
      }}
    >
      <p>
        Máy chủ chỉ cho người có tài khoản đăng nhập. Hãy đặt mật khẩu cho tài khoản quản trị của <strong>{name}</strong> (các tài khoản
        khác thêm sau).
      </p>
      <div className="row">
        <PasswordField
          label="Mật khẩu"
          value={password}
          onChange={setPassword}
          testId="server-account-password"
          autoComplete="new-password"
        />
        <PasswordField
          label="Gõ lại mật khẩu"
          value={again}
          onChange={setAgain}
          testId="server-account-again"
          autoComplete="new-password"
        />
      </div>
      <button type="submit" className="btn" data-testid="server-account-make" disabled={password === '' || again === ''}>
        Tạo tài khoản quản trị
      </button>
      {error ? <p className="form-error">{error}</p> : null}
    </form>
  );
}
