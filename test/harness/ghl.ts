import { EngineHarness } from './engine';
import { FakeGhl } from '../fake/server';

export interface GhlTestBed {
	fake: FakeGhl;
	harness: EngineHarness;
	/** A Private Integration Token credential of the sub-account loc_main. */
	pit: string;
	/** Fails the test if any request broke the API contract. */
	expectNoViolations(): void;
}

/**
 * One fake GHL and one engine harness for a test file; call in a describe block. Every test starts with a clean
 * request log, and ends by checking that no request violated the spec.
 */
export function useGhl(): GhlTestBed {
	const bed = {} as GhlTestBed;
	beforeAll(async () => {
		bed.fake = await FakeGhl.start();
		bed.harness = new EngineHarness();
		bed.pit = bed.harness.addTokenCredential(bed.fake.url, 'pit-location-main', {
			locationId: 'loc_main',
		});
		bed.expectNoViolations = () => expect(bed.fake.violations).toEqual([]);
	});
	beforeEach(() => {
		bed.fake.resetLog();
		bed.fake.clearFaults();
		bed.fake.rateLimit.enabled = true;
	});
	afterEach(() => bed.expectNoViolations());
	afterAll(async () => bed.fake?.stop());
	return bed;
}
