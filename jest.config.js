/** Shared by both projects. */
const common = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	setupFiles: ['<rootDir>/test/harness/setupEnv.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { isolatedModules: true, diagnostics: false }],
		// openapi-backend's ref parser ships as ES modules only; jest runs CommonJS, so it is transpiled.
		'^.+/@apidevtools/json-schema-ref-parser/.+\\.js$': [
			'ts-jest',
			{ isolatedModules: true, diagnostics: false, tsconfig: { allowJs: true } },
		],
	},
	transformIgnorePatterns: ['/node_modules/(?!@apidevtools/json-schema-ref-parser/)'],
};

/** @type {import('jest').Config} */
module.exports = {
	testTimeout: 60000,
	projects: [
		{
			...common,
			displayName: 'unit',
			testMatch: ['**/*.test.ts'],
			testPathIgnorePatterns: ['/node_modules/', '\\.e2e\\.test\\.ts$'],
		},
		// Real n8n: its global setup installs (or checks) the n8n lines first, only when an end-to-end suite is selected.
		{
			...common,
			displayName: 'e2e',
			testMatch: ['**/*.e2e.test.ts'],
			globalSetup: '<rootDir>/test/e2e/lib/globalSetup.ts',
		},
	],
};
