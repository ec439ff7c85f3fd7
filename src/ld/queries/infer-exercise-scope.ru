# A joint exercise with exactly two state participants is bilateral, with more multilateral,
# counting the participants every source reports (the union of the claim graphs).
PREFIX mco: <https://w3id.org/milcoop/ontology#>
INSERT { GRAPH <https://w3id.org/milcoop/graph/inferred> { ?x a ?scope } }
WHERE {
  { SELECT ?x (COUNT(DISTINCT ?state) AS ?n) WHERE {
      GRAPH <https://w3id.org/milcoop/graph/entities> { ?x a mco:JointExercise . ?state a mco:State }
      GRAPH ?claim { ?x mco:participant ?state }
    } GROUP BY ?x }
  FILTER (?n >= 2)
  BIND (IF(?n = 2, mco:BilateralExercise, mco:MultilateralExercise) AS ?scope)
}
