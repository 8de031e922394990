// A curated practice; its id must be new.
CREATE (p:Practice {id: $id})
SET p += $props, p.basis = 'curated', p.evidence = $evidence, p.curatedAt = datetime()
RETURN p.id AS id
