/**
 * Marks the end of an exhaustive switch: the compiler fails if a case is missing.
 */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
