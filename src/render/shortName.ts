import type { Operation } from '../corpus/types.ts';

/**
 * What people call the operation: its first alias ("Sky ECC", "Theseus"), else its name. Used
 * where several operations share a line or a picture, and full names would crowd it.
 */
export function shortName(operation: Pick<Operation, 'name' | 'aliases'>): string {
  return operation.aliases[0] ?? operation.name;
}
