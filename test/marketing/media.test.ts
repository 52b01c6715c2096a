import { randomBytes } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

import { mediaLibrary } from '../fake/handlers/medias';
import { useGhl } from '../harness/ghl';
import { BinarySource } from './binarySource';

const media = (parameters: IDataObject) => ({
	type: 'goHighLevelMarketing',
	parameters: { resource: 'media', ...parameters },
});

describe('GoHighLevel Marketing: media library', () => {
	const ghl = useGhl();
	const location = () => ghl.fake.store.location('loc_main')!;
	beforeAll(() => ghl.harness.registerNodeType('n8n-nodes-test.binarySource', new BinarySource()));
	beforeEach(() => mediaLibrary(location()).clear());

	const upload = (files: object[], parameters: IDataObject = {}, continueOnFail = false) =>
		ghl.harness.runNodes(files, [
			{ type: 'n8n-nodes-test.binarySource', parameters: {} },
			{
				...media({
					operation: 'upload',
					source: 'binary',
					binaryPropertyName: 'data',
					...parameters,
				}),
				credentialId: ghl.pit,
				continueOnFail,
			},
		]);

	test('a binary property reaches GHL byte for byte as multipart/form-data; the library URL comes back', async () => {
		const bytes = Buffer.concat([
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
			randomBytes(70_000),
			Buffer.from('\r\n--not-a-boundary\r\n'),
		]);
		const { items, error } = await upload([
			{ base64: bytes.toString('base64'), fileName: 'smile.png', mimeType: 'image/png' },
		]);
		expect(error).toBeUndefined();
		const [request] = ghl.fake.requests;
		expect(request).toMatchObject({ method: 'POST', path: '/medias/upload-file', status: 200 });
		expect(request.headers.version).toBe('2021-07-28');
		expect(String(request.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.body).toMatchObject({
			hosted: false,
			name: 'smile.png',
			file: `<${bytes.length} bytes>`,
		});
		expect(request.files).toHaveLength(1);
		expect(request.files![0]).toMatchObject({
			field: 'file',
			fileName: 'smile.png',
			mimeType: 'image/png',
		});
		expect(request.files![0].data.equals(bytes)).toBe(true);
		const [stored] = [...mediaLibrary(location()).values()];
		expect(stored.bytes!.equals(bytes)).toBe(true);
		expect(items.map((i) => i.json)).toEqual([
			{
				fileId: stored._id,
				url: `https://storage.example.com/loc_main/media/${stored._id}/smile.png`,
			},
		]);
	});

	test('a file over 25 MB is refused before anything is sent; a missing binary property names the field', async () => {
		const big = Buffer.alloc(25 * 1024 * 1024 + 1, 7);
		const tooBig = await upload([
			{ base64: big.toString('base64'), fileName: 'video.mp4', mimeType: 'video/mp4' },
		]);
		expect(tooBig.error?.message).toBe(
			'The file in "Input Binary Field" (data) is 25.0 MB; GoHighLevel accepts at most 25.0 MB',
		);
		const missing = await upload([{ base64: 'aGk=', fileName: 'a.txt', mimeType: 'text/plain' }], {
			binaryPropertyName: 'photo',
		});
		expect(missing.error?.message).toMatch(/photo/);
		expect(ghl.fake.requests).toEqual([]);
	});

	test('upload from a URL sends hosted=true and the URL, no file part; then list, rename, folder and delete', async () => {
		const fromUrl = await ghl.harness.runNode({
			...media({
				operation: 'upload',
				source: 'url',
				fileUrl: 'https://cdn.example.com/team.jpg',
				options: { name: 'Team photo' },
			}),
			credentialId: ghl.pit,
		});
		expect(fromUrl.error).toBeUndefined();
		expect(ghl.fake.requests[0].body).toEqual({
			hosted: true,
			fileUrl: 'https://cdn.example.com/team.jpg',
			name: 'Team photo',
		});
		expect(ghl.fake.requests[0].files).toEqual([]);
		const id = String(fromUrl.items[0].json.fileId);

		const folder = await ghl.harness.runNode({
			...media({ operation: 'createFolder', name: 'Before and after' }),
			credentialId: ghl.pit,
		});
		expect(ghl.fake.requests[1].body).toEqual({
			altId: 'loc_main',
			altType: 'location',
			name: 'Before and after',
		});
		expect(folder.items[0].json).toMatchObject({ name: 'Before and after', type: 'folder' });

		await ghl.harness.runNode({
			...media({
				operation: 'rename',
				mediaId: { __rl: true, mode: 'id', value: id },
				name: 'Team 2026',
			}),
			credentialId: ghl.pit,
		});
		const listed = await ghl.harness.runNode({
			...media({ operation: 'getMany', type: 'file', returnAll: true, filters: { query: 'team' } }),
			credentialId: ghl.pit,
		});
		expect(ghl.fake.requestsTo('GET', '/medias/files')[0].query).toEqual({
			altId: 'loc_main',
			altType: 'location',
			type: 'file',
			sortBy: 'createdAt',
			sortOrder: 'desc',
			query: 'team',
			limit: '100',
			offset: '0',
		});
		expect(listed.items.map((i) => i.json.name)).toEqual(['Team 2026']);

		const deleted = await ghl.harness.runNode({
			...media({ operation: 'delete', mediaId: { __rl: true, mode: 'id', value: id } }),
			credentialId: ghl.pit,
		});
		expect(deleted.items[0].json).toEqual({ id, deleted: true });
		expect(mediaLibrary(location()).has(id)).toBe(false);
	});
});
