"""Example queries shown on the home page and preloaded in the query UI. Each must run and answer
(a test runs them all). Written under the default base; the views rebase them."""

PREFIXES = """PREFIX mco: <https://w3id.org/milcoop/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""

EXAMPLES = [
    ("Which states exercised with Tajikistan in 2022, with how many troops, and who says so?", PREFIXES + """
SELECT DISTINCT ?exercise ?exerciseLabel ?state ?stateLabel ?source WHERE {
  ?exercise a mco:JointExercise ; rdfs:label ?exerciseLabel ;
            schema:participant <https://w3id.org/milcoop/id/state/tajikistan> , ?state ;
            schema:startDate ?start ; prov:wasDerivedFrom ?s .
  ?state a schema:Country ; rdfs:label ?stateLabel .
  ?s dct:title ?source .
  FILTER (?state != <https://w3id.org/milcoop/id/state/tajikistan> && STRSTARTS(STR(?start), "2022"))
} ORDER BY ?exerciseLabel ?stateLabel"""),
    ("Joint exercises with their troop numbers, largest first", PREFIXES + """
SELECT DISTINCT ?exercise ?label ?troops WHERE {
  ?exercise a mco:JointExercise ; rdfs:label ?label ; mco:troops ?q .
  ?q schema:value ?troops .
} ORDER BY DESC(?troops)"""),
    ("Where the sources disagree: Regional Cooperation-2022's dates, by source", PREFIXES + """
SELECT ?source ?start ?end ?duration ?quote WHERE {
  ?claim mco:claimAbout <https://w3id.org/milcoop/id/exercise/regional-cooperation-2022> ;
         prov:wasDerivedFrom/dct:title ?source ; mco:evidence/oa:hasSelector/oa:exact ?quote .
  { GRAPH ?claim { ?x mco:startDate ?start ; mco:endDate ?end } }
  UNION { GRAPH ?claim { ?x mco:duration ?duration } }
}"""),
    ("US assistance to Tajikistan in dollars", PREFIXES + """
SELECT DISTINCT ?aid ?label ?value ?atLeast WHERE {
  ?aid mco:donor <https://w3id.org/milcoop/id/state/united-states> ;
       mco:recipient <https://w3id.org/milcoop/id/state/tajikistan> ; rdfs:label ?label ; mco:amount ?m .
  ?m schema:currency "USD" .
  OPTIONAL { ?m schema:value ?value } OPTIONAL { ?m schema:minValue ?atLeast }
}"""),
    ("Alleged facts and who alleges them", PREFIXES + """
SELECT DISTINCT ?fact ?label ?source WHERE {
  ?fact mco:certainty <https://w3id.org/milcoop/id/concept/alleged> ; rdfs:label ?label ;
        prov:wasDerivedFrom/dct:title ?source .
} ORDER BY ?label"""),
    ("Cooperation activities per partner of Tajikistan", PREFIXES + """
SELECT ?partner ?label (COUNT(DISTINCT ?activity) AS ?activities) WHERE {
  ?activity a mco:CooperationActivity ;
            schema:participant <https://w3id.org/milcoop/id/state/tajikistan> , ?partner .
  ?partner a mco:State ; rdfs:label ?label .
  FILTER (?partner != <https://w3id.org/milcoop/id/state/tajikistan>)
} GROUP BY ?partner ?label ORDER BY DESC(?activities)"""),
]


def for_base(iris) -> list[tuple[str, str]]:
    return [(title, iris.rebase(query)) for title, query in EXAMPLES]
