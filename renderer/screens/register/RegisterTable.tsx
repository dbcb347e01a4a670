import type { RegisterEntry } from '../../../electron/contract/workflow.ts';
import { dateTimeVi, isoDayVi } from '../../app/format.ts';
import { useRefusal } from '../../app/start/permissions.ts';

type Props = { entries: RegisterEntry[]; onVoid: (entry: RegisterEntry) => void };

/** The number register as the clerk keeps it on paper: số, ngày, trích yếu, nơi nhận, người ký; a voided number struck through with why. */
export function RegisterTable({ entries, onVoid }: Props) {
  const refused = useRefusal('ban-hanh');
  return (
    <table className="grid register-table" data-testid="register-table">
      <thead>
        <tr>
          <th className="col-number">Số, ký hiệu</th>
          <th className="col-date">Ngày</th>
          <th>Trích yếu</th>
          <th>Nơi nhận</th>
          <th className="col-signer">Người ký</th>
          <th className="col-actions" aria-label="Thao tác" />
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr
            key={e.id}
            className={e.voided ? 'register-row voided' : 'register-row'}
            data-testid="register-row"
            data-seq={e.seq}
            data-voided={e.voided ? 'true' : 'false'}
          >
            <td className="col-number">
              <span className="struck-when-void">{e.symbol}</span>
              {e.secret ? (
                <span className="tag-secret" title="Văn bản mật">
                  Mật
                </span>
              ) : null}
            </td>
            <td className="col-date">
              <span className="struck-when-void">{isoDayVi(e.issuedOn)}</span>
            </td>
            <td>
              <span className="struck-when-void">{e.summary}</span>
              {e.voided ? (
                <p className="void-note" data-testid="register-void-note">
                  Đã hủy số: {e.voided.reason} ({e.voided.by}, {dateTimeVi(e.voided.at)})
                </p>
              ) : null}
            </td>
            <td className="col-recipients">
              <span className="struck-when-void">{e.recipients}</span>
            </td>
            <td className="col-signer">
              <span className="struck-when-void">{e.signer}</span>
            </td>
            <td className="col-actions">
              {e.voided ? null : (
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  data-testid="register-void"
                  disabled={refused !== null}
                  title={refused ?? 'Hủy số đã cấp, ghi rõ lý do'}
                  onClick={() => onVoid(e)}
                >
                  Hủy số
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
