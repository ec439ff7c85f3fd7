# Public profile: every fact-bearing resource prov:wasDerivedFrom each source that supports it,
# and mco:claim from the resource to each claim about it.
PREFIX mco:  <https://w3id.org/milcoop/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
INSERT { GRAPH <https://w3id.org/milcoop/graph/inferred> { ?r prov:wasDerivedFrom ?src ; mco:claim ?claim } }
WHERE  { GRAPH <https://w3id.org/milcoop/graph/provenance> { ?claim a mco:Claim ; mco:claimAbout ?r ; prov:wasDerivedFrom ?src } }
