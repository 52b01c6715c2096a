import { FakeHttpError } from '../errors';
import { altLocation, answer, missing, nowIso, paged } from '../conform';
import type { FakeHandler } from '../server';
import { newId, type LocationState } from '../store';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Rec = Record<string, any>;

/** Library entries; files keep the bytes that were uploaded, so tests can compare them. */
export const mediaLibrary = (l: LocationState) =>
	l.collection<Rec & { bytes?: Buffer }>('mediaLibrary');

const MAX_BYTES = 25 * 1024 * 1024;
const publicEntry = ({ bytes: _bytes, ...entry }: Rec) => entry;

export const handlers: Record<string, FakeHandler> = {
	'upload-media-content': (ctx) => {
		const location = altLocation(ctx);
		const body = ctx.req.body ?? {};
		const hosted = String(body.hosted) === 'true';
		const file = ctx.req.files?.find((f) => f.field === 'file');
		if (hosted && !body.fileUrl)
			throw new FakeHttpError(422, 'fileUrl is required when hosted is true');
		if (!hosted && !file) throw new FakeHttpError(422, 'file is required when hosted is false');
		if (file && file.data.length > MAX_BYTES)
			throw new FakeHttpError(413, 'File too large: the maximum is 25 MB');
		const id = newId();
		const name = body.name || file?.fileName || String(body.fileUrl).split('/').pop();
		const url = hosted
			? String(body.fileUrl)
			: `https://storage.example.com/${location.id}/media/${id}/${encodeURIComponent(name)}`;
		mediaLibrary(location).set(id, {
			_id: id,
			altId: location.id,
			altType: 'location',
			name,
			type: 'file',
			contentType: file?.mimeType ?? 'application/octet-stream',
			size: file?.data.length ?? 0,
			url,
			path: `${location.id}/media/${id}/${name}`,
			// A file at the library's root has no parent (GetFilesResponseDTO, repaired: ../spec/repairs.ts).
			...(body.parentId ? { parentId: body.parentId } : {}),
			createdAt: nowIso(),
			bytes: file?.data,
		});
		return answer(ctx, { fileId: id, url }, 200);
	},
	'fetch-media-content': (ctx) => {
		const q = ctx.req.query;
		const all = [...mediaLibrary(altLocation(ctx)).values()]
			.filter((m) => m.type === q.type)
			.filter((m) => !q.parentId || m.parentId === q.parentId)
			.filter(
				(m) => !q.query || String(m.name).toLowerCase().includes(String(q.query).toLowerCase()),
			)
			.sort(
				(a, b) =>
					(q.sortOrder === 'asc' ? 1 : -1) * String(a.createdAt).localeCompare(String(b.createdAt)),
			);
		// The spec types `files` as strings; GHL answers with file objects, as here (repaired: ../spec/repairs.ts).
		return answer(ctx, { files: paged(ctx, all).map(publicEntry) });
	},
	'delete-media-content': (ctx) => {
		const location = altLocation(ctx);
		if (!mediaLibrary(location).delete(ctx.req.params.id)) missing('File');
		return answer(ctx, {});
	},
	'create-media-folder': (ctx) => {
		const location = altLocation(ctx);
		const folder = {
			_id: newId(),
			altId: location.id,
			altType: 'location',
			name: ctx.req.body.name,
			parentId: ctx.req.body.parentId,
			type: 'folder',
			deleted: false,
			createdAt: nowIso(),
		};
		mediaLibrary(location).set(folder._id, folder);
		return answer(ctx, folder, 200);
	},
	'update-media-object': (ctx) => {
		const entry = mediaLibrary(altLocation(ctx)).get(ctx.req.params.id);
		if (!entry) missing('File');
		entry.name = ctx.req.body.name;
		return answer(ctx, publicEntry(entry), 200);
	},
};
