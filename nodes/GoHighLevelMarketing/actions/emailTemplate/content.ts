import type { GhlRequest } from '../../../shared/transport';

/** Sets the HTML of an email template: GHL wants the builder's (empty) design beside the HTML. */
export function setHtmlRequest(
	locationId: string,
	templateId: string,
	userId: string,
	html: string,
	previewText?: string,
): GhlRequest {
	return {
		method: 'POST',
		path: '/emails/builder/data',
		body: {
			locationId,
			templateId,
			updatedBy: userId,
			dnd: { elements: [], attrs: {}, templateSettings: {} },
			html,
			editorType: 'html',
			...(previewText ? { previewText } : {}),
		},
	};
}
