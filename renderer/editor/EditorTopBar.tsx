import { memo } from 'react';
import type { DocumentStatus } from '../../electron/contract/model/status.ts';
import { statusNames } from '../../electron/contract/model/status.ts';
import type { Autosave } from './session/autosave.ts';
import { SaveIndicator } from './SaveIndicator.tsx';

type Props = {
  title: string;
  status: DocumentStatus;
  autosave: Autosave;
  exporting: boolean;
  /** The content is locked (under review, issued, or the person may not edit): nothing to save. */
  readOnly: boolean;
  onHome: () => void;
  onSave: () => void;
  onExport: () => void;
};

/** The editor's top bar: back to Trang chủ, which document, the save state, save and export. */
export const EditorTopBar = memo(function EditorTopBar({ title, status, autosave, exporting, readOnly, onHome, onSave, onExport }: Props) {
  return (
    <header className="topbar editor-topbar">
      <button type="button" className="btn" data-testid="editor-home" onClick={onHome} title="Về trang chủ (Ctrl+O)">
        ← Trang chủ
      </button>
      <h1 className="doc-heading" data-testid="editor-title">
        {title}
        <span className={`status-chip status-${status}`}>{statusNames[status]}</span>
      </h1>
      <SaveIndicator autosave={autosave} />
      <button
        type="button"
        className="btn"
        data-testid="editor-save"
        onClick={onSave}
        disabled={readOnly}
        title={readOnly ? 'Văn bản đang khóa, không sửa được: không có gì để lưu' : 'Lưu ngay (Ctrl+S)'}
      >
        Lưu
      </button>
      <button
        type="button"
        className="btn btn-primary"
        data-testid="editor-export"
        onClick={onExport}
        disabled={exporting}
        aria-busy={exporting}
        title="Xuất tệp .docx (Ctrl+E)"
      >
        {exporting ? 'Đang xuất…' : 'Xuất .docx'}
      </button>
    </header>
  );
});
