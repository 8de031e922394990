// The fingerprint of the seed files last loaded, to skip a reload of identical seeds.
OPTIONAL MATCH (s:LoadState {id: 'seed'})
RETURN s.fingerprint AS fingerprint, s.loadedAt AS loadedAt
