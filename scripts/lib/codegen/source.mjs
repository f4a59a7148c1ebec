// @ts-check
// How the emitters write TypeScript source: literals, member access, doc comment lines.

export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A single-quoted string literal. @param {string} name */
export const quote = (name) => `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A property key, as it must be written after `.` or `?.`. @param {string} name @param {boolean} optional */
export const member = (name, optional) =>
  IDENTIFIER.test(name) ? `${optional ? '?.' : '.'}${name}` : `${optional ? '?.' : ''}[${quote(name)}]`;

/** A property key, as it must be written in an object literal or type. @param {string} name */
export const key = (name) => (IDENTIFIER.test(name) ? name : quote(name));

/** @param {string} text */
export const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** One line of a JSDoc comment. @param {string} text */
export const doc = (text) => text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();
