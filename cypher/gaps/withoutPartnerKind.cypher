// (a) Country × theme cells with practices, none of which has a partner of $kind: read from the
// cells (load/countryThemeCells), which hold each cell's practices and the partner kinds they have.
MATCH (cell:CountryThemeCell)
WHERE NOT $kind IN cell.kinds
  AND ($countries IS NULL OR cell.country IN $countries) AND ($themes IS NULL OR cell.theme IN $themes)
RETURN cell.country AS country, cell.theme AS theme, cell.practiceIds AS practiceIds, cell.kinds AS kinds
ORDER BY country, theme
