import { createHash } from 'crypto';

import { DataDeduplicationService } from 'n8n-core';
import type {
	DeduplicationItemTypes,
	DeduplicationScope,
	ICheckProcessedContextData,
	ICheckProcessedOptions,
	IDataDeduplicator,
	IDeduplicationOutput,
} from 'n8n-workflow';

/**
 * n8n's deduplication store (the `processed_data` table, shared by every n8n process) as n8n 2.40's
 * DeduplicationHelper keeps it in "entries" mode: one row per workflow and node id holding md5 hashes of the
 * values, read and written in two steps, the oldest dropped beyond `maxEntries`. Here it lives for the whole test
 * run, like a database: restarts and "other processes" of the harness share it.
 */
class ProcessedDataStore implements IDataDeduplicator {
	private readonly rows = new Map<string, string[]>();

	private key(scope: DeduplicationScope, context: ICheckProcessedContextData): string {
		return `${context.workflow.id}|${scope === 'node' ? `n:${context.node!.id}` : ''}`;
	}

	private static hash(value: DeduplicationItemTypes): string {
		return createHash('md5').update(String(value)).digest('base64');
	}

	async checkProcessedAndRecord(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
		options: ICheckProcessedOptions,
	): Promise<IDeduplicationOutput> {
		const row = [...(this.rows.get(this.key(scope, context)) ?? [])];
		const output: IDeduplicationOutput = { new: [], processed: [] };
		for (const item of items) {
			const hash = ProcessedDataStore.hash(item);
			if (row.includes(hash)) output.processed.push(item);
			else {
				output.new.push(item);
				row.push(hash);
			}
		}
		if (options.maxEntries) row.splice(0, Math.max(0, row.length - options.maxEntries));
		// The write comes after an await, as n8n's does after its database read.
		await Promise.resolve();
		this.rows.set(this.key(scope, context), row);
		return output;
	}

	async removeProcessed(
		items: DeduplicationItemTypes[],
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
	): Promise<void> {
		const gone = new Set(items.map(ProcessedDataStore.hash));
		const row = this.rows.get(this.key(scope, context));
		if (row)
			this.rows.set(
				this.key(scope, context),
				row.filter((hash) => !gone.has(hash)),
			);
	}

	async clearAllProcessedItems(
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
	): Promise<void> {
		this.rows.delete(this.key(scope, context));
	}

	async getProcessedDataCount(
		scope: DeduplicationScope,
		context: ICheckProcessedContextData,
	): Promise<number> {
		return this.rows.get(this.key(scope, context))?.length ?? 0;
	}

	/** How many values the store holds for a workflow (all its nodes). */
	countFor(workflowId: string): number {
		let count = 0;
		for (const [key, row] of this.rows) if (key.startsWith(`${workflowId}|`)) count += row.length;
		return count;
	}
}

export const processedData = new ProcessedDataStore();
let installed = false;

/** Makes n8n-core's execute contexts use the store (n8n's CLI does this with its database-backed one at start). */
export async function installProcessedDataStore(): Promise<void> {
	if (installed) return;
	installed = true;
	await DataDeduplicationService.init(processedData);
}
