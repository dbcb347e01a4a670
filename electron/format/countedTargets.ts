import type { TargetNode } from '../contract/model/targets.ts';

/**
 * The chỉ tiêu a resolution counts ("Bao gồm 18 chỉ tiêu cơ bản"): its top-level targets, except
 * that a field heading grouping them ("1. Về kinh tế:", "Lĩnh vực văn hóa - xã hội", "Nhóm chỉ tiêu
 * về xây dựng Đảng", "Quốc phòng - an ninh") is no chỉ tiêu of its own: its targets are counted
 * instead. A group that is an indicator with parts ("Giá trị sản xuất … của một số ngành" with
 * "Nông nghiệp", "Công nghiệp") stays one chỉ tiêu, as the seeds count it.
 */

/**
 * "Về …", "Lĩnh vực …", "Nhóm chỉ tiêu về …", "Các chỉ tiêu về …". Not "Chỉ tiêu về y tế": Đức Trọng's
 * item 7, one chỉ tiêu with its parts.
 */
const FIELD_LEAD = /^(?:(?:nhóm|các)\s+chỉ\s*tiêu\s+)?(?:về|lĩnh\s*vực)\s+\S/iu;
/** A field named alone: words of the fields resolutions group their targets by, joined by "-", ",", "và". */
const FIELD_WORD =
  /^(?:kinh tế|văn hóa|văn hoá|xã hội|an sinh xã hội|giáo dục|đào tạo|y tế|môi trường|tài nguyên|xây dựng đảng|hệ thống chính trị|chính quyền|quốc phòng|an ninh|trật tự an toàn xã hội|dân vận|khoa học|công nghệ|chuyển đổi số)$/iu;

const fieldWords = (name: string): boolean => {
  const parts = name
    .replace(/[.:]+$/u, '')
    .split(/\s*[-–,]\s*|\s+và\s+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => FIELD_WORD.test(p));
};

/** A field heading: no value of its own, targets under it, and a name that names a field. */
export function isFieldGroup(node: TargetNode): boolean {
  if (node.value !== undefined || node.children.length === 0) return false;
  const name = node.name.trim();
  return FIELD_LEAD.test(name) || fieldWords(name);
}

export function countedTargets(nodes: readonly TargetNode[]): TargetNode[] {
  return nodes.flatMap((n) => (isFieldGroup(n) ? countedTargets(n.children) : [n]));
}
