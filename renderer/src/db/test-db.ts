// Kept so tests that import `../test-db` keep working; the helper lives under testing/ (it imports vitest).
export { freshDbFactory, snapshot, openAtVersion } from './testing/test-db';
