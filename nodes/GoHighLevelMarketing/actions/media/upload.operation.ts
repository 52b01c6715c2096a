import type { IDataObject } from 'n8n-workflow';

import { buildMultipart } from '../../../shared/transport/multipart';
import type { OperationDefinition } from '../../../shared/operations/types';
import { folderLocator } from '../fields';

/** GHL's documented limit for a file sent to the media library. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

export const upload: OperationDefinition = {
	value: 'upload',
	name: 'Upload',
	action: 'Upload a file to the media library',
	description:
		'Upload a file from a binary property of the input item, or add a file by URL; returns its library URL',
	endpoints: ['POST /medias/upload-file'],
	properties: [
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			options: [
				{
					name: 'Binary File',
					value: 'binary',
					description: 'A file from a previous node (HTTP Request, Read File, Google Drive, ...)',
				},
				{ name: 'URL', value: 'url', description: 'A file already hosted at a public URL' },
			],
			default: 'binary',
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the input binary field containing the file to upload (25 MB at most)',
			displayOptions: { show: { source: ['binary'] } },
		},
		{
			displayName: 'File URL',
			name: 'fileUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://example.com/photo.png',
			displayOptions: { show: { source: ['url'] } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'File Name',
					name: 'name',
					type: 'string',
					default: '',
					description: "Name in the library; the file's own name when empty",
				},
				{ ...folderLocator(), displayName: 'Folder', name: 'parentId' },
			],
		},
	],
	run: async (p, api) => {
		const options = p.collection('options');
		const folder = options.parentId as { value?: string } | string | undefined;
		const parentId = String((typeof folder === 'object' ? folder?.value : folder) ?? '').trim();
		const fields: Record<string, string> = {};
		if (parentId) fields.parentId = parentId;
		let multipart;
		if (p.string('source') === 'url') {
			const fileUrl = p.string('fileUrl');
			if (!/^https?:\/\/\S+$/.test(fileUrl)) p.fail(`"File URL" is not a valid URL: "${fileUrl}"`);
			multipart = buildMultipart({
				...fields,
				hosted: 'true',
				fileUrl,
				...(options.name ? { name: String(options.name) } : {}),
			});
		} else {
			const file = await api.binary(
				p.string('binaryPropertyName'),
				MAX_UPLOAD_BYTES,
				'Input Binary Field',
			);
			const name = String(options.name || file.fileName);
			multipart = buildMultipart(
				{ ...fields, hosted: 'false', name },
				{ field: 'file', fileName: name, mimeType: file.mimeType, data: file.data },
			);
		}
		const body: IDataObject = await api.request({
			method: 'POST',
			path: '/medias/upload-file',
			multipart,
		});
		return body;
	},
};
