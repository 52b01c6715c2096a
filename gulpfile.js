const path = require('path');
const { task, src, dest } = require('gulp');

// n8n loads node and credential icons, and each node's codex (.node.json), from dist/, beside the compiled .js.
task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], { encoding: false }).pipe(
		dest((file) => path.resolve('dist', path.relative(process.cwd(), file.base))),
	),
);
