/**
 * The load generator, run in a process of its own (`fork`) so that its work is not counted
 * against the server it loads: autocannon on one URL, answering a `Measurement` over IPC. A
 * response counts as failed when its status is not 200 or its body carries GraphQL `errors`.
 */
import autocannon from 'autocannon';
import { percentile, type LoadOptions, type Measurement } from './measure';

function run(options: LoadOptions): Promise<Measurement> {
  const latencies: number[] = [];
  let failed = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        body: options.body,
        headers: { 'content-type': 'application/json', ...options.headers },
        connections: options.connections,
        duration: options.seconds,
        // An answer with errors is a failure even with status 200 (autocannon counts it as a mismatch).
        verifyBody: (body) => !String(body ?? '').includes('"errors":'),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          requestsPerSecond: result.requests.total / options.seconds,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          errors: failed + result.errors + result.timeouts + (result.mismatches ?? 0),
          requests: result.requests.total,
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode !== 200) failed += 1;
      latencies.push(responseTime);
    });
  });
}

process.on('message', (options: LoadOptions) => {
  run(options).then(
    (measurement) => process.send!({ measurement }, () => process.exit(0)),
    (error: Error) => process.send!({ error: error.message }, () => process.exit(1)),
  );
});
