// Builds the GoHighLevel Trigger's event catalog and the test fixtures from GHL's webhook event docs
// (highlevel-api/docs/webhook-events/*.md): node code cannot read files at runtime, so the catalog is a TS file.
//   npx tsx scripts/generate-webhook-events.ts [docsDir]          rewrite catalog + fixtures
//   npx tsx scripts/generate-webhook-events.ts --check [docsDir]  exit 1 when they differ from the docs
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { basename, join } from 'path';

const repoRoot = join(__dirname, '..');
const defaultDocsDir = join(repoRoot, '..', 'shared', 'highlevel-api', 'docs', 'webhook-events');
export const catalogFile = join(repoRoot, 'nodes', 'GoHighLevelTrigger', 'events.ts');
export const fixturesDir = join(repoRoot, 'test', 'fixtures', 'webhook-events');

/** Area (the group the editor shows first) and label of events whose name does not start with their area. */
const irregular: Record<string, [area: string, label: string]> = {
	AppInstall: ['App', 'Install'],
	AppUninstall: ['App', 'Uninstall'],
	PlanChange: ['App', 'Plan Change'],
	ContactDndUpdate: ['Contact', 'DND Update'],
	ConversationUnreadWebhook: ['Conversation', 'Unread Update'],
	InboundMessage: ['Conversation', 'Inbound Message'],
	OutboundMessage: ['Conversation', 'Outbound Message'],
	ProviderOutboundMessage: ['Conversation', 'Provider Outbound Message'],
	LCEmailStats: ['Email', 'LC Email Stats'],
	LocationCreate: ['Sub-Account', 'Create'],
	LocationUpdate: ['Sub-Account', 'Update'],
	ObjectSchemaCreate: ['Custom Object', 'Schema Create'],
	ObjectSchemaUpdate: ['Custom Object', 'Schema Update'],
	RecordCreate: ['Custom Object', 'Record Create'],
	RecordUpdate: ['Custom Object', 'Record Update'],
	RecordDelete: ['Custom Object', 'Record Delete'],
	RelationCreate: ['Association', 'Relation Create'],
	RelationDelete: ['Association', 'Relation Delete'],
};

/** Events whose name is their area followed by what happened (ContactTagUpdate → Contact: Tag Update). */
const areaPrefixes = [
	'Appointment',
	'Association',
	'Campaign',
	'Contact',
	'Invoice',
	'Note',
	'Opportunity',
	'Order',
	'Price',
	'Product',
	'Task',
	'User',
];

/**
 * `type` values the docs' examples carry instead of the event's name. Only values GHL documents as the event's
 * own type belong here; other mismatches are reported as doc quirks (see `quirks`).
 */
const documentedTypeAliases: Record<string, string[]> = {
	AppInstall: ['INSTALL'],
	AppUninstall: ['UNINSTALL'],
	PlanChange: ['PLAN_CHANGE'],
	ConversationUnreadWebhook: ['ConversationUnreadUpdate'],
};

export interface CatalogEvent {
	/** The event's name as GHL's docs name it (the file name), also the option value in the node. */
	value: string;
	area: string;
	/** "Area: Label", as the editor lists it. */
	name: string;
	description: string;
	/** What the body's `type` carries for this event. */
	types: string[];
}

export interface EventExample {
	/** The heading or note above the example in the docs. */
	title: string;
	payload: Record<string, unknown>;
}

export interface EventFixture {
	event: string;
	source: string;
	examples: EventExample[];
}

function splitCamel(s: string): string {
	return s.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
}

function areaAndLabel(event: string): [string, string] {
	if (irregular[event]) return irregular[event];
	const prefix = areaPrefixes.find((p) => event.startsWith(p) && event.length > p.length);
	if (!prefix) throw new Error(`No area for webhook event ${event}: add it to the irregular table`);
	return [prefix, splitCamel(event.slice(prefix.length))];
}

