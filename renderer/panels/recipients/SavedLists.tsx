import { useCallback, useEffect, useState } from 'react';
import type { RecipientList } from '../../../electron/contract/model/office.ts';
import type { Recipient } from '../../../electron/contract/model/parts.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { TextField } from '../../app/TextField.tsx';
import { showToast } from '../../app/toast/toastStore.ts';

type Props = { orgId: string; lines: Recipient[]; onPick: (lines: Recipient[], name: string) => void };

/** The office's saved "Nơi nhận" lists: pick one, or save the current lines as one. */
export function SavedLists({ orgId, lines, onPick }: Props) {
  const api = useApi();
  const [lists, setLists] = useState<RecipientList[]>([]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');

  const load = useCallback(async () => {
    const result = await call(() => api.listRecipientLists({ orgId }));
    if (result.ok) setLists(result.value);
  }, [api, orgId]);
  useEffect(() => {
    void load();
  }, [load]);

  const save = async (): Promise<void> => {
    const kept = lines.filter((l) => l.text.trim() !== '');
    const existing = lists.find((l) => l.name === name.trim());
    const result = await call(() => api.saveRecipientList({ ...(existing ? { id: existing.id } : {}), orgId, name, lines: kept }));
    if (!result.ok) return void showToast({ kind: 'error', message: `Không lưu được danh sách: ${errorText(result.error)}` });
    showToast({ kind: 'success', message: `Đã lưu danh sách “${result.value.name}”.` });
    setName('');
    await load();
  };

  return (
    <div className="saved-lists">
      <div className="row">
        <select
          className="input"
          aria-label="Danh sách nơi nhận có sẵn"
          data-testid="recipient-list-select"
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
        >
          <option value="">— Chọn danh sách có sẵn —</option>
          {lists.map((l) => (
            <option key={l.id} value={String(l.id)}>
              {l.name} ({l.lines.length} dòng)
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn-small"
          data-testid="recipient-list-apply"
          disabled={chosen === ''}
          onClick={() => {
            const list = lists.find((l) => String(l.id) === chosen);
            if (list) {
              onPick(
                list.lines.map((l) => ({ ...l })),
                list.name,
              );
            }
          }}
        >
          Dùng danh sách này
        </button>
      </div>
      <div className="row">
        <TextField
          className="input"
          aria-label="Tên danh sách mới"
          data-testid="recipient-list-name"
          placeholder="Tên danh sách, ví dụ: Nghị quyết năm"
          value={name}
          onCommit={setName}
        />
        <button
          type="button"
          className="btn btn-small"
          data-testid="recipient-list-save"
          disabled={name.trim() === ''}
          onClick={() => void save()}
        >
          Lưu thành danh sách
        </button>
      </div>
    </div>
  );
}
