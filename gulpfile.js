const path = require('path');
const { Transform } = require('stream');
const { task, src, dest } = require('gulp');
const { name: packageName } = require('./package.json');

// A codex names its node "<package>.<nodeName>". It is written here from package.json, not kept in each
// .node.json, so renaming the package is a change to package.json alone.
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
const codexWithNodeName = () =>
	new Transform({
		objectMode: true,
		transform(file, _encoding, done) {
			if (file.basename.endsWith('.node.json')) {
				const { node: _stale, ...codex } = JSON.parse(file.contents.toString('utf8'));
				const node = `${packageName}.${lowerFirst(file.basename.slice(0, -'.node.json'.length))}`;
				file.contents = Buffer.from(`${JSON.stringify({ node, ...codex }, null, '\t')}\n`);
			}
			done(null, file);
		},
	});

// n8n loads node and credential icons, and each node's codex (.node.json), from dist/, beside the compiled .js.
task('build:icons', () =>
	src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json', 'credentials/**/*.{png,svg}'], {
		encoding: false,
	})
		.pipe(codexWithNodeName())
		.pipe(dest((file) => path.resolve('dist', path.relative(process.cwd(), file.base)))),
);
