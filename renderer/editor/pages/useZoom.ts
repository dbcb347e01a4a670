import { useEffect, useState, type RefObject } from 'react';

export type ZoomMode = 'fit-width' | 'fit-page' | 'actual';

const PX_PER_MM = 96 / 25.4;
/** Room left around the sheet inside the scrolling pane (its padding and the scroll bar). */
const GUTTER_PX = 48;

/** The zoom of the sheets for a mode, from the pane's size and the page's size in mm (A4 portrait by default). */
export function zoomFor(mode: ZoomMode, pane: { width: number; height: number }, page: { widthMm: number; heightMm: number }): number {
  const width = (pane.width - GUTTER_PX) / (page.widthMm * PX_PER_MM);
  const height = (pane.height - GUTTER_PX) / (page.heightMm * PX_PER_MM);
  const z = mode === 'actual' ? 1 : mode === 'fit-width' ? Math.min(width, 1.3) : Math.min(width, height);
  return Math.max(0.3, Math.round(z * 100) / 100);
}

/** The zoom in effect for the scrolling pane, following its size. */
export function useZoom(pane: RefObject<HTMLElement | null>, mode: ZoomMode, page: { widthMm: number; heightMm: number }): number {
  const [zoom, setZoom] = useState(1);
  const { widthMm, heightMm } = page;
  useEffect(() => {
    const el = pane.current;
    if (!el) return undefined;
    const update = (): void => setZoom(zoomFor(mode, { width: el.clientWidth, height: el.clientHeight }, { widthMm, heightMm }));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [pane, mode, widthMm, heightMm]);
  return zoom;
}
