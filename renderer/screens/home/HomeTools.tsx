import { useState } from 'react';
import type { Organization } from '../../../electron/contract/model/office.ts';
import { CopyDialog } from '../copies/CopyDialog.tsx';
import { useRefusal } from '../../app/start/permissions.ts';

/** The screens besides Trang chủ that the office reaches from it. */
export type Place = 'register' | 'copies' | 'import' | 'office';

type Props = { organizations: Organization[]; onNavigate: (place: Place) => void };

/** Trang chủ's second row: the clerk's registers, sao lục of a received document, importing old documents. */
export function HomeTools({ organizations, onNavigate }: Props) {
  const [copying, setCopying] = useState(false);
  const copyRefused = useRefusal('ban-hanh');
  const importRefused = useRefusal('soan-thao');
  return (
    <nav className="home-tools" aria-label="Sổ sách và công cụ">
      <button type="button" className="btn" data-testid="home-register" onClick={() => onNavigate('register')}>
        Sổ đăng ký văn bản
      </button>
      <button type="button" className="btn" data-testid="home-copies" onClick={() => onNavigate('copies')}>
        Sổ bản sao
      </button>
      <button
        type="button"
        className="btn"
        data-testid="home-sao-luc"
        disabled={organizations.length === 0 || copyRefused !== null}
        title={copyRefused ?? undefined}
        onClick={() => setCopying(true)}
      >
        Sao lục văn bản nhận được
      </button>
      <button
        type="button"
        className="btn"
        data-testid="home-import"
        disabled={importRefused !== null}
        title={importRefused ?? undefined}
        onClick={() => onNavigate('import')}
      >
        Nhập văn bản cũ (PDF, Word, .txt)
      </button>
      <button type="button" className="btn" data-testid="home-office" onClick={() => onNavigate('office')}>
        Cơ quan
      </button>
      {copying ? (
        <CopyDialog
          kind="sao-luc"
          orgId={organizations[0]?.id ?? ''}
          document={null}
          organizations={organizations}
          onClose={() => setCopying(false)}
        />
      ) : null}
    </nav>
  );
}
