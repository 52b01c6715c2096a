import { randomBytes } from 'crypto';

/** A multipart/form-data body built in memory: n8n's HTTP helper sends a Buffer as is. */
export interface MultipartBody {
	contentType: string;
	data: Buffer;
}

export interface MultipartFile {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/** Quotes in a header parameter would end it early: GHL would see a cut file name. */
const headerSafe = (value: string) => value.replace(/["\r\n]/g, '_');

export function buildMultipart(
	fields: Record<string, string>,
	file?: MultipartFile,
): MultipartBody {
	const boundary = `----n8nGoHighLevel${randomBytes(12).toString('hex')}`;
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${headerSafe(name)}"\r\n\r\n${value}\r\n`,
				'utf8',
			),
		);
	}
	if (file) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${headerSafe(file.field)}"; filename="${headerSafe(file.fileName)}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`,
				'utf8',
			),
			file.data,
			Buffer.from('\r\n', 'utf8'),
		);
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`, 'utf8'));
	return { contentType: `multipart/form-data; boundary=${boundary}`, data: Buffer.concat(parts) };
}
