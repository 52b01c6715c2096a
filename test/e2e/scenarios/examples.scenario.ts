import { createContact } from '../../fake/handlers/contacts';
import { createOpportunity } from '../../fake/handlers/opportunities';
import type { Scenario } from '../lib/scenario';

/** The example workflows in examples/, imported into the sandbox as a user would, run against its data. */

const orderStatusSync: Scenario = {
	name: 'example "Order status sync" moves the deal, updates its value and wins it on delivery',
	workflows: () => [],
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const contact = createContact(location, { email: 'order.sync@example.com', firstName: 'Otto' });
		const deal = createOpportunity(location, { name: 'Order 1001', pipelineId: 'pl_sales', contactId: contact.id, monetaryValue: 900 });
		const stored = () => location.collection<Record<string, unknown>>('opportunities').get(deal.id)!;

		const shipped = await call('example-order-status', { opportunityId: deal.id, stage: 'negotiation', total: 1200, delivered: false });
		expect(shipped.status).toBe(200);
		expect(stored()).toMatchObject({ pipelineStageId: 'pl_sales_st3', monetaryValue: 1200, status: 'open' });

		const delivered = await call('example-order-status', { opportunityId: deal.id, stage: 'Won', total: 1250, delivered: true });
		expect(delivered.status).toBe(200);
		expect(delivered.body).toEqual([expect.objectContaining({ id: deal.id, status: 'won' })]);
		expect(stored()).toMatchObject({ pipelineStageId: 'pl_sales_st4', monetaryValue: 1250, status: 'won' });
	},
};

export default [orderStatusSync];
