// How many SMS segments a text takes. The per-message limits (160 GSM-7 characters, 70 UCS-2) are
// from Bandwidth/api-docs site/docs/messaging/webhooks.mdx (`segmentCount`); the per-segment sizes
// of a concatenated message (153 and 67, the rest being the concatenation header) are the GSM
// standard's, which no document of ours states: the sandbox's choice.

const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters of the GSM-7 extension table: each takes two septets. */
const GSM7_EXTENDED = '^{}\\[~]|€\f';

/** Segment count of a text message (0 for an empty text). */
export function smsSegmentCount(text: string): number {
  if (text.length === 0) return 0;
  let septets = 0;
  let gsm7 = true;
  for (const character of text) {
    if (GSM7_BASIC.includes(character)) septets += 1;
    else if (GSM7_EXTENDED.includes(character)) septets += 2;
    else {
      gsm7 = false;
      break;
    }
  }
  if (gsm7) return septets <= 160 ? 1 : Math.ceil(septets / 153);
  // UCS-2 counts UTF-16 code units: a character outside the BMP takes two.
  return text.length <= 70 ? 1 : Math.ceil(text.length / 67);
}
