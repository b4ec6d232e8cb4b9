/**
 * Runs inside an extension page (evaluated there by the Chromium or Firefox
 * harness): every row of one object store of the extension's database, read
 * with raw IndexedDB so the tests do not depend on the code under test.
 * Self-contained, because it is serialised into the page.
 * @param {string} storeName
 * @returns {Promise<any[]>}
 */
export function readStoreInPage(storeName) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('primary-care-meeting-companion');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(storeName)) {
        db.close();
        resolve([]);
        return;
      }
      const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  });
}
