/** `.env.example`, `.env.sample`, `.env.template` (also `example.env` and `.env.dist`): committed on purpose. */
export function isDotenvSampleFile(filename: string): boolean {
  const cut = Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\'));
  const name = filename.slice(cut + 1).toLowerCase();
  return (
    /^\.env(?:\.[^.]+)*\.(?:example|sample|template|dist)$/u.test(name) ||
    /^(?:example|sample|template)\.env$/u.test(name)
  );
}
