type Props = {
  busy: boolean;
  onDecide: (decision: 'accept' | 'reject') => void;
  /** The buttons' test ids: `${testId}-accept`, `${testId}-reject`. */
  testId: string;
  className?: string;
};

/** "Chấp nhận" / "Bỏ qua" of one suggestion from Word (the list in the side panel, the mark on the page). */
export function DecideButtons({ busy, onDecide, testId, className = 'row' }: Props) {
  return (
    <div className={className}>
      <button
        type="button"
        className="btn btn-small btn-primary"
        data-testid={`${testId}-accept`}
        disabled={busy}
        onClick={() => onDecide('accept')}
      >
        Chấp nhận
      </button>
      <button type="button" className="btn btn-small" data-testid={`${testId}-reject`} disabled={busy} onClick={() => onDecide('reject')}>
        Bỏ qua
      </button>
    </div>
  );
}
