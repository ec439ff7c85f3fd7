# Materialize superclass types in the graph of the type triple they come from.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { GRAPH ?g { ?s a ?super } }
WHERE {
  GRAPH <https://w3id.org/milcoop/graph/ontology> { ?c rdfs:subClassOf+ ?super . FILTER isIRI(?super) }
  GRAPH ?g { ?s a ?c }
  FILTER (?g NOT IN (<https://w3id.org/milcoop/graph/ontology>))
}
