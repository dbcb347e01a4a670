import { useState } from 'react';
import { errorText, useApi } from '../../api/useApi.ts';
import { Dialog } from '../Dialog.tsx';
import { FormFooter } from '../FormFooter.tsx';
import { PasswordField } from '../PasswordField.tsx';
import { showToast } from '../toast/toastStore.ts';

type Props = { onClose: () => void };

/** "Đổi mật khẩu": the current one, the new one twice; the server ends the person's other sessions. */
export function ChangePasswordDialog({ onClose }: Props) {
  const api = useApi();
  const [old, setOld] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    if (next !== again) return setError('Hai lần gõ mật khẩu mới không giống nhau.');
    setBusy(true);
    setError(null);
    const result = await api.changePassword({ old, new: next });
    setBusy(false);
    if (!result.ok) return setError(errorText(result.error));
    showToast({ kind: 'success', message: 'Đã đổi mật khẩu.' });
    onClose();
  };

  return (
    <Dialog title="Đổi mật khẩu" testId="password-dialog" onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <PasswordField
          label="Mật khẩu hiện tại"
          value={old}
          onChange={setOld}
          testId="password-old"
          autoComplete="current-password"
          required
        />
        <PasswordField label="Mật khẩu mới" value={next} onChange={setNext} testId="password-new" autoComplete="new-password" required />
        <PasswordField
          label="Gõ lại mật khẩu mới"
          value={again}
          onChange={setAgain}
          testId="password-again"
          autoComplete="new-password"
          required
        />
        <FormFooter
          error={error}
          errorTestId="password-error"
          onCancel={onClose}
          submitLabel="Đổi mật khẩu"
          busyLabel="Đang đổi…"
          busy={busy}
          submitTestId="password-submit"
        />
      </form>
    </Dialog>
  );
}
