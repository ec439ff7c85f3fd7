# Materialize superproperty triples in the graph of the triple they come from,
# so a claim's graph says what its source supports in every vocabulary we align to.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
INSERT { GRAPH ?g { ?s ?super ?o } }
WHERE {
  GRAPH <https://w3id.org/milcoop/graph/ontology> { ?p rdfs:subPropertyOf+ ?super }
  GRAPH ?g { ?s ?p ?o }
  FILTER (?g NOT IN (<https://w3id.org/milcoop/graph/ontology>))
}
