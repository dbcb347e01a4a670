import { useState } from 'react';
import { useApi, useSubmit } from '../../api/useApi.ts';
import { FormDialog } from '../FormDialog.tsx';
import { PasswordField } from '../PasswordField.tsx';
import { showToast } from '../toast/toastStore.ts';

type Props = { onClose: () => void };

/** "Đổi mật khẩu": the current one, the new one twice; the server ends the person's other sessions. */
export function ChangePasswordDialog({ onClose }: Props) {
  const api = useApi();
  const [old, setOld] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, setError, run } = useSubmit();

  const submit = async () => {
    if (next !== again) return setError('Hai lần gõ mật khẩu mới không giống nhau.');
    const result = await run(() => api.changePassword({ old, new: next }));
    if (!result.ok) return;
    showToast({ kind: 'success', message: 'Đã đổi mật khẩu.' });
    onClose();
  };

  return (
    <FormDialog
      title="Đổi mật khẩu"
      testId="password-dialog"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTestId="password-error"
      submitLabel="Đổi mật khẩu"
      busyLabel="Đang đổi…"
      busy={busy}
      submitTestId="password-submit"
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
    </FormDialog>
  );
}
