// @ts-check
// The tiny program of the bundle-size and cold-start benchmarks: list messages with raw fetch.

/** @param {string} baseUrl */
export async function listMessages(baseUrl) {
  const response = await fetch(
    `${baseUrl}/users/${encodeURIComponent('12345')}/messages?messageId=${encodeURIComponent('1589228074636lm4k2je7j7jklbn2')}`,
    {
      headers: { Accept: 'application/json', Authorization: `Basic ${btoa('api-user:api-password')}` },
    },
  );
  if (!response.ok) throw new Error(`listMessages answered ${response.status}`);
  return response.json();
}
