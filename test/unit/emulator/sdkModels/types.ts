/** The notation of the SDK model tables: a JSON type per field, a model by `#name`, an array as `[type]`. */
export type FieldType =
  | 'string'
  | 'number'
  | 'boolean'
  | 'any'
  | `#${string}`
  | readonly [FieldType]
  | { readonly enum: ReadonlyArray<string | number> };

export type SdkModels = Readonly<Record<string, Readonly<Record<string, FieldType>>>>;
