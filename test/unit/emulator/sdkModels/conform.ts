/**
 * Holds a JSON answer to an SDK model: every field it sends must be a field of the model, of the model's
 * JSON type. Absent and `null` fields are what an SDK reads as unset (all response fields are pointers).
 */
import type { FieldType, SdkModels } from './types';

export interface Conformance {
  /** One line per field that is not in the model or not of its type. */
  readonly mismatches: string[];
  /** Fields compared. */
  readonly checked: number;
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

export function conform(models: SdkModels, model: string, body: unknown): Conformance {
  const mismatches: string[] = [];
  let checked = 0;

  const check = (type: FieldType, value: unknown, at: string): void => {
    if (value === null || value === undefined) return;
    if (typeof type === 'string') {
      if (type === 'any') return;
      if (type.startsWith('#')) return object(type.slice(1), value, at);
      if (typeName(value) !== type) mismatches.push(`${at}: ${typeName(value)}, the SDK has ${type}`);
      return;
    }
    if (Array.isArray(type)) {
      if (!Array.isArray(value)) return void mismatches.push(`${at}: ${typeName(value)}, the SDK has an array`);
      value.forEach((item, i) => check((type as readonly [FieldType])[0], item, `${at}[${i}]`));
      return;
    }
    const { enum: values } = type as { readonly enum: ReadonlyArray<string | number> };
    if (!values.includes(value as string | number)) mismatches.push(`${at}: ${JSON.stringify(value)}, the SDK has one of ${values.join(', ')}`);
  };

  const object = (name: string, value: unknown, at: string): void => {
    const fields = models[name];
    if (!fields) throw new Error(`no SDK model ${name}`);
    if (typeName(value) !== 'object') return void mismatches.push(`${at}: ${typeName(value)}, the SDK has ${name}`);
    for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
      checked++;
      const type = fields[key];
      if (type === undefined) mismatches.push(`${at}.${key}: not a field of ${name}`);
      else check(type, field, `${at}.${key}`);
    }
  };

  object(model, body ?? {}, '(body)');
  return { mismatches, checked };
}
