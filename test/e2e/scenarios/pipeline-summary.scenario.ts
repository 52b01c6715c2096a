import { randomUUID } from 'crypto';
import { readFileSync } from 'fs';
import { createServer } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';

import { createContact } from '../../fake/handlers/contacts';
import { createOpportunity } from '../../fake/handlers/opportunities';
import { repoRoot } from '../../harness/pack';
import type { Scenario } from '../lib/scenario';
import type { WorkflowJson } from '../lib/sandbox';

/**
 * The example examples/weekly-pipeline-summary.json in real n8n: the summary of the sandbox's Sales pipeline for the
 * last 7 days, posted to a chat. The chat is a local stand-in for a Slack incoming webhook (answers "ok" as Slack
 * does), so the scenario runs a copy of the example whose "Post to chat" URL points at it, with its own "Send now"
 * path; everything else is the example as shipped.
 */

const posts: Array<{ text?: string }> = [];
const chat = createServer((req, res) => {
	let raw = '';
	req.on('data', (d) => (raw += d));
	req.on('end', () => {
		posts.push(JSON.parse(raw || '{}'));
		res.writeHead(200, { 'content-type': 'text/plain' });
		res.end('ok');
	});
});
// Listening long before the sandbox imports the workflow below; unref'd so it never keeps jest alive.
chat.listen(0, '127.0.0.1').unref();
const chatUrl = () =>
	`http://127.0.0.1:${(chat.address() as AddressInfo).port}/services/T000/B000/e2e`;

const DAY = 24 * 3600 * 1000;

const weeklyPipelineSummary: Scenario = {
	name: 'example "Weekly pipeline summary": the Sales pipeline\'s week — won, lost, win rate, lost reasons, open deals per stage — posted to a chat',
	workflows: () => {
		const copy = JSON.parse(
			readFileSync(join(repoRoot, 'examples', 'weekly-pipeline-summary.json'), 'utf8'),
		) as WorkflowJson;
		const sendNow = copy.nodes.find((n) => n.name === 'Send now')!;
		sendNow.webhookId = randomUUID();
		sendNow.parameters.path = 'e2e-pipeline-summary';
		copy.nodes.find((n) => n.name === 'Post to chat')!.parameters.url = chatUrl();
		return [{ ...copy, id: 'e2eExPipeSum0001', name: `${copy.name} (e2e chat)` }];
	},
	async run({ call, fake }) {
		const location = fake.store.location('loc_main')!;
		const now = Date.now();
		const ago = (days: number) => new Date(now - days * DAY).toISOString();
		const contactId = createContact(location, {
			firstName: 'Pia',
			email: 'pia.pipeline@example.com',
		}).id;
		const deal = (
			name: string,
			stage: number,
			status: string,
			monetaryValue: number,
			created: number,
			changed: number,
			lostReasonId?: string,
		) =>
			createOpportunity(location, {
				name,
				pipelineId: 'pl_sales',
				pipelineStageId: `pl_sales_st${stage}`,
				contactId,
				status,
				monetaryValue,
				createdAt: ago(created),
				updatedAt: ago(changed),
				lastStageChangeAt: ago(status === 'open' ? changed : created),
				...(status === 'open' ? {} : { lastStatusChangeAt: ago(changed) }),
				...(lostReasonId ? { lostReasonId } : {}),
			});
		deal('Pia: implants', 4, 'won', 1200, 10, 2);
		deal('Pia: whitening', 4, 'won', 800, 5, 3);
		deal('Pia: crown', 2, 'lost', 500, 20, 1, 'lr_price_too_high');
		deal('Pia: veneers', 3, 'lost', 900, 40, 20, 'lr_no_response');
		deal('Pia: check-up', 2, 'open', 150, 3, 3);
		deal('Pia: braces', 2, 'open', 3000, 30, 6);

		const firstRequest = fake.requests.length;
		const response = await call('e2e-pipeline-summary', {});
		expect(response.status).toBe(200);
		expect(posts).toHaveLength(1);
		const text = String(posts[0].text);

		// The answer, from the fake's Sales deals as they are (other scenarios' deals included).
		const sales = [...location.collection<Record<string, any>>('opportunities').values()].filter(
			(o) => o.pipelineId === 'pl_sales',
		);
		const lastWeek = (iso: string | undefined) =>
			!!iso && Date.parse(iso) >= now - 7 * DAY - 60_000 && Date.parse(iso) <= Date.now();
		const won = sales.filter(
			(o) => o.status === 'won' && lastWeek(o.lastStatusChangeAt ?? o.createdAt),
		);
		const lost = sales.filter(
			(o) => o.status === 'lost' && lastWeek(o.lastStatusChangeAt ?? o.createdAt),
		);
		const open = sales.filter((o) => o.status === 'open');
		const dollars = (list: Array<Record<string, any>>) =>
			`$${Math.round(list.reduce((sum, o) => sum + (o.monetaryValue ?? 0), 0))}`;
		expect(won).toHaveLength(2);
		expect(lost).toHaveLength(1);

		expect(text.split('\n').slice(0, 4)).toEqual([
			`*Sales: the week to ${new Date().toISOString().slice(0, 10)}*`,
			`Won: 2 deals, $2000 | Lost: 1 | Win rate: 66.7% | New deals: ${sales.filter((o) => lastWeek(o.createdAt)).length}`,
			'Lost reasons: Price too high (1)',
			`Open now: ${open.length} deals, ${dollars(open)}`,
		]);
		['New Lead', 'Contacted', 'Proposal', 'Negotiation', 'Won'].forEach((stage, i) => {
			const here = open.filter((o) => o.pipelineStageId === `pl_sales_st${i}`);
			expect(text).toContain(`• ${stage}: ${here.length} open, ${dollars(here)}`);
		});
		// Proposal holds the two open deals above (3 and 6 days in stage) and any other scenario's, all older.
		expect(text).toMatch(/• Proposal: \d+ open, \$\d+, [\d.]+ days in stage on average/);

		// Minimal requests: the pipelines, one page of Sales deals (fewer than 100), the lost reasons' names.
		const requests = fake.requests.slice(firstRequest).map((r) => `${r.method} ${r.path}`);
		expect(sales.length).toBeLessThan(100);
		expect(requests).toEqual([
			'GET /opportunities/pipelines',
			'GET /opportunities/search',
			'GET /opportunities/lost-reason',
		]);
	},
};

export default [weeklyPipelineSummary];
