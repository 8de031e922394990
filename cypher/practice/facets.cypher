// The themes, groups, stages, Compact objectives and SDG targets of each practice (ids; names come from the reference cache).
UNWIND $ids AS id
MATCH (p:Practice {id: id})
RETURN id,
  COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } AS themes,
  COLLECT { MATCH (p)-[:BENEFITS]->(g:Group) RETURN g.id ORDER BY g.id } AS groups,
  COLLECT { MATCH (p)-[:AT_STAGE]->(s:Stage) RETURN s.id ORDER BY s.id } AS stages,
  COLLECT { MATCH (p)-[:SUPPORTS]->(o:Objective) RETURN o.id ORDER BY o.number } AS objectives,
  COLLECT { MATCH (p)-[:CONTRIBUTES_TO]->(t:Target) RETURN t.id ORDER BY t.goal, t.id } AS targets
