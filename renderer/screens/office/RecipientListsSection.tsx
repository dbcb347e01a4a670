import { useState } from 'react';
import type { Organization, RecipientList } from '../../../electron/contract/model/office.ts';
import type { Recipient } from '../../../electron/contract/model/parts.ts';
import { defaultRecipients } from '../../../electron/format/recipientDefaults.ts';
import { errorText, useApi, useReloadable } from '../../api/useApi.ts';
import { moved } from '../../app/objects.ts';
import { TextField } from '../../app/TextField.tsx';
import { RecipientLine } from '../../panels/recipients/RecipientLine.tsx';

type Editing = { id: number | null; name: string; lines: Recipient[] };

/**
 * The body's saved "Nơi nhận" lists: adding one (starting from the lines that fit the body),
 * editing its name and lines, reordering them, removing one (asked twice). A draft reuses a list from its "Nơi nhận" panel; a
 * list whose name says "Nghị quyết" is what a new resolution starts with; one named for copies
 * ("Nơi nhận bản sao") is what a copy goes to.
 */
export function RecipientListsSection({ org }: { org: Organization }) {
  const api = useApi();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<number | null>(null);
  const [lists, load] = useReloadable(() => api.listRecipientLists({ orgId: org.id }), [api, org.id], [], setError);

  const setLines = (lines: Recipient[]) => setEditing((e) => (e ? { ...e, lines } : e));
  const lines = editing?.lines ?? [];
  const move = (i: number, by: -1 | 1) => setLines(moved(lines, i, by));
  const save = async () => {
    if (!editing) return;
    const kept = editing.lines.filter((l) => l.text.trim() !== '');
    const r = await api.saveRecipientList({
      ...(editing.id === null ? {} : { id: editing.id }),
      orgId: org.id,
      name: editing.name,
      lines: kept,
    });
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    setEditing(null);
    setDone(`Đã lưu danh sách “${r.value.name}” (${r.value.lines.length} dòng).`);
    await load();
  };

  const remove = async (list: RecipientList) => {
    const r = await api.deleteRecipientList({ id: list.id, orgId: org.id });
    setDeleting(null);
    if (!r.ok) return setError(errorText(r.error));
    setError(null);
    if (editing?.id === list.id) setEditing(null);
    setDone(`Đã xóa danh sách “${list.name}”. Các văn bản đã dùng danh sách này vẫn giữ nơi nhận của mình.`);
    await load();
  };

  return (
    <section className="office-section" data-testid="office-recipients">
      <h2>Danh sách nơi nhận</h2>
      <p className="hint">
        Dùng lại trong dự thảo ở mục “Nơi nhận”. Danh sách có tên chứa “Nghị quyết” được điền sẵn vào nghị quyết mới; danh sách tên “Nơi
        nhận bản sao” dùng cho bản sao. Dấu “;” và “.” cuối dòng do thể thức tự đặt khi in.
      </p>
      <ul className="office-list">
        {lists.map((l) => (
          <li key={l.id} data-testid="recipient-list-row">
            <span className="office-list-text">
              <strong>{l.name}</strong> — {l.lines.map((x) => x.text).join('; ')}
            </span>
            <span className="office-list-tools">
              <button
                type="button"
                className="btn btn-small"
                data-testid="recipient-list-edit"
                onClick={() => setEditing({ id: l.id, name: l.name, lines: l.lines.map((x) => ({ ...x })) })}
              >
                Sửa
              </button>
              {deleting === l.id ? (
                <>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    data-testid="recipient-list-delete-confirm"
                    onClick={() => void remove(l)}
                  >
                    Xóa hẳn
                  </button>
                  <button type="button" className="btn btn-small" onClick={() => setDeleting(null)}>
                    Không
                  </button>
                </>
              ) : (
                <button type="button" className="btn btn-small" data-testid="recipient-list-delete" onClick={() => setDeleting(l.id)}>
                  Xóa
                </button>
              )}
            </span>
          </li>
        ))}
        {lists.length === 0 ? <li className="hint">Chưa có danh sách nào.</li> : null}
      </ul>
      {editing ? (
        <div className="recipient-list-form" data-testid="recipient-list-form">
          <h3>{editing.id === null ? 'Danh sách mới' : `Sửa danh sách “${editing.name}”`}</h3>
          <TextField
            className="input"
            aria-label="Tên danh sách"
            placeholder="Ví dụ: Nghị quyết năm"
            data-testid="recipient-list-form-name"
            value={editing.name}
            onCommit={(name) => setEditing((e) => (e ? { ...e, name } : e))}
          />
          <ol className="recipient-lines">
            {lines.map((line, i) => (
              <RecipientLine
                key={i}
                index={i}
                line={line}
                count={lines.length}
                onChange={(k, l) => setLines(lines.map((x, j) => (j === k ? l : x)))}
                onMove={move}
                onRemove={(k) => setLines(lines.filter((_, j) => j !== k))}
              />
            ))}
          </ol>
          <div className="row">
            <button
              type="button"
              className="btn btn-small"
              data-testid="recipient-list-add-line"
              onClick={() => setLines([...lines, { text: '' }])}
            >
              + Thêm dòng
            </button>
            <button
              type="button"
              className="btn btn-small"
              data-testid="recipient-list-suggest"
              onClick={() => setLines(defaultRecipients(org))}
            >
              Điền theo cơ quan
            </button>
          </div>
          <div className="row">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="recipient-list-form-save"
              disabled={editing.name.trim() === '' || lines.every((l) => l.text.trim() === '')}
              onClick={() => void save()}
            >
              Lưu danh sách
            </button>
            <button type="button" className="btn" onClick={() => setEditing(null)}>
              Thôi
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="btn"
          data-testid="recipient-list-new"
          onClick={() => setEditing({ id: null, name: 'Nghị quyết năm', lines: defaultRecipients(org) })}
        >
          Thêm danh sách nơi nhận
        </button>
      )}
      {done ? (
        <p className="ok" role="status">
          {done}
        </p>
      ) : null}
      {error ? <p className="form-error">{error}</p> : null}
    </section>
  );
}
