import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useMemo } from 'react';
import type { Organization, StoredDocument } from '../../electron/contract/model/office.ts';
import { isContentEditable } from '../../electron/contract/model/status.ts';
import { showToast } from '../app/toast/toastStore.ts';
import { $setBodyBlocks } from './convert/index.ts';
import { bodyNodes } from './nodes/registry.ts';
import { splitForLoading } from './plugins/Load/LoadRestPlugin.tsx';
import { splitDocument } from './session/parts.ts';
import { editorTheme } from './theme.ts';
import { Workspace } from './Workspace.tsx';

type Props = { stored: StoredDocument; organizations: Organization[]; onClose: () => void; onReload: () => void };

/** One open document: the Lexical editor (created once, with the stored body) around the workspace. */
export function DocumentEditor({ stored, organizations, onClose, onReload }: Props) {
  const { parts, body } = useMemo(() => splitDocument(stored.content), [stored]);
  const { first, rest } = useMemo(() => splitForLoading(body), [body]);
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'nghi-quyet',
      editable: isContentEditable(stored.status),
      nodes: bodyNodes,
      theme: editorTheme,
      onError: (error: Error) => showToast({ kind: 'error', message: `Trình soạn thảo gặp lỗi: ${error.message}` }),
      editorState: () => $setBodyBlocks(first),
    }),
    [first, stored.status],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <Workspace stored={stored} initialParts={parts} rest={rest} organizations={organizations} onClose={onClose} onReload={onReload} />
    </LexicalComposer>
  );
}
