# Each activity gets the CAMEO event types of its class (mco:cameoCode on the class).
PREFIX mco:  <https://w3id.org/milcoop/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
INSERT { GRAPH <https://w3id.org/milcoop/graph/inferred> { ?x mco:cameoEventType ?concept } }
WHERE {
  GRAPH <https://w3id.org/milcoop/graph/ontology> { ?class mco:cameoCode ?code }
  GRAPH <https://w3id.org/milcoop/graph/vocabulary> { ?concept skos:notation ?code }
  GRAPH <https://w3id.org/milcoop/graph/entities> { ?x a ?class }
}
