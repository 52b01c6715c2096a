/** A multipart/form-data body as the fake sees it: text fields, and files with their exact bytes. */
export interface FakeUploadedFile {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

export function parseMultipart(
	raw: Buffer,
	contentType: string,
): { fields: Record<string, string>; files: FakeUploadedFile[] } {
	const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	const fields: Record<string, string> = {};
	const files: FakeUploadedFile[] = [];
	if (!boundary) return { fields, files };
	const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
	let start = raw.indexOf(delimiter);
	while (start !== -1) {
		const next = raw.indexOf(delimiter, start + delimiter.length);
		if (next === -1) break;
		const part = raw.subarray(start + delimiter.length + 2, next - 2); // skip CRLF after the delimiter, before the next
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd !== -1) {
			const headers = part.subarray(0, headerEnd).toString('utf8');
			const data = part.subarray(headerEnd + 4);
			const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? '';
			const fileName = /filename="([^"]*)"/i.exec(headers)?.[1];
			if (fileName !== undefined) {
				files.push({
					field: name,
					fileName,
					mimeType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream',
					data: Buffer.from(data),
				});
			} else {
				fields[name] = data.toString('utf8');
			}
		}
		start = next;
	}
	return { fields, files };
}
