/**
 * What each source paragraph turned out to be, by its index: the model builder records it and
 * the format checker reads it to know which rules apply to which paragraph.
 */
export type Role =
  | 'party-title'
  | 'superior-body'
  | 'issuing-body'
  | 'asterisk'
  | 'number'
  | 'place-date'
  | 'mark'
  | 'document-type'
  | 'conference'
  | 'summary'
  | 'separator'
  | 'preamble'
  | 'decision-line'
  | 'heading-part'
  | 'heading-part-title'
  | 'heading-section'
  | 'heading-item'
  | 'heading-subitem'
  | 'heading-subsubitem'
  | 'paragraph'
  | 'bullet'
  | 'table'
  | 'recipients-label'
  | 'recipient'
  | 'production-note'
  | 'authority'
  | 'signer-title'
  | 'signer-name'
  | 'appendix'
  | 'copy'
  /** Pieces of one paragraph (a line laid out with tabs) with different roles. */
  | 'mixed';

/** Roles by paragraph index; `pieces` by "index:ordinal" for paragraphs laid out in pieces (header, closing). */
export type Roles = { para: Map<number, Role>; pieces: Map<string, Role> };

export function newRoles(): Roles {
  return { para: new Map(), pieces: new Map() };
}

export function setRole(roles: Roles, index: number, role: Role): void {
  const before = roles.para.get(index);
  if (before === undefined) roles.para.set(index, role);
  else if (before !== role) roles.para.set(index, 'mixed');
}

/** The role of one piece of a laid-out paragraph (and of the paragraph, 'mixed' when its pieces differ). */
export function setPieceRole(roles: Roles, piece: { para: { index: number }; span: { ordinal: number } }, role: Role): void {
  roles.pieces.set(`${piece.para.index}:${piece.span.ordinal}`, role);
  setRole(roles, piece.para.index, role);
}
