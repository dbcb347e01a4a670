import { useEffect, useState } from 'react';
import type { Organization } from '../../../electron/contract/model/office.ts';
import { errorText, useApi } from '../../app/api.ts';
import { SetupBodyForm } from '../../app/start/SetupBodyForm.tsx';
import { BackupSection } from './BackupSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { SignersSection } from './SignersSection.tsx';
import { TermsSection } from './TermsSection.tsx';

/** "Cơ quan": the body's set-up edited later (with the header preview), the people of the office, and backups. */
export function OfficeScreen({ onHome }: { onHome: () => void }) {
  const api = useApi();
  const [orgs, setOrgs] = useState<Organization[]>([]);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void api.listOrganizations({}).then((r) => {
      if (!r.ok) return setMessage(errorText(r.error));
      setOrgs(r.value);
      setOrgId((id) => id ?? r.value[0]?.id ?? null);
    });
  }, [api]);
  const org = orgs.find((o) => o.id === orgId);
  return (
    <div className="office-screen" data-testid="office-screen">
      <header className="topbar">
        <button type="button" className="btn" data-testid="office-home" onClick={onHome}>
          ← Trang chủ
        </button>
        <h1 className="doc-heading">Cơ quan</h1>
        <select className="input" aria-label="Cơ quan" value={orgId ?? ''} onChange={(e) => setOrgId(e.target.value)}>
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </header>
      <main className="start">
        {message ? <p className="hint">{message}</p> : null}
        {org ? (
          <SetupBodyForm
            key={org.id}
            initial={org}
            onSaved={(saved) => {
              setOrgs((all) => all.map((o) => (o.id === saved.id ? saved : o)));
              setMessage(`Đã lưu ${saved.name}. Văn bản đã ban hành giữ nguyên tên cơ quan như lúc ban hành.`);
            }}
          />
        ) : null}
        {org ? <TermsSection key={`terms-${org.id}`} orgId={org.id} /> : null}
        {org ? <SignersSection key={`signers-${org.id}`} org={org} /> : null}
        <PeopleSection />
        <BackupSection />
      </main>
    </div>
  );
}
