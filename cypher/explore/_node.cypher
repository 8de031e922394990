// Fragment: a node as the explorer shows it.
{type: labels(n)[0], id: n.id, label: coalesce(n.title, n.name, n.article, n.id),
 properties: n {.*}} AS node
