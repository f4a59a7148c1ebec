import { createApiClient, type ApiClient, type ApiClientOptions } from './client.js';
import type { ParameterRules } from './parameters.js';
import { withSlashedPathParameters } from './slashed-paths.js';

/** The options every generated client takes: credentials, and where and how to send. */
export type ClientOptions = Omit<ApiClientOptions, 'auth' | 'baseUrl' | 'parameterRules'> & {
  /** Default: the API's production server. Point it at a mock, e.g. http://127.0.0.1:4010. */
  baseUrl?: string | undefined;
} & (
    | {
        /** HTTP Basic username (what it is depends on the API; see its README). */
        username: string;
        /** HTTP Basic password. */
        password: string;
        accessToken?: never;
      }
    | {
        /** A bearer token, or a function returning a fresh one per request (OAuth 2.0). */
        accessToken: string | (() => string | Promise<string>);
        username?: never;
        password?: never;
      }
  );

/**
 * The `createClient` of one API: its production server, its generated parameter rules, and the path
 * parameters its spec marks `x-allowSlashes` (sent with their `/` as is; see pathSerializerFor).
 */
export function clientFactory<Paths extends {}>(defaults: {
  baseUrl: string;
  parameterRules: ParameterRules;
  slashedPathParameters?: readonly string[];
}) {
  return function createClient(options: ClientOptions): ApiClient<Paths> {
    const { username, password, accessToken, baseUrl, ...rest } = options;
    const auth =
      accessToken !== undefined
        ? { token: accessToken }
        : { username: username as string, password: password as string };
    const client = createApiClient<Paths>({
      ...rest,
      baseUrl: baseUrl ?? defaults.baseUrl,
      auth,
      parameterRules: defaults.parameterRules,
    });
    return withSlashedPathParameters(client, defaults.slashedPathParameters ?? [], defaults.parameterRules);
  };
}
