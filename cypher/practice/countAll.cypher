// How many practices there are: from the count store, without reading them (no filter given).
MATCH (p:Practice) RETURN count(p) AS total
