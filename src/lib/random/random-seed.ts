/** A fresh random 32-bit seed from the browser's CSPRNG (the domain only ever takes seeds). */
export function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}
