// One sandbox = one API on one port: a node:http server that puts Prism's validation in front of
// the API folder's stateful behaviour (or Prism's examples in stateless mode), validates every
// answer against the spec, and never lets a request crash the process.
import { type SandboxControl, createControl } from './control.js';
import { answerControlRequest } from './control-http.js';
import { SandboxStartError } from './errors.js';
import { type SandboxOptions, resolveOptions } from './options.js';
import { answerApiRequest } from './pipeline/index.js';
import { errorResponse } from './pipeline/error-response.js';
import { sandboxError } from './pipeline/stage.js';
import { listen } from './server.js';
import { createServices } from './services.js';
import { CONTROL_PREFIX, loadBehaviour, loadSpec } from './spec-loading.js';

export { CONTROL_PREFIX } from './spec-loading.js';
export { DEFAULT_HOST, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_JSON_DEPTH } from './options.js';
export type { SandboxOptions } from './options.js';
export type { SandboxControl } from './control.js';
export type { ForcedAnswer } from './pipeline/forced-answers.js';

/** How long the sandbox waits for its own health endpoint before it counts as not started. */
const READY_PROBE_TIMEOUT_MS = 5000;

export interface Sandbox {
  readonly api: string;
  /** e.g. http://127.0.0.1:4010 (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly stateless: boolean;
  readonly control: SandboxControl;
  /** Closes the server, cancels timers and deliveries; resolves when nothing is left listening. */
  stop(): Promise<void>;
}

/** Start one API's sandbox; resolves once it answers HTTP. */
export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const resolved = resolveOptions(options);
  const { api, log } = resolved;
  const spec = await loadSpec(api, options.spec);
  const behaviour = await loadBehaviour(api, options.behaviour);
  if (!resolved.stateless && !behaviour)
    log(`${api}: no stateful behaviour yet (src/apis/${api}/); answering with Prism's examples`);

  const listening = await listen(api, resolved.host, resolved.port);
  const services = createServices(options, resolved, { spec, behaviour }, listening.url);
  const control = createControl(services);
  listening.serve({
    control: (request, path, search) => answerControlRequest(services, control, request, path, search),
    api: (request, path, search) => answerApiRequest(services, request, path, search),
    internalError: () =>
      errorResponse(
        services.errors,
        {
          ...sandboxError('internal', 'The sandbox failed to answer this request; see its log.'),
          at: services.tenants.clock.now(),
        },
        undefined,
      ),
    log: (line) => log(`${api} ${line}`),
  });

  const stop = async () => {
    services.tenants.stop();
    await listening.close();
  };
  // Ready means answering: probe our own health endpoint before telling anyone.
  try {
    const probe = await fetch(`${listening.url}${CONTROL_PREFIX}/health`, {
      signal: AbortSignal.timeout(READY_PROBE_TIMEOUT_MS),
    });
    await probe.arrayBuffer();
    if (!probe.ok) throw new Error(`health answered ${probe.status}`);
  } catch (error) {
    await stop();
    const message = `${api} listened on ${listening.url} but did not answer: ${(error as Error).message}`;
    throw new SandboxStartError(message, 'LISTEN');
  }
  return { api, url: listening.url, port: listening.port, stateless: resolved.stateless, control, stop };
}
