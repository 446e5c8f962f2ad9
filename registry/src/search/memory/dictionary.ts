/** Small integer ids for repeated strings (statuses, manufacturer ids…), so columns can be typed arrays. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.ids.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }
}

/** A Uint32Array that grows by half its size (typed arrays have a fixed length). */
export class GrowableUint32 {
  array: Uint32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.array = new Uint32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.array.length) {
      const next = new Uint32Array(Math.ceil(this.array.length * 1.5));
      next.set(this.array);
      this.array = next;
    }
    this.array[this.length++] = value;
  }
}

/** A copy of `array` with room for at least `length` elements (doubling), or `array` itself. */
export function grown<T extends Uint8Array | Int32Array>(array: T, length: number): T {
  if (length <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2));
  next.set(array);
  return next;
}