/** The first sentence the doc says about the event (below its title, or below "## Overview"). */
function describe(markdown: string): string {
	const body = markdown.replace(/^---[\s\S]*?---\s*/, '');
	const lines = body.split('\n');
	const start = lines.findIndex((l) => /^# /.test(l));
	for (const line of lines.slice(start + 1)) {
		const text = line.trim();
		if (!text || text.startsWith('## Overview')) continue;
		if (text.startsWith('#') || text.startsWith('```')) break;
		const sentence =
			text
				.replace(/\s+/g, ' ')
				.match(/^.*?[.!?](\s|$)/)?.[0]
				?.trim() ?? text;
		return sentence.replace(/[.!?]$/, '').replace(/\s+,/g, ',');
	}
	throw new Error('No description found');
}

/** JSON blocks under an "Example" heading; the title is the nearest heading or note above the block. */
function examples(markdown: string, file: string): EventExample[] {
	const found: EventExample[] = [];
	const lines = markdown.split('\n');
	let heading = '';
	let note = '';
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (/^#{1,6} /.test(line)) {
			heading = line.replace(/^#+\s*/, '').trim();
			note = '';
			continue;
		}
		const fence = line.match(/^```json(.*)$/);
		if (!fence) {
			if (line.trim() && !line.startsWith('```')) note = line.replace(/^[-*]\s*/, '').trim();
			continue;
		}
		const rest = fence[1].trim();
		const isSchema = rest.startsWith('json_schema');
		const block: string[] = isSchema || !rest ? [] : [rest];
		let j = i + 1;
		for (; j < lines.length && !lines[j].startsWith('```'); j++) block.push(lines[j]);
		i = j;
		if (isSchema || !/example/i.test(heading)) continue;
		let payload: Record<string, unknown>;
		try {
			payload = JSON.parse(block.join('\n')) as Record<string, unknown>;
		} catch (error) {
			throw new Error(
				`${file}: example under "${heading}" is not JSON: ${(error as Error).message}`,
			);
		}
		const title =
			note && note !== heading ? `${heading}: ${note.replace(/[-:]\s*$/, '').trim()}` : heading;
		found.push({ title, payload });
		note = '';
	}
	return found;
}

export function readDocs(docsDir = defaultDocsDir): {
	catalog: CatalogEvent[];
	fixtures: EventFixture[];
} {
	const files = readdirSync(docsDir)
		.filter((f) => f.endsWith('.md'))
		.sort();
	const catalog: CatalogEvent[] = [];
	const fixtures: EventFixture[] = [];
	for (const file of files) {
		const event = basename(file, '.md');
		const markdown = readFileSync(join(docsDir, file), 'utf8');
		const [area, label] = areaAndLabel(event);
		catalog.push({
			value: event,
			area,
			name: `${area}: ${label}`,
			description: describe(markdown),
			types: [event, ...(documentedTypeAliases[event] ?? [])],
		});
		const found = examples(markdown, file);
		if (found.length === 0) throw new Error(`${file} has no example`);
		fixtures.push({ event, source: `highlevel-api/docs/webhook-events/${file}`, examples: found });
	}
	catalog.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return { catalog, fixtures };
}

/** Examples whose `type` is not their event's: doc copy errors, or a field of the record named `type`. */
export function quirks(catalog: CatalogEvent[], fixtures: EventFixture[]): string[] {
	const byValue = new Map(catalog.map((e) => [e.value, e]));
	const out: string[] = [];
	for (const fixture of fixtures) {
		const own = byValue.get(fixture.event)!.types;
		for (const example of fixture.examples) {
			const type = example.payload.type;
			if (typeof type === 'string' && own.includes(type)) continue;
			out.push(
				`${fixture.event} "${example.title}": type ${type === undefined ? 'missing' : JSON.stringify(type)}`,
			);
		}
	}
	return out;
}

export function renderCatalog(catalog: CatalogEvent[]): string {
	const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	const entries = catalog
		.map(
			(e) =>
				`\t{ value: ${quote(e.value)}, area: ${quote(e.area)}, name: ${quote(e.name)}, types: [${e.types.map(quote).join(', ')}],\n` +
				`\t\tdescription: ${quote(e.description)} },`,
		)
		.join('\n');
	return `// Generated by scripts/generate-webhook-events.ts from GHL's webhook event docs
// (highlevel-api/docs/webhook-events/*.md). Do not edit: change the script and run it again.

export interface WebhookEventInfo {
\t/** The event's name in GHL's docs; the option value. */
\tvalue: string;
\tarea: string;
\t/** "Area: Label" as the editor lists it. */
\tname: string;
\tdescription: string;
\t/** Values of the body's \`type\` that mean this event. */
\ttypes: string[];
}

export const webhookEvents: WebhookEventInfo[] = [
${entries}
];
`;
}

function renderFixture(fixture: EventFixture): string {
	return `${JSON.stringify(fixture, null, '\t')}\n`;
}

function main(): void {
	const args = process.argv.slice(2);
	const check = args.includes('--check');
	const docsDir = args.find((a) => !a.startsWith('--')) ?? defaultDocsDir;
	const { catalog, fixtures } = readDocs(docsDir);
	const outputs = new Map<string, string>([[catalogFile, renderCatalog(catalog)]]);
	for (const fixture of fixtures)
		outputs.set(join(fixturesDir, `${fixture.event}.json`), renderFixture(fixture));

	if (check) {
		const stale = [...outputs].filter(
			([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text,
		);
		for (const [file] of stale) console.error(`stale: ${file}`);
		process.exitCode = stale.length ? 1 : 0;
		return;
	}
	mkdirSync(fixturesDir, { recursive: true });
	for (const [file, text] of outputs) writeFileSync(file, text);
	console.log(
		`${catalog.length} events, ${fixtures.reduce((n, f) => n + f.examples.length, 0)} examples`,
	);
	for (const quirk of quirks(catalog, fixtures))
		console.log(`doc example without its event's type: ${quirk}`);
}

if (require.main === module) main();
