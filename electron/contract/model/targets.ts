import * as z from 'zod';

/** Which way is better for a target: more, less, exactly the figure, or a person judges. */
export const directionSchema = z.enum(['higher', 'lower', 'exact', 'none']);
export type Direction = z.infer<typeof directionSchema>;

const finite = z.number().finite();

/**
 * A target value read from its words (see spec/domain.md, "Targets: what a value can be").
 * `unit` is the unit found inside the written words, if any ("tỷ đồng", "%").
 */
export const parsedValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exact'), value: finite, unit: z.string().optional(), direction: directionSchema }),
  z.object({
    kind: z.literal('lowerBound'),
    value: finite,
    inclusive: z.boolean(),
    unit: z.string().optional(),
    direction: directionSchema,
  }),
  z.object({
    kind: z.literal('upperBound'),
    value: finite,
    inclusive: z.boolean(),
    unit: z.string().optional(),
    direction: directionSchema,
  }),
  z.object({ kind: z.literal('range'), min: finite, max: finite, unit: z.string().optional(), direction: directionSchema }),
  z.object({
    kind: z.literal('growthRange'),
    min: finite,
    max: finite,
    unit: z.string().optional(),
    direction: directionSchema,
  }),
  z.object({ kind: z.literal('qualitative'), direction: directionSchema }),
]);
export type ParsedValue = z.infer<typeof parsedValueSchema>;
export type ParsedKind = ParsedValue['kind'];

/** A value exactly as the document prints it, and what the app could read from it. */
export const targetValueSchema = z.object({
  written: z.string(),
  parsed: parsedValueSchema,
});
export type TargetValue = z.infer<typeof targetValueSchema>;

export const assessments = ['vuot', 'dat', 'khong-dat', 'can-danh-gia'] as const;
export const assessmentSchema = z.enum(assessments);
export type Assessment = z.infer<typeof assessmentSchema>;

/** How many parts of a group were met (đạt or vượt), not met (không đạt), of all its parts. */
export const partsMetSchema = z.object({ met: z.number().int().min(0), notMet: z.number().int().min(0), total: z.number().int().min(0) });
export type PartsMet = z.infer<typeof partsMetSchema>;

/** Last year's figures for the same indicator, carried into this year's document. */
export const previousYearSchema = z.object({
  year: z.number().int(),
  target: z.string().optional(),
  result: z.string().optional(),
  assessment: assessmentSchema.optional(),
  /** A group's parts (a row with children and no figure of its own): how many were met, not met, of all. */
  parts: partsMetSchema.optional(),
});
export type PreviousYear = z.infer<typeof previousYearSchema>;

/**
 * One row of the targets tree. Top-level rows are numbered (STT); a row without a value
 * and with children is a group ("Chỉ tiêu về y tế"); a row may have a value and children
 * ("Giải quyết việc làm" / "Trong đó, tỷ lệ lao động qua đào tạo").
 * `key` is the indicator's stable identity across years.
 */
export type TargetNode = {
  key: string;
  name: string;
  unit?: string | undefined;
  value?: TargetValue | undefined;
  /** Which way is better when the words do not say it ("770,4" tỷ đồng: more is better). */
  better?: Direction | undefined;
  previous?: PreviousYear | undefined;
  children: TargetNode[];
};

export const targetNodeSchema: z.ZodType<TargetNode> = z.lazy(() =>
  z.object({
    key: z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'Mã chỉ tiêu chỉ gồm chữ thường không dấu, chữ số, "-" và "."'),
    name: z.string().min(1, 'Tên chỉ tiêu không được để trống'),
    unit: z.string().optional(),
    value: targetValueSchema.optional(),
    better: directionSchema.optional(),
    previous: previousYearSchema.optional(),
    children: z.array(targetNodeSchema).default([]),
  }),
);

/** Deepest nesting of targets: a real resolution has groups, targets and "trong đó" rows (3). */
export const MAX_TARGET_DEPTH = 8;

/** How deep a tree of `children` goes, counted without recursion (a hostile file may nest thousands deep). */
function depthOf(nodes: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[nodes, 1]];
  while (stack.length > 0) {
    const [list, depth] = stack.pop() ?? [[], 0];
    if (!Array.isArray(list) || list.length === 0) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_TARGET_DEPTH) return deepest;
    for (const node of list) {
      if (typeof node === 'object' && node !== null && 'children' in node) {
        stack.push([(node as { children: unknown }).children, depth + 1]);
      }
    }
  }
  return deepest;
}

/** The targets tree, its depth checked before its nodes are (so deep nesting cannot overflow the stack). */
export const targetsSchema = z
  .array(z.unknown())
  .default([])
  .check(
    z.refine((nodes) => depthOf(nodes) <= MAX_TARGET_DEPTH, {
      message: `Chỉ tiêu lồng quá sâu (tối đa ${MAX_TARGET_DEPTH} tầng); hãy kiểm tra lại tệp`,
      abort: true,
    }),
  )
  .pipe(z.array(targetNodeSchema));

/** A node of the targets tree with where it stands: its depth (0 = top level), parent, top-level group, place among its siblings. */
export type FlatTarget = {
  node: TargetNode;
  depth: number;
  parent: TargetNode | null;
  /** The top-level node it belongs to (itself at the top level: null). */
  group: TargetNode | null;
  /** Its position among its siblings (0-based) and how many they are. */
  index: number;
  siblings: number;
};

/** The targets tree as a list, depth first: the one home of flattening it. */
export function flattenTargets(nodes: readonly TargetNode[]): FlatTarget[] {
  const out: FlatTarget[] = [];
  const visit = (list: readonly TargetNode[], depth: number, parent: TargetNode | null, group: TargetNode | null): void => {
    list.forEach((node, index) => {
      out.push({ node, depth, parent, group, index, siblings: list.length });
      visit(node.children, depth + 1, node, group ?? node);
    });
  };
  visit(nodes, 0, null, null);
  return out;
}

/** Every node of the tree, depth first, with its depth (0 = top level). */
export function* walkTargets(nodes: readonly TargetNode[]): Generator<[TargetNode, number]> {
  for (const { node, depth } of flattenTargets(nodes)) yield [node, depth];
}
