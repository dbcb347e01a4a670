import type { CopyListing } from '../../../electron/contract/api.ts';
import { isoDayVi } from '../../app/format.ts';
import { copyKindNames } from '../../../electron/contract/api.ts';

/** Sổ bản sao: one row per copy made — number, kind, what was copied, day, Nơi nhận, signer, who made it. */
export function CopiesTable({ copies }: { copies: CopyListing[] }) {
  return (
    <table className="grid register-table" data-testid="copies-table">
      <thead>
        <tr>
          <th className="col-number">Số bản sao</th>
          <th>Hình thức</th>
          <th>Văn bản được sao</th>
          <th className="col-date">Ngày sao</th>
          <th>Nơi nhận</th>
          <th className="col-signer">Người ký</th>
        </tr>
      </thead>
      <tbody>
        {copies.map((c) => (
          <tr key={c.id} data-testid="copy-row" data-seq={c.seq} data-kind={c.kind}>
            <td className="col-number">{c.number}</td>
            <td>{copyKindNames[c.kind]}</td>
            <td>{c.sourceLabel}</td>
            <td className="col-date">{isoDayVi(c.copiedOn)}</td>
            <td className="col-recipients">{c.recipients.map((r) => r.text).join('; ')}</td>
            <td className="col-signer">
              {c.signer.name}
              <span className="hint"> — {c.signer.title}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
