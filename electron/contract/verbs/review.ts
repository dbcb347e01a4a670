import { reviewRequests, type ApprovalSummary, type DecisionOutcome, type ReviewImportReport, type Suggestion } from '../model/review.ts';
import { channel } from './channel.ts';

/**
 * Review through Word (request schemas in ../model/review.ts). The review copy itself is
 * `exportReviewCopy` (verbs/comments.ts); these verbs take the reviewer's file back.
 */
export const reviewVerbs = {
  /** "Nhập góp ý từ Word": comments and tracked changes of the returned .docx into the draft. */
  importWordReview: channel<ReviewImportReport>()(reviewRequests.importWordReview),
  /** A document's suggestions (góp ý sửa), every state, in reading order. */
  listSuggestions: channel<Suggestion[]>()(reviewRequests.listSuggestions),
  /** "Chấp nhận" / "Bỏ qua": the suggestions named, or every open one. */
  decideSuggestions: channel<DecisionOutcome>()(reviewRequests.decideSuggestions),
  /** Before "Duyệt" / "Ban hành": open comments and suggestions, format errors and warnings. */
  approvalSummary: channel<ApprovalSummary>()(reviewRequests.approvalSummary),
};
