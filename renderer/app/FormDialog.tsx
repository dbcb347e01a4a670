import type { ReactNode, Ref } from 'react';
import { Dialog } from './Dialog.tsx';
import { FormFooter, type FormFooterProps } from './FormFooter.tsx';

type Props = Omit<FormFooterProps, 'onCancel'> & {
  title: string;
  testId: string;
  /** "Hủy", Escape. */
  onClose: () => void;
  /** Enter or the submit button (the page is not reloaded). */
  onSubmit: () => Promise<void> | void;
  /** The form's class ("form" unless told). */
  formClassName?: string;
  formRef?: Ref<HTMLFormElement>;
  /** Set to a new value to make the footer's buttons anew (a dialog whose step changes what they do). */
  footerKey?: string;
  /** A larger box (forms with lists). */
  wide?: boolean;
  children: ReactNode;
};

/** A dialog that asks for something and then does it: its fields, then its error, "Hủy" and the submit button. */
export function FormDialog({
  title,
  testId,
  onClose,
  onSubmit,
  formClassName = 'form',
  formRef,
  footerKey,
  wide,
  children,
  ...footer
}: Props) {
  return (
    <Dialog title={title} testId={testId} onClose={onClose} wide={wide ?? false}>
      <form
        ref={formRef}
        className={formClassName}
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
      >
        {children}
        <FormFooter key={footerKey} {...footer} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
