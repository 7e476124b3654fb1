/**
 * The default env read the suggestions write, spelled out here (not imported from src) so the rule tests fail
 * if the form changes.
 */
export const ENV = (name: string): string =>
  `(process.env.${name} ?? (() => { throw new Error("${name} is not set"); })())`;
