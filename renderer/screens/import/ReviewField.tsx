import type { ReactNode } from 'react';

type Props = { label: string; doubtful: boolean; grow?: boolean; children: ReactNode };

/** A labelled field of the import review; a doubtful one (the reader was unsure) is highlighted and says so. */
export function ReviewField({ label, doubtful, grow = false, children }: Props) {
  return (
    <label className={`field${grow ? ' grow' : ''}${doubtful ? ' doubtful' : ''}`} data-doubtful={doubtful}>
      <span>
        {label}
        {doubtful ? (
          <span className="doubt-mark" title="Ứng dụng chưa chắc đã đọc đúng: đối chiếu với bản gốc bên trái">
            {' '}
            ⚠ cần xem lại
          </span>
        ) : null}
      </span>
      {children}
    </label>
  );
}
