"""Pseudonyms: stable per sender and channel, keyed, and the key file is owner-only."""
import stat

import pytest

from bot.privacy import pseudonym as module


@pytest.fixture
def fresh_key(monkeypatch, tmp_path):
    monkeypatch.delenv(module.KEY_ENV, raising=False)
    monkeypatch.setenv(module.KEY_FILE_ENV, str(tmp_path / "keys" / "pseudonym.key"))
    module.key.cache_clear()
    yield tmp_path / "keys" / "pseudonym.key"
    module.key.cache_clear()


def test_the_key_file_is_created_on_first_use_readable_only_by_its_owner(fresh_key):
    module.pseudonym("rest", "+46701740605")
    assert stat.S_IMODE(fresh_key.stat().st_mode) == 0o600
    assert len(fresh_key.read_text().strip()) == 64


def test_the_same_sender_gets_the_same_pseudonym_and_it_hides_the_number(fresh_key):
    first = module.pseudonym("rest", "+46701740605")
    assert first == module.pseudonym("rest", "+46701740605")
    assert "701740605" not in first and len(first) == 64


def test_channels_and_keys_give_different_pseudonyms(fresh_key, monkeypatch):
    on_sms = module.pseudonym("sms", "+46701740605")
    assert on_sms != module.pseudonym("whatsapp", "+46701740605")
    monkeypatch.setenv(module.KEY_ENV, "another key")
    module.key.cache_clear()
    assert module.pseudonym("sms", "+46701740605") != on_sms
