// SMS segment counting, table-driven. Carrier counts follow 3GPP TS 23.038 §6.2.1 (GSM 7-bit default
// alphabet and extension table) and TS 23.040 §9.2.3.24.1 (concatenation: 153 septets or 67 UCS-2
// code units a part, after 160 or 70 for a single message), with no two-septet character and no
// surrogate pair split across parts. The sandbox's segmentCount uses the same function.
import * as fone from '@messaging-contracts/fonedynamics-messaging-v2';
import * as v1 from '@messaging-contracts/bandwidth-messaging-v1';
import * as v2 from '@messaging-contracts/bandwidth-messaging-v2';
import { segments } from '@messaging-contracts/runtime';
import { describe, expect, it } from 'vitest';

const a = (n: number) => 'a'.repeat(n);
const rep = (text: string, n: number) => text.repeat(n);

// [what, text, encoding, count, units]
const CASES: Array<[string, string, 'GSM-7' | 'UCS-2', number, number]> = [
  ['empty text', '', 'GSM-7', 0, 0],
  ['one character', 'a', 'GSM-7', 1, 1],
  ['160 GSM-7 characters: one message', a(160), 'GSM-7', 1, 160],
  ['161 GSM-7 characters: two parts', a(161), 'GSM-7', 2, 161],
  ['306 GSM-7 characters: two full parts', a(306), 'GSM-7', 2, 306],
  ['307 GSM-7 characters: three parts', a(307), 'GSM-7', 3, 307],
  ['459 GSM-7 characters: three full parts', a(459), 'GSM-7', 3, 459],
  ['460 GSM-7 characters: four parts', a(460), 'GSM-7', 4, 460],
  ['80 euro signs: 160 septets, one message', rep('€', 80), 'GSM-7', 1, 160],
  ['81 euro signs: 162 septets, two parts', rep('€', 81), 'GSM-7', 2, 162],
  ['159 a + €: 161 septets, two parts', `${a(159)}€`, 'GSM-7', 2, 161],
  ['158 a + €: 160 septets, one message', `${a(158)}€`, 'GSM-7', 1, 160],
  ['152 a + € + 152 a: the escape pair moves to part two, so three parts', `${a(152)}€${a(152)}`, 'GSM-7', 3, 306],
  ['151 a + € + 153 a: part one ends exactly, two parts', `${a(151)}€${a(153)}`, 'GSM-7', 2, 306],
  ['every extension character once', '^{}\\[~]|€', 'GSM-7', 1, 18],
  ['form feed is an extension character', '\f', 'GSM-7', 1, 2],
  ['line feed and carriage return are basic', 'a\nb\rc', 'GSM-7', 1, 5],
  ['GSM-7 accented letters', 'èéùìòÇØøÅåÆæßÉÄÖÑÜäöñüà', 'GSM-7', 1, 23],
  ['Greek capitals of the basic table', 'ΔΦΓΛΩΠΨΣΘΞ', 'GSM-7', 1, 10],
  ['a lower-case ç is not GSM-7', 'ç', 'UCS-2', 1, 1],
  ['a backtick is not GSM-7', '`', 'UCS-2', 1, 1],
  ['70 UCS-2 characters: one message', rep('日', 70), 'UCS-2', 1, 70],
  ['71 UCS-2 characters: two parts', rep('日', 71), 'UCS-2', 2, 71],
  ['134 UCS-2 characters: two full parts', rep('日', 134), 'UCS-2', 2, 134],
  ['135 UCS-2 characters: three parts', rep('日', 135), 'UCS-2', 3, 135],
  ['one emoji takes two code units', '😀', 'UCS-2', 1, 2],
  ['35 emoji: 70 code units, one message', rep('😀', 35), 'UCS-2', 1, 70],
  ['36 emoji: 72 code units, two parts', rep('😀', 36), 'UCS-2', 2, 72],
  ['66 a + 34 emoji: no surrogate pair is split, three parts', `${a(66)}${rep('😀', 34)}`, 'UCS-2', 3, 134],
  ['65 a + 35 emoji: part one ends exactly at 67, three parts', `${a(65)}${rep('😀', 35)}`, 'UCS-2', 3, 135],
  ['one non-GSM character turns 100 GSM characters into UCS-2 parts', `${a(100)}日`, 'UCS-2', 2, 101],
  ['a GSM-7 text with one emoji', 'Hello 😀', 'UCS-2', 1, 8],
];

describe('segments()', () => {
  it.each(CASES)('%s', (_what, text, encoding, count, units) => {
    const result = segments(text);
    expect(result).toMatchObject({ encoding, count, units });
  });

  it('says how many units are left in the last part', () => {
    expect(segments('').unitsLeft).toBe(160);
    expect(segments(a(150)).unitsLeft).toBe(10);
    expect(segments(a(161)).unitsLeft).toBe(145);
    expect(segments(`${a(152)}€${a(152)}`).unitsLeft).toBe(152);
    expect(segments(rep('日', 60)).unitsLeft).toBe(10);
    expect(segments(`${a(66)}${rep('😀', 34)}`).unitsLeft).toBe(65);
  });

  it('is exported by every client package', () => {
    for (const client of [v2, v1, fone]) expect(client.segments).toBe(segments);
  });
});
