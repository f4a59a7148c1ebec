// @ts-check
/** The HTTP methods a path item or webhook may hold (OpenAPI 3.1 §4.8.9), in the spec's order. */
export const HTTP_METHODS = /** @type {const} */ ([
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
]);
