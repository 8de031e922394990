// Every node, with its labels and properties, for `kg backup`. Its element id is only the key by
// which the relationships of the same backup name their ends.
MATCH (x)
RETURN elementId(x) AS key, labels(x) AS labels,
  // @include backup/_properties
  AS props
