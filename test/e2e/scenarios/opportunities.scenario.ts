import { createContact } from '../../fake/handlers/contacts';
import { createOpportunity } from '../../fake/handlers/opportunities';
import { PACK, pitCredentials, webhookWorkflow, type Scenario } from '../lib/scenario';

/** What an order system or an agent sends: a deal id and a stage name, not a stage id. */
export const moveToStageByName: Scenario = {
	name: 'move an opportunity to a stage given by name',
	workflows: (env) => [
		webhookWorkflow('e2eMoveStage0001', 'move-to-stage', [
			{
				name: 'Move',
				type: `${PACK}.goHighLevelOpportunities`,
				// The error item is what the caller sees, so the message a user would read can be asserted.
				onError: 'continueRegularOutput',
				credentials: pitCredentials(env),
				parameters: {
					resource: 'opportunity',
					operation: 'moveToStage',
					opportunityId: '={{ $json.body.deal }}',
					pipelineId: { __rl: true, mode: 'id', value: 'pl_sales' },
					stageBy: 'name',
					stageName: '={{ $json.body.stage }}',
					simplify: true,
				},
			},
		]),
	],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const contact = createContact(location, { email: 'deal.e2e@example.com', firstName: 'Dee' });
		const deal = createOpportunity(location, {
			name: 'E2E deal',
			pipelineId: 'pl_sales',
			contactId: contact.id,
		});

		const { status, body } = await call('move-to-stage', { deal: deal.id, stage: 'proposal' });
		expect(status).toBe(200);
		expect(body).toEqual([
			expect.objectContaining({ id: deal.id, pipelineName: 'Sales', stageName: 'Proposal' }),
		]);
		const put = fake.requestsTo('PUT', `/opportunities/${deal.id}`).at(-1)!;
		expect(put.headers.version).toBe('2021-07-28');
		expect(put.body).toEqual({ pipelineId: 'pl_sales', pipelineStageId: 'pl_sales_st2' });
		expect(
			location.collection<{ pipelineStageId: string }>('opportunities').get(deal.id)!
				.pipelineStageId,
		).toBe('pl_sales_st2');

		// An unknown stage name is an error listing the valid names, and no request changes the deal.
		const putsBefore = fake.requestsTo('PUT', `/opportunities/${deal.id}`).length;
		const refused = await call('move-to-stage', { deal: deal.id, stage: 'Closed' });
		expect(refused.status).toBe(200);
		expect(refused.body).toHaveLength(1);
		expect(refused.body[0].error).toContain('No stage named "Closed" in pipeline "Sales"');
		expect(refused.body[0].hint).toMatch(/Proposal/);
		expect(fake.requestsTo('PUT', `/opportunities/${deal.id}`)).toHaveLength(putsBefore);
		expect(
			location.collection<{ pipelineStageId: string }>('opportunities').get(deal.id)!
				.pipelineStageId,
		).toBe('pl_sales_st2');
	},
};

export default [moveToStageByName];
