// How many SMS segments a text takes, as a carrier splits it. The alphabets are 3GPP TS 23.038
// §6.2.1 (the GSM 7-bit default alphabet and its extension table, whose characters take an escape
// septet plus their own); the sizes are 3GPP TS 23.040 §9.2.3.24.1: one message holds 160 septets
// or 70 UCS-2 code units, and each part of a concatenated one loses 6 octets to its header, leaving
// 153 septets or 67 code units. A two-septet character and a UTF-16 surrogate pair are never split
// across parts, so a part may end short.

const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM7_EXTENDED = new Set('^{}\\[~]|€\f');

export interface Segments {
  /** GSM-7 when every character is in the GSM 7-bit alphabet or its extension table, else UCS-2. */
  readonly encoding: 'GSM-7' | 'UCS-2';
  /** Parts the text is sent in; 0 for an empty text. */
  readonly count: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  readonly units: number;
  /** Units still free in the last part before another part is needed (a two-unit character needs 2). */
  readonly unitsLeft: number;
}

/** Counts the SMS segments of `text` before you send it. */
export function segments(text: string): Segments {
  const characters = [...text];
  const gsm7 = characters.every((character) => GSM7_BASIC.has(character) || GSM7_EXTENDED.has(character));
  // The width of each character in units: 1 or 2 (an extension character, a surrogate pair).
  const widths = characters.map((character) => (gsm7 ? (GSM7_EXTENDED.has(character) ? 2 : 1) : character.length));
  const single = gsm7 ? 160 : 70;
  const part = gsm7 ? 153 : 67;
  const units = widths.reduce((sum, width) => sum + width, 0);
  const encoding = gsm7 ? 'GSM-7' : 'UCS-2';
  if (units <= single) return { encoding, count: units === 0 ? 0 : 1, units, unitsLeft: single - units };
  let count = 1;
  let filled = 0;
  for (const width of widths) {
    if (filled + width > part) {
      count += 1;
      filled = 0;
    }
    filled += width;
  }
  return { encoding, count, units, unitsLeft: part - filled };
}
