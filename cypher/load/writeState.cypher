// Records which seed files were loaded and when.
MERGE (s:LoadState {id: 'seed'})
SET s.fingerprint = $fingerprint, s.files = $files, s.loadedAt = datetime()
