import re

import pytest

from ld.errors import ConfigError
from ld.settings import PROJECT_ROOT, SETTINGS, Settings


def test_environment_overrides_defaults():
    s = Settings.load(env={"MILCOOP_BASE": "http://example.org/x/", "MILCOOP_PORT": "9000"})
    assert (s.base, s.port) == ("http://example.org/x/", 9000)


def test_toml_file_is_read_and_environment_wins(tmp_path):
    cfg = tmp_path / "m.toml"
    cfg.write_text('base = "http://toml.example/"\nport = 7000\n')
    s = Settings.load(env={"MILCOOP_CONFIG": str(cfg), "MILCOOP_PORT": "7001"})
    assert (s.base, s.port) == ("http://toml.example/", 7001)


@pytest.mark.parametrize("env, message", [
    ({"MILCOOP_BASE": "http://no-slash"}, "must end with '/'"),
    ({"MILCOOP_PORT": "eighty"}, "port must be a whole number"),
    ({"MILCOOP_REASONER": "pellet"}, "reasoner must be"),
])
def test_bad_settings_are_named(env, message):
    with pytest.raises(ConfigError, match=message):
        Settings.load(env=env)


def test_readme_lists_every_setting():
    readme = (PROJECT_ROOT / "README.md").read_text()
    for name, default, _ in SETTINGS:
        assert re.search(rf"`MILCOOP_{name.upper()}`", readme), f"README does not list MILCOOP_{name.upper()}"


def test_curation_guide_lists_every_fact_key():
    from ld.fields import FIELDS

    guide = (PROJECT_ROOT / "docs" / "curation.md").read_text()
    for f in FIELDS:
        assert f"| `{f.key}` | `mco:{f.prop}`" in guide, f"docs/curation.md does not list {f.key}"
