// Coverage COUNTRY × THEME of the whole catalogue (no filter, no year): the cells as they stand
// (load/countryThemeCells, curation/refreshCells), not a join over every practice.
MATCH (cell:CountryThemeCell)
RETURN cell.country AS row, cell.theme AS column, size(cell.practiceIds) AS count, cell.practiceIds[..$maxIds] AS practiceIds
