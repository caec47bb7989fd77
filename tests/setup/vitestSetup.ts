// Every unit test gets a real IndexedDB implementation in memory (no mocks of Dexie).
import 'fake-indexeddb/auto';
