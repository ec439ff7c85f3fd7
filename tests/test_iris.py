import pytest

from ld.iris import DEFAULT_BASE, KINDS, Iris


@pytest.mark.parametrize("base", [DEFAULT_BASE, "http://127.0.0.1:8080/", "https://example.org/kg/"])
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_mint_parse_round_trip(base, kind):
    iris = Iris(base)
    iri = iris.mint(kind, "some-slug-2022")
    assert iris.parse(iri) == (kind, "some-slug-2022")
    assert iris.parse(iri + "#troops") == (kind, "some-slug-2022")


def test_documents_of_an_instance():
    iris = Iris("http://127.0.0.1:8080/")
    iri = iris.mint("exercise", "regional-cooperation-2022")
    assert iris.document(iri, "page") == "http://127.0.0.1:8080/page/exercise/regional-cooperation-2022"
    assert iris.document(iri, "data") == "http://127.0.0.1:8080/data/exercise/regional-cooperation-2022"


@pytest.mark.parametrize("iri", [
    "https://w3id.org/milcoop/id/nokind/x", "https://w3id.org/milcoop/id/state/Bad_Slug",
    "https://example.org/id/state/tajikistan", "https://w3id.org/milcoop/id/state/a/b",
])
def test_parse_rejects_what_we_do_not_mint(iri):
    assert Iris().parse(iri) is None


@pytest.mark.parametrize("slug", ["Tajikistan", "a b", "-x", "x-", "x---y", ""])
def test_mint_rejects_bad_slugs(slug):
    with pytest.raises(ValueError, match="bad slug"):
        Iris().mint("state", slug)


def test_rebase_moves_iris_in_text():
    iris = Iris("http://localhost:9/")
    assert iris.rebase("<https://w3id.org/milcoop/id/state/x> <https://w3id.org/milcoop/ontology#State>") == \
        "<http://localhost:9/id/state/x> <http://localhost:9/ontology#State>"
