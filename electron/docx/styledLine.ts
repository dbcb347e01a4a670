import type { TextStyle } from '../format/profile.ts';

/** A printed line and the profile style it takes (what the layout helpers draw). */
export type StyledLine = { text: string; style: TextStyle };

/** The marks under "Số …" live with the other printed texts, shared with the editor's page. */
export { markLines } from '../format/printed.ts';
