import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocumentSummary } from '../../../electron/contract/model/office.ts';
import { call, errorText, useApi } from '../../api/useApi.ts';
import { onCommand } from '../../app/commands.ts';
import { useRefusal } from '../../app/start/permissions.ts';
import { showToast } from '../../app/toast/toastStore.ts';
import { DocumentGroups } from './DocumentGroups.tsx';
import { groupDocuments } from './grouping.ts';
import { HomeTools, type Place } from './HomeTools.tsx';
import { NewYearDialog } from './NewYearDialog.tsx';
import { SearchBox } from './SearchBox.tsx';
import { ResultsDialog } from './ResultsDialog.tsx';
import { SearchResults } from './SearchResults.tsx';
import { useHomeData } from './useHomeData.ts';
import { useSearch } from './useSearch.ts';
import { FormError } from '../../app/FormError.tsx';
import { shortText } from '../../../electron/format/shortText.ts';

/** What Trang chủ should do on arrival: nothing, open "Tạo nghị quyết năm mới", or focus the search box. */
export type HomeIntent = { kind: 'none' | 'new' | 'search'; at?: number };

type Props = { intent: HomeIntent; onOpen: (id: number) => void; onNavigate: (place: Place) => void };

/** Trang chủ: every document by body, year and status; search; new year's resolution. */
export function HomeScreen({ intent, onOpen, onNavigate }: Props) {
  const api = useApi();
  const data = useHomeData();
  const draftRefused = useRefusal('soan-thao');
  const [creating, setCreating] = useState(intent.kind === 'new');
  const [results, setResults] = useState<DocumentSummary | null>(null);
  const [focusKey, setFocusKey] = useState(intent.kind === 'search' ? 1 : 0);
  const [query, setQuery] = useState('');
  const search = useSearch(query);
  const groups = useMemo(() => groupDocuments(data.documents, data.organizations), [data.documents, data.organizations]);
  const orgNames = useMemo(() => new Map(data.organizations.map((o) => [o.id, o.name])), [data.organizations]);

  useEffect(() => {
    setCreating(intent.kind === 'new');
    if (intent.kind === 'search') setFocusKey((k) => k + 1);
  }, [intent]);

  useEffect(
    () =>
      onCommand((command) => {
        if (command === 'new') setCreating(true);
        else if (command === 'search') setFocusKey((k) => k + 1);
        else return command === 'open';
        return true;
      }),
    [],
  );

  const duplicate = useCallback(
    async (doc: DocumentSummary) => {
      const result = await call(() => api.duplicateDocument({ id: doc.id }));
      if (!result.ok) return void showToast({ kind: 'error', message: `Không nhân bản được: ${errorText(result.error)}` });
      showToast({
        kind: 'success',
        message: `Đã nhân bản thành dự thảo mới năm ${result.value.planYear}.`,
        action: { label: 'Mở', run: () => onOpen(result.value.id) },
      });
      await data.reload();
    },
    [api, data, onOpen],
  );

  const remove = useCallback(
    async (doc: DocumentSummary) => {
      const result = await call(() => api.deleteDocument({ id: doc.id }));
      if (!result.ok) return void showToast({ kind: 'error', message: `Không xóa được: ${errorText(result.error)}` });
      data.hide(doc.id);
      const restore = async (): Promise<void> => {
        const back = await call(() => api.restoreDocument({ id: doc.id }));
        if (!back.ok) showToast({ kind: 'error', message: `Không khôi phục được: ${errorText(back.error)}` });
        else showToast({ kind: 'success', message: 'Đã khôi phục văn bản.' });
        await data.reload();
      };
      showToast({
        kind: 'info',
        message: `Đã xóa “${shortText(doc.summary, 60)}”`,
        action: { label: 'Hoàn tác', run: () => void restore() },
        timeoutMs: 10000,
      });
    },
    [api, data],
  );

  const searching = query.trim() !== '';
  return (
    <div className="home" data-testid="home">
      <header className="topbar">
        <h1 className="app-title">Soạn Nghị quyết</h1>
        <SearchBox query={query} onQuery={setQuery} onSubmit={search.searchNow} focusKey={focusKey} />
        <button
          type="button"
          className="btn btn-primary"
          data-testid="new-year-open"
          disabled={draftRefused !== null}
          title={draftRefused ?? 'Dự thảo nghị quyết năm mới từ nghị quyết năm trước hoặc từ mẫu'}
          onClick={() => setCreating(true)}
        >
          Tạo nghị quyết năm mới
        </button>
      </header>
      <HomeTools organizations={data.organizations} onNavigate={onNavigate} />
      <main className="home-main">
        <FormError message={data.error} />
        {searching ? (
          search.state.kind === 'done' ? (
            <SearchResults query={search.state.query} hits={search.state.hits} orgNames={orgNames} onOpen={onOpen} />
          ) : search.state.kind === 'error' ? (
            <p className="form-error" role="alert">
              {search.state.message}
            </p>
          ) : (
            <p className="empty">Đang tìm…</p>
          )
        ) : data.loading ? (
          <p className="empty">Đang tải danh sách văn bản…</p>
        ) : groups.length === 0 ? (
          <p className="empty" data-testid="document-list-empty">
            Chưa có văn bản nào. Nhập nghị quyết năm trước (“Nhập văn bản cũ”: PDF đã ký số, Word) để dự thảo năm nay có chỉ tiêu và kết quả
            năm trước đặt cạnh; hoặc chọn “Tạo nghị quyết năm mới” để bắt đầu từ mẫu.
          </p>
        ) : (
          <DocumentGroups
            groups={groups}
            onOpen={onOpen}
            onDuplicate={(d) => void duplicate(d)}
            onDelete={(d) => void remove(d)}
            onResults={draftRefused === null ? setResults : undefined}
          />
        )}
      </main>
      {results ? (
        <ResultsDialog
          orgId={results.orgId}
          orgName={orgNames.get(results.orgId) ?? results.orgId}
          year={results.planYear}
          onClose={() => setResults(null)}
        />
      ) : null}
      {creating && draftRefused === null ? (
        <NewYearDialog
          organizations={data.organizations}
          documents={data.documents}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      ) : null}
    </div>
  );
}
