import { memo } from 'react';
import { formatDateShort } from '../../../electron/format/dates.ts';
import type { FormatProfile } from '../../../electron/format/profile.ts';
import { listProfiles } from '../../../electron/format/profiles/index.ts';
import { documentDay, profileLabel, profileMismatch } from '../../../electron/format/resolveProfile.ts';

type Props = {
  profile: FormatProfile;
  date: string | null;
  planYear: number;
  /** Issued documents keep their profile: no choice then. */
  issued: boolean;
  readOnly: boolean;
  onChange: (profileId: string) => void;
};

/**
 * Which rules the document follows ("Thể thức: Hướng dẫn 05-HD/VPTW (2026)"); a draft may switch,
 * and is warned when its choice is not the profile in force on its date (the one resolver's policy).
 */
export const ProfileBar = memo(function ProfileBar({ profile, date, planYear, issued, readOnly, onChange }: Props) {
  const due = profileMismatch({ profileId: profile.id, date, planYear, issued });
  const day = formatDateShort(documentDay({ date, planYear }));
  return (
    <div className={due ? 'banner banner-warning profile-bar' : 'banner banner-info profile-bar'} data-testid="profile-bar">
      {issued || readOnly ? (
        <span data-testid="profile-name">{profileLabel(profile)}</span>
      ) : (
        <label className="profile-choice">
          <span>Thể thức: </span>
          <select className="input" data-testid="profile-select" value={profile.id} onChange={(e) => onChange(e.target.value)}>
            {listProfiles().map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {due ? (
        <span role="status" data-testid="profile-warning">
          ⚠ Văn bản ngày {day} phải theo {due.name} (áp dụng từ {formatDateShort(due.rules.inForceFrom)}); dự thảo đang chọn {profile.name}.
        </span>
      ) : null}
    </div>
  );
});
