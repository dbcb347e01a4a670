import type { ReactNode } from 'react';

type Props = {
  /** The screen's name, as its heading. */
  title: string;
  /** The test id of "← Trang chủ" (`register-home`, `copies-home` …). */
  homeTestId: string;
  onHome: () => void;
  /** The screen's own controls, after its name. */
  children?: ReactNode;
};

/** The top bar of a screen reached from Trang chủ: "← Trang chủ", the screen's name, then its own controls. */
export function ScreenTopBar({ title, homeTestId, onHome, children }: Props) {
  return (
    <header className="topbar">
      <button type="button" className="btn" data-testid={homeTestId} onClick={onHome}>
        ← Trang chủ
      </button>
      <h1 className="doc-heading">{title}</h1>
      {children}
    </header>
  );
}
