// The YAML bundles of @messaging-contracts/specs are read by tools in other languages, many of which
// parse YAML 1.1 (PyYAML, SnakeYAML: Specmatic, Schemathesis). Each must read as its JSON twin does.
import { apis, specPath } from '@messaging-contracts/specs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

describe.each(apis.map((api) => api.name))('the YAML bundle of %s', (name) => {
  const json: unknown = JSON.parse(readFileSync(specPath(name, 'json'), 'utf8'));
  const yaml = readFileSync(specPath(name, 'yaml'), 'utf8');

  it('reads as the JSON bundle in a YAML 1.1 parser (Yes, No, on, dates and octals stay strings)', () => {
    expect(parse(yaml, { version: '1.1' })).toEqual(json);
  });

  it('reads as the JSON bundle in a YAML 1.2 parser', () => {
    expect(parse(yaml)).toEqual(json);
  });
});
