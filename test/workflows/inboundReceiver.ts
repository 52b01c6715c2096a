import { createServer, type IncomingHttpHeaders, type Server } from 'http';
import type { AddressInfo } from 'net';

export interface ReceivedHook {
	method: string;
	path: string;
	headers: IncomingHttpHeaders;
	raw: string;
	body: unknown;
}

/**
 * Stands in for the host GHL serves inbound-webhook URLs from (services.leadconnectorhq.com/hooks/...): records
 * what arrives and answers as GHL does for a known trigger, 404 for an unknown one.
 */
export class InboundWebhookReceiver {
	readonly received: ReceivedHook[] = [];
	/** Trigger paths that exist, e.g. /hooks/loc_main/webhook-trigger/abc. */
	readonly triggers = new Set<string>();
	url = '';
	private server?: Server;

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				let body: unknown = raw;
				try {
					body = raw ? JSON.parse(raw) : undefined;
				} catch {
					// kept as text
				}
				const path = new URL(req.url ?? '/', 'http://receiver').pathname;
				this.received.push({ method: req.method ?? '', path, headers: req.headers, raw, body });
				const known = req.method === 'POST' && this.triggers.has(path);
				res.writeHead(known ? 200 : 404, { 'Content-Type': 'application/json' });
				res.end(
					JSON.stringify(
						known
							? {
									status: 'Success: request sent to trigger execution server',
									id: `exec_${this.received.length}`,
								}
							: { statusCode: 404, message: 'Webhook trigger not found' },
					),
				);
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	/** Registers a trigger and returns its URL on this receiver. */
	trigger(locationId: string, id: string): string {
		const path = `/hooks/${locationId}/webhook-trigger/${id}`;
		this.triggers.add(path);
		return `${this.url}${path}`;
	}

	async stop(): Promise<void> {
		this.server?.closeAllConnections();
		await new Promise<void>((resolve) =>
			this.server ? this.server.close(() => resolve()) : resolve(),
		);
	}
}
