/**
 * The roles of the office's people, without their schema (people.ts): what the command line's
 * usage lines name, with no need to load zod to print them.
 */
export const roles = ['chuyen-vien', 'chanh-van-phong', 'pho-chanh-van-phong', 'van-thu', 'quan-tri'] as const;
