// The `paths` type of a small made-up API, in the shape openapi-typescript emits, for runtime tests
// that need a typed client: GET answers 200 `{ ok }`, POST takes `Body` and answers `Status` `{ ok }`.

type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type Ok = { headers: {}; content: { 'application/json': { ok: boolean } } };

export type GetAndPostPaths<Path extends string, Body, Status extends number> = {
  [P in Path]: {
    parameters: NoParameters;
    get: { parameters: NoParameters; requestBody?: never; responses: { 200: Ok } };
    post: {
      parameters: NoParameters;
      requestBody: { content: { 'application/json': Body } };
      responses: { [S in Status]: Ok };
    };
    put?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
