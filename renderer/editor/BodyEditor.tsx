import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import type { HistoryState } from '@lexical/history';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { memo } from 'react';
import type { Block } from '../../electron/contract/model/body.ts';
import type { FormatProfile } from '../../electron/format/profile.ts';
import { BodyChangePlugin } from './plugins/Autosave/BodyChangePlugin.tsx';
import { BlocksPlugin } from './plugins/Blocks/BlocksPlugin.tsx';
import { CommentsPlugin } from './plugins/Comments/CommentsPlugin.tsx';
import { FootnoteList } from './plugins/Footnote/FootnoteList.tsx';
import { LoadRestPlugin } from './plugins/Load/LoadRestPlugin.tsx';
import { LabelDetectionPlugin } from './plugins/LabelDetection/LabelDetectionPlugin.tsx';
import { NumberingPlugin } from './plugins/Numbering/NumberingPlugin.tsx';
import { PastePlugin } from './plugins/Paste/PastePlugin.tsx';
import { PromptsPlugin } from './plugins/Prompts/PromptsPlugin.tsx';
import { ShortcutsPlugin } from './plugins/Shortcuts/ShortcutsPlugin.tsx';
import { SpellPlugin } from './plugins/Spell/SpellPlugin.tsx';
import { TextInsertPlugin } from './plugins/TextInsert/TextInsertPlugin.tsx';

type Props = { profile: FormatProfile; onBodyChange: () => void; rest: readonly Block[]; onLoaded: () => void; history: HistoryState };

/** The body (box 6) in Lexical, with its plugins. Its props never change while a document is open, so typing re-renders nothing around it. */
export const BodyEditor = memo(function BodyEditor({ profile, onBodyChange, rest, onLoaded, history }: Props) {
  return (
    <div className="pf-body">
      <RichTextPlugin
        contentEditable={
          <ContentEditable
            className="nq-body"
            lang="vi"
            spellCheck={false}
            aria-label="Nội dung nghị quyết"
            aria-multiline
            data-testid="body-editor"
          />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      <HistoryPlugin externalHistoryState={history} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasTabHandler />
      <BlocksPlugin />
      <ShortcutsPlugin />
      <LabelDetectionPlugin />
      <TextInsertPlugin />
      <PromptsPlugin />
      <PastePlugin />
      <NumberingPlugin profile={profile} />
      <BodyChangePlugin onChange={onBodyChange} />
      <LoadRestPlugin rest={rest} onLoaded={onLoaded} />
      <FootnoteList />
      <CommentsPlugin />
      <SpellPlugin />
    </div>
  );
});
