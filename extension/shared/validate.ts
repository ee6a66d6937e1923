// Small runtime validators for messages crossing a context boundary. Each
// returns the value typed, or throws ValidationError naming the bad field, so
// the worker can refuse a malformed message before it touches the store.

export class ValidationError extends Error {
  override name = 'ValidationError';
}

export type Validator<T> = (value: unknown, path: string) => T;

function fail(path: string, expected: string, value: unknown): never {
  const got = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  throw new ValidationError(`${path}: expected ${expected}, got ${got}`);
}

export const string =
  (maxLength = 10_000): Validator<string> =>
  (value, path) => {
    if (typeof value !== 'string') fail(path, 'a string', value);
    if (value.length > maxLength) throw new ValidationError(`${path}: longer than ${maxLength} characters`);
    return value;
  };

export const integer =
  (min = 0, max = Number.MAX_SAFE_INTEGER): Validator<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) fail(path, 'an integer', value);
    if (value < min || value > max) throw new ValidationError(`${path}: out of range ${min}..${max}`);
    return value;
  };

export const boolean: Validator<boolean> = (value, path) => {
  if (typeof value !== 'boolean') fail(path, 'a boolean', value);
  return value;
};

export const oneOf =
  <const T extends string>(...options: T[]): Validator<T> =>
  (value, path) => {
    if (typeof value !== 'string' || !(options as string[]).includes(value)) {
      throw new ValidationError(`${path}: expected one of ${options.join(', ')}`);
    }
    return value as T;
  };

export const nullable =
  <T>(inner: Validator<T>): Validator<T | null> =>
  (value, path) =>
    value === null ? null : inner(value, path);

export const optional =
  <T>(inner: Validator<T>): Validator<T | undefined> =>
  (value, path) =>
    value === undefined ? undefined : inner(value, path);

export const array =
  <T>(item: Validator<T>, maxItems = 10_000): Validator<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    if (value.length > maxItems) throw new ValidationError(`${path}: more than ${maxItems} items`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };

type Shape = Record<string, Validator<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends ReturnType<S[K]> ? K : never }[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] };
/** Fields whose validator accepts undefined are optional. */
type Validated<S extends Shape> = Flatten<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: ReturnType<S[K]> } & { [K in OptionalKeys<S>]?: ReturnType<S[K]> }
>;

/** A plain object with exactly these fields (unknown fields are refused, not dropped). */
export const object =
  <S extends Shape>(shape: S): Validator<Validated<S>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new ValidationError(`${path}: not a plain object`);
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) throw new ValidationError(`${path}.${key}: unexpected field`);
    }
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const checked = check((value as Record<string, unknown>)[key], `${path}.${key}`);
      if (checked !== undefined) out[key] = checked;
    }
    return out as Validated<S>;
  };
