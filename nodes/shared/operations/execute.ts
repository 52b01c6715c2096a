import type { IDataObject, IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { accountOf } from '../transport/account';
import { ghlRequest, type GhlAccount } from '../transport';
import { ghlRequestAllItems } from '../transport/pagination';
import { OperationApi } from './api';
import { operationProperties } from './describe';
import { Params } from './params';
import type { OperationDefinition, OperationResult, ResourceDefinition } from './types';

async function runOperation(
	ctx: IExecuteFunctions,
	operation: OperationDefinition,
	params: Params,
	account: GhlAccount,
): Promise<OperationResult> {
	const api = new OperationApi(ctx, params.itemIndex, account);
	if (operation.run) return await operation.run(params, api);
	if (!operation.request)
		throw new Error(`Operation ${operation.value} has neither request nor run`);

	const request = await operation.request(params);
	if (operation.list) {
		const returnAll = params.boolean('returnAll');
		const limit = returnAll ? undefined : params.number('limit', 50);
		const records = await ghlRequestAllItems.call(
			ctx,
			request,
			operation.list,
			limit,
			params.itemIndex,
			account,
		);
		return operation.output ? operation.output({ records } as IDataObject, params) : records;
	}
	const { body } = await ghlRequest.call(ctx, request, params.itemIndex, account);
	return operation.output ? operation.output(body, params) : body;
}

/** Turns an error into the item Continue On Fail puts in place of the failed input item. */
function errorItem(error: unknown, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: (error as Error).message };
	const description = (error as NodeApiError).description;
	if (description) json.hint = description;
	const httpCode = (error as NodeApiError).httpCode;
	if (httpCode) json.statusCode = Number(httpCode);
	return { json, pairedItem: { item: itemIndex } };
}

/** Wraps any error as n8n's node errors, with the item it belongs to. */
function nodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): Error {
	// Both constructors hand back an error that is already theirs, so the item index is set on it first.
	if (error instanceof NodeApiError) {
		error.context.itemIndex ??= itemIndex;
		return new NodeApiError(ctx.getNode(), error as unknown as JsonObject);
	}
	if (error instanceof NodeOperationError) error.context.itemIndex ??= itemIndex;
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}

function findOperation(
	ctx: IExecuteFunctions,
	resources: ResourceDefinition[],
	itemIndex: number,
): OperationDefinition {
	const resourceName = ctx.getNodeParameter('resource', itemIndex) as string;
	const operationName = ctx.getNodeParameter('operation', itemIndex) as string;
	const operation = resources
		.find((r) => r.value === resourceName)
		?.operations.find((o) => o.value === operationName);
	if (!operation) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Unknown operation "${resourceName}: ${operationName}"`,
			{ itemIndex },
		);
	}
	return operation;
}

/**
 * A bulk operation: every item is checked on its own (a bad item fails alone), then the good ones go to GHL
 * in as few requests as the bulk endpoint allows. Output stays in input order, one record (or error item) per item.
 */
async function executeBatched(
	ctx: IExecuteFunctions,
	operation: OperationDefinition,
	account: GhlAccount,
): Promise<INodeExecutionData[][]> {
	const batch = operation.batch!;
	const items = ctx.getInputData();
	const results: INodeExecutionData[][] = items.map(() => []);
	const groups = new Map<string, Params[]>();
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const params = new Params(ctx, itemIndex, account, operationProperties(operation));
			const key = batch.groupKey(params);
			groups.set(key, [...(groups.get(key) ?? []), params]);
		} catch (error) {
			if (!ctx.continueOnFail()) throw nodeError(ctx, error, itemIndex);
			results[itemIndex] = [errorItem(error, itemIndex)];
		}
	}
	for (const group of groups.values()) {
		for (let start = 0; start < group.length; start += batch.maxItems) {
			const chunk = group.slice(start, start + batch.maxItems);
			let outputs: Array<IDataObject | Error>;
			try {
				const { body } = await ghlRequest.call(
					ctx,
					batch.request(chunk),
					chunk[0].itemIndex,
					account,
				);
				outputs = batch.output(body, chunk);
			} catch (error) {
				if (!ctx.continueOnFail()) throw nodeError(ctx, error, chunk[0].itemIndex);
				for (const params of chunk)
					results[params.itemIndex] = [errorItem(error, params.itemIndex)];
				continue;
			}
			// GHL answers a bulk request per contact: an item it refused fails alone, like a bad item above.
			outputs.forEach((result, i) => {
				const itemIndex = chunk[i].itemIndex;
				if (!(result instanceof Error))
					results[itemIndex] = [{ json: result, pairedItem: { item: itemIndex } }];
				else if (!ctx.continueOnFail()) throw nodeError(ctx, result, itemIndex);
				else results[itemIndex] = [errorItem(result, itemIndex)];
			});
		}
	}
	return [results.flat()];
}

/**
 * Runs the chosen operation for every input item. Each input item yields its output items (paired to it) or,
 * with Continue On Fail, exactly one error item in its place: nothing lost, nothing duplicated.
 */
export async function executeOperations(
	this: IExecuteFunctions,
	resources: ResourceDefinition[],
): Promise<INodeExecutionData[][]> {
	return await executeEach(this, (itemIndex) => findOperation(this, resources, itemIndex));
}

/** The same for a node that has one operation and no Resource / Operation selectors (API Request). */
export async function executeOperation(
	this: IExecuteFunctions,
	operation: OperationDefinition,
): Promise<INodeExecutionData[][]> {
	return await executeEach(this, () => operation);
}

async function executeEach(
	ctx: IExecuteFunctions,
	operationOf: (itemIndex: number) => OperationDefinition,
): Promise<INodeExecutionData[][]> {
	const items = ctx.getInputData();
	const output: INodeExecutionData[] = [];
	let account: GhlAccount | undefined;

	if (items.length && operationOf(0).batch) {
		return await executeBatched(ctx, operationOf(0), await accountOf(ctx, 0));
	}

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const operation = operationOf(itemIndex);
			account ??= await accountOf(ctx, itemIndex);
			const params = new Params(ctx, itemIndex, account, operationProperties(operation));
			const result = await runOperation(ctx, operation, params, account);
			const records = Array.isArray(result) ? result : [result];
			for (const json of records) output.push({ json, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (!ctx.continueOnFail()) throw nodeError(ctx, error, itemIndex);
			output.push(errorItem(error, itemIndex));
		}
	}
	return [output];
}
