import { useEffect, useState } from 'react';
import type { Organization } from '../../../electron/contract/model/office.ts';
import { errorText, useApi } from '../../api/useApi.ts';
import { useRefusal } from '../../app/start/permissions.ts';
import { SetupBodyForm } from '../../app/start/SetupBodyForm.tsx';
import { BackupSection } from './BackupSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { RecipientListsSection } from './RecipientListsSection.tsx';
import { RegisterStartSection } from './RegisterStartSection.tsx';
import { ServerSection } from './ServerSection.tsx';
import { SetupChangesSection } from './SetupChangesSection.tsx';
import { SignersSection } from './SignersSection.tsx';
import { TermsSection } from './TermsSection.tsx';
import { ScreenTopBar } from '../../app/ScreenTopBar.tsx';

export const officeTabs = ['body', 'terms', 'signers', 'recipients', 'people', 'backups', 'server', 'audit'] as const;
export type OfficeTab = (typeof officeTabs)[number];

const tabNames: Record<OfficeTab, string> = {
  body: 'Cơ quan',
  terms: 'Nhiệm kỳ và sổ số',
  signers: 'Người ký',
  recipients: 'Nơi nhận',
  people: 'Người dùng',
  backups: 'Sao lưu',
  server: 'Máy chủ văn phòng',
  audit: 'Nhật ký thay đổi',
};

/** Tabs that say themselves what each role may do there (the others are read-only but for quản trị). */
const ownRoles: ReadonlySet<OfficeTab> = new Set(['audit', 'backups', 'server']);

/**
 * "Cơ quan": the body's set-up edited later (with the header preview), its terms and the number
 * register's start, signers, recipient lists, the people of the office, backups, the office server
 * this computer may run, and the audit of every change. Set-up is for quản trị: others see it read-only, with who may change it.
 */
export function OfficeScreen({ onHome }: { onHome: () => void }) {
  const api = useApi();
  const refused = useRefusal('thiet-lap');
  const [orgs, setOrgs] = useState<Organization[]>([]);
  const [orgId, setOrgId] = useState<string | null>(null);
  const [tab, setTab] = useState<OfficeTab>('body');
  const [message, setMessage] = useState<string | null>(null);
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    void api.listOrganizations({}).then((r) => {
      if (!r.ok) return setMessage(errorText(r.error));
      setOrgs(r.value);
      setOrgId((id) => id ?? r.value[0]?.id ?? null);
    });
  }, [api]);
  const org = orgs.find((o) => o.id === orgId);
  const changed = () => setChanges((n) => n + 1);
  return (
    <div className="office-screen" data-testid="office-screen">
      <ScreenTopBar title="Cơ quan" homeTestId="office-home" onHome={onHome}>
        <select
          className="input"
          aria-label="Cơ quan"
          data-testid="office-org"
          value={orgId ?? ''}
          onChange={(e) => setOrgId(e.target.value)}
        >
          {orgs.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </ScreenTopBar>
      <div role="tablist" className="tabs office-tabs" aria-label="Thiết lập cơ quan">
        {officeTabs.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`office-tab-${t}`}
            aria-selected={tab === t}
            aria-controls="office-tabpanel"
            className="tab"
            data-testid={`office-tab-${t}`}
            onClick={() => setTab(t)}
          >
            {tabNames[t]}
          </button>
        ))}
      </div>
      <main className="start office-main" role="tabpanel" id="office-tabpanel" aria-labelledby={`office-tab-${tab}`}>
        {refused && !ownRoles.has(tab) ? (
          <p className="warning" data-testid="office-read-only">
            Chỉ xem. {refused}
          </p>
        ) : null}
        {message ? <p className="hint">{message}</p> : null}
        <fieldset className="plain-fieldset" disabled={refused !== null && !ownRoles.has(tab)} title={refused ?? undefined}>
          {org && tab === 'body' ? (
            <SetupBodyForm
              key={org.id}
              initial={org}
              onSaved={(saved) => {
                setOrgs((all) => all.map((o) => (o.id === saved.id ? saved : o)));
                setMessage(`Đã lưu ${saved.name}. Văn bản đã ban hành giữ nguyên tên cơ quan như lúc ban hành.`);
                changed();
              }}
            />
          ) : null}
          {org && tab === 'terms' ? (
            <>
              <TermsSection key={`terms-${org.id}-${changes}`} orgId={org.id} onChanged={changed} />
              <RegisterStartSection key={`register-${org.id}-${changes}`} orgId={org.id} />
            </>
          ) : null}
          {org && tab === 'signers' ? <SignersSection key={`signers-${org.id}`} org={org} /> : null}
          {org && tab === 'recipients' ? <RecipientListsSection key={`recipients-${org.id}`} org={org} /> : null}
          {tab === 'people' ? <PeopleSection /> : null}
          {tab === 'backups' ? <BackupSection /> : null}
          {tab === 'server' ? <ServerSection /> : null}
          {org && tab === 'audit' ? <SetupChangesSection orgId={org.id} reloadKey={changes} /> : null}
        </fieldset>
      </main>
    </div>
  );
}
