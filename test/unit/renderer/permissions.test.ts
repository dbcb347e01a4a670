import { describe, expect, it } from 'vitest';
import type { Person, Role } from '../../../electron/contract/model/people.ts';
import { refusal } from '../../../renderer/app/start/permissions.ts';

const person = (id: number, name: string, ...roles: Role[]): Person => ({ id, name, roles, active: true });
const a = person(1, 'Nguyễn Văn A', 'chuyen-vien');
const b = person(2, 'Trần Văn B', 'chanh-van-phong');
const c = person(3, 'Lê Thị C', 'van-thu');
const office = [a, b, c];

describe('the actions the UI offers each role (the rule the dispatcher applies)', () => {
  it('offers each person only their role’s actions, and says who may do the others', () => {
    expect(refusal({ person: a, people: office }, 'soan-thao')).toBeNull();
    expect(refusal({ person: a, people: office }, 'duyet')).toBe(
      'Việc này do chánh văn phòng hoặc phó chánh văn phòng làm (bạn là chuyên viên).',
    );
    expect(refusal({ person: b, people: office }, 'duyet')).toBeNull();
    expect(refusal({ person: b, people: office }, 'ban-hanh')).toBe('Việc này do văn thư làm (bạn là chánh văn phòng).');
    expect(refusal({ person: c, people: office }, 'ban-hanh')).toBeNull();
    expect(refusal({ person: c, people: office }, 'soan-thao')).toContain('Việc này do chuyên viên');
  });

  it('leaves everything open before the office names its people, and set-up open while nobody is quản trị', () => {
    expect(refusal({ person: null, people: [] }, 'ban-hanh')).toBeNull();
    expect(refusal({ person: c, people: office }, 'thiet-lap')).toBeNull();
    const admin = person(4, 'Phạm Văn Q', 'quan-tri');
    expect(refusal({ person: c, people: [...office, admin] }, 'thiet-lap')).toBe('Việc này do quản trị làm (bạn là văn thư).');
    expect(refusal({ person: admin, people: [...office, admin] }, 'thiet-lap')).toBeNull();
  });
});
