import { createContext } from 'react';
import type { TargetNode } from '../../../electron/contract/model/targets.ts';

/** The side panel's tabs. */
export const panelTabs = ['targets', 'closing', 'appendix', 'findings', 'comments', 'history', 'versions'] as const;
export type PanelTab = (typeof panelTabs)[number];

/** What the body's decorator views need from the document around them. */
export type BodyContext = {
  targets: TargetNode[];
  openPanel: (tab: PanelTab) => void;
};

export const BodyContextValue = createContext<BodyContext>({ targets: [], openPanel: () => undefined });
