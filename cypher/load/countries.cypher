// Every ISO 3166-1 country, named by the world-countries library.
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
SET c += row.props, c.loadStamp = $stamp
