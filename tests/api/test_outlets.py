from tests.api.conftest import API
from tests.factories import OutletFactory


def test_outlets_by_name(client, db):
    OutletFactory(name="Xinhua", slug="xinhua")
    OutletFactory(name="Global Times", slug="global-times", kind="newspaper")
    items = client.get(f"{API}/outlets").json()["items"]
    assert [o["name"] for o in items] == ["Global Times", "Xinhua"]
    assert items[0]["kind"] == "newspaper"


def test_outlet_detail(client, db):
    outlet = OutletFactory(name="TASS")
    assert client.get(f"{API}/outlets/{outlet.pk}").json()["name"] == "TASS"
    assert client.get(f"{API}/outlets/{outlet.pk + 1}").status_code == 404
