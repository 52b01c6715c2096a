import { recordLocator } from '../../shared/descriptions';

export const mediaLocator = recordLocator('mediaId', 'File', 'searchMedia', {
	placeholder: '6578278e879ad2646715ba9c',
});
export const folderLocator = (required = false) =>
	recordLocator('parentId', 'Folder', 'searchMediaFolders', {
		placeholder: '6578278e879ad2646715ba9c',
		required,
		description: required
			? 'The folder, picked from the media library or given by ID'
			: 'The folder to put it in; the library root when empty',
	});
export const blogLocator = recordLocator('blogId', 'Blog', 'searchBlogs', {
	placeholder: '6578278e879ad2646715ba9c',
});
export const funnelLocator = recordLocator('funnelId', 'Funnel', 'searchFunnels', {
	placeholder: '6578278e879ad2646715ba9c',
});
export const redirectLocator = recordLocator('redirectId', 'Redirect', 'searchRedirects', {
	placeholder: '6578278e879ad2646715ba9c',
});
export const emailTemplateLocator = recordLocator(
	'templateId',
	'Email Template',
	'searchEmailTemplates',
	{ placeholder: '6578278e879ad2646715ba9c' },
);
