"""api.md §1: every client-resolution rule, for both clients."""

from __future__ import annotations

import pytest

from otari import AsyncOtari, Otari, OtariConfigError
from otari._config import HOSTED_BASE_URL, USER_AGENT, resolve_config
from tests import wire
from tests.replay import ReplayServer

CLIENTS = [Otari, AsyncOtari]


def test_config_error_is_a_value_error() -> None:
    assert issubclass(OtariConfigError, ValueError)


# Rule 1: ambiguous combinations.
@pytest.mark.parametrize("cls", CLIENTS)
def test_api_key_and_otari_key_together_is_ambiguous(cls: type) -> None:
    with pytest.raises(OtariConfigError, match=r"api_key.*otari_key"):
        cls(api_key="tk_a", otari_key="gw-b", base_url="http://x")


@pytest.mark.parametrize("cls", CLIENTS)
def test_platform_mode_with_otari_key_is_ambiguous(cls: type) -> None:
    with pytest.raises(OtariConfigError, match="platform_mode=True cannot be combined with otari_key"):
        cls(platform_mode=True, otari_key="gw-b", base_url="http://x")


def test_api_key_with_platform_mode_false_is_ambiguous() -> None:
    with pytest.raises(OtariConfigError, match="platform_mode=False"):
        resolve_config(api_key="tk_a", platform_mode=False, env={})


# Rule 2: platform mode.
def test_api_key_alone_selects_platform_mode_and_hosted_default() -> None:
    config = resolve_config(api_key="tk_a", env={})
    assert config.platform_mode is True
    assert config.base_url == HOSTED_BASE_URL
    assert config.auth_headers() == {"Authorization": "Bearer tk_a"}


def test_platform_mode_true_takes_token_from_env() -> None:
    config = resolve_config(platform_mode=True, env={"OTARI_AI_TOKEN": "tk_env"})
    assert config.platform_mode and config.auth_headers() == {"Authorization": "Bearer tk_env"}


def test_canonical_env_token_wins_over_legacy_alias() -> None:
    env = {"OTARI_AI_TOKEN": "tk_new", "GATEWAY_PLATFORM_TOKEN": "tk_old"}
    assert resolve_config(env=env).auth_headers() == {"Authorization": "Bearer tk_new"}


def test_legacy_alias_alone_selects_platform_mode() -> None:
    config = resolve_config(env={"GATEWAY_PLATFORM_TOKEN": "tk_old"})
    assert config.platform_mode and config.auth_headers() == {"Authorization": "Bearer tk_old"}


def test_env_token_selects_platform_mode_only_without_explicit_credentials() -> None:
    env = {"OTARI_AI_TOKEN": "tk_env", "GATEWAY_API_BASE": "http://gw:8000"}
    config = resolve_config(otari_key="gw-explicit", env=env)
    assert config.platform_mode is False
    assert config.auth_headers() == {"Otari-Key": "Bearer gw-explicit"}


def test_env_token_loses_to_explicit_platform_mode_false() -> None:
    env = {"OTARI_AI_TOKEN": "tk_env", "GATEWAY_API_BASE": "http://gw", "GATEWAY_API_KEY": "gw-k"}
    assert resolve_config(platform_mode=False, env=env).platform_mode is False


def test_api_key_wins_over_env_token() -> None:
    config = resolve_config(api_key="tk_arg", env={"OTARI_AI_TOKEN": "tk_env"})
    assert config.auth_headers() == {"Authorization": "Bearer tk_arg"}


def test_platform_mode_without_any_token_names_the_fix() -> None:
    with pytest.raises(OtariConfigError, match="platform mode requires a token") as info:
        resolve_config(platform_mode=True, env={})
    assert "OTARI_AI_TOKEN" in str(info.value) and "api_key" in str(info.value)


def test_empty_env_vars_count_as_unset() -> None:
    with pytest.raises(OtariConfigError, match="platform mode requires a token"):
        resolve_config(platform_mode=True, env={"OTARI_AI_TOKEN": "", "GATEWAY_PLATFORM_TOKEN": ""})


# Rule 3 and 4: self-hosted mode and base URL.
def test_self_hosted_from_arguments() -> None:
    config = resolve_config(base_url="http://localhost:8000", otari_key="gw-k", env={})
    assert config.platform_mode is False
    assert config.base_url == "http://localhost:8000"
    assert config.auth_headers() == {"Otari-Key": "Bearer gw-k"}


def test_self_hosted_from_environment() -> None:
    config = resolve_config(env={"GATEWAY_API_BASE": "http://gw:9000/", "GATEWAY_API_KEY": "gw-env"})
    assert (config.platform_mode, config.base_url) == (False, "http://gw:9000")
    assert config.auth_headers() == {"Otari-Key": "Bearer gw-env"}


def test_arguments_win_over_environment() -> None:
    env = {"GATEWAY_API_BASE": "http://env:1", "GATEWAY_API_KEY": "gw-env"}
    config = resolve_config(base_url="http://arg:2", otari_key="gw-arg", env=env)
    assert config.base_url == "http://arg:2" and config.auth_headers() == {"Otari-Key": "Bearer gw-arg"}


def test_self_hosted_without_base_url_names_param_and_env_var() -> None:
    with pytest.raises(OtariConfigError) as info:
        resolve_config(otari_key="gw-k", env={})
    assert "base_url" in str(info.value) and "GATEWAY_API_BASE" in str(info.value)


def test_nothing_configured_is_a_clear_error() -> None:
    with pytest.raises(OtariConfigError, match="GATEWAY_API_BASE"):
        resolve_config(env={})


def test_self_hosted_without_key_names_param_and_env_var() -> None:
    with pytest.raises(OtariConfigError) as info:
        resolve_config(base_url="http://gw", env={})
    assert "otari_key" in str(info.value) and "GATEWAY_API_KEY" in str(info.value)


def test_explicit_base_url_overrides_hosted_default() -> None:
    config = resolve_config(api_key="tk", base_url="https://staging.example/v1", env={})
    assert config.platform_mode and (config.base_url, config.api_root) == ("https://staging.example", "/v1")
    # A platform base you chose, without a root, is discovered like any other.
    config = resolve_config(api_key="tk", base_url="https://staging.example", env={})
    assert (config.base_url, config.api_root) == ("https://staging.example", None)


def test_the_hosted_default_pins_api_v1() -> None:
    config = resolve_config(api_key="tk", env={})
    assert (config.base_url, config.api_root) == (HOSTED_BASE_URL, "/api/v1")


def test_env_base_url_overrides_hosted_default_in_platform_mode() -> None:
    config = resolve_config(env={"OTARI_AI_TOKEN": "tk", "GATEWAY_API_BASE": "http://proxy:1/v1"})
    assert (config.base_url, config.api_root) == ("http://proxy:1", "/v1")


@pytest.mark.parametrize(
    ("given", "expected", "root"),
    [
        ("http://gw:8000", "http://gw:8000", None),
        ("http://gw:8000/", "http://gw:8000", None),
        ("http://gw:8000/v1", "http://gw:8000", "/v1"),
        ("http://gw:8000/v1/", "http://gw:8000", "/v1"),
        ("http://gw:8000/api/v1", "http://gw:8000", "/api/v1"),
        ("http://gw:8000/api/v1/", "http://gw:8000", "/api/v1"),
        ("http://gw:8000/prefix/v1", "http://gw:8000/prefix", "/v1"),
        ("http://gw:8000/gateway/api/v1", "http://gw:8000/gateway", "/api/v1"),
        ("http://gw:8000/gateway", "http://gw:8000/gateway", None),
        ("http://gw:8000/api", "http://gw:8000/api", None),
        ("http://gw:8000/myapi/v1", "http://gw:8000/myapi", "/v1"),  # /api/v1 is matched on whole segments
        ("http://gw:8000/v1/v1", "http://gw:8000/v1", "/v1"),
        ("http://gw:8000/v2", "http://gw:8000/v2", None),
    ],
)
def test_base_url_normalisation(given: str, expected: str, root: str | None) -> None:
    config = resolve_config(base_url=given, otari_key="gw-k", env={})
    assert (config.base_url, config.api_root) == (expected, root)
    from_env = resolve_config(otari_key="gw-k", env={"GATEWAY_API_BASE": given})
    assert (from_env.base_url, from_env.api_root) == (expected, root)


@pytest.mark.parametrize("bad", ["localhost:8000", "ftp://gw", "http://", "http://gw?x=1"])
def test_bad_base_url_is_rejected_naming_the_parameter(bad: str) -> None:
    with pytest.raises(OtariConfigError, match="base_url"):
        resolve_config(base_url=bad, otari_key="gw-k", env={})


def test_bad_env_base_url_names_the_variable() -> None:
    with pytest.raises(OtariConfigError, match="GATEWAY_API_BASE"):
        resolve_config(otari_key="gw-k", env={"GATEWAY_API_BASE": "nonsense"})


@pytest.mark.parametrize(("name", "value"), [("api_key", 123), ("otari_key", b"gw"), ("base_url", 8000)])
def test_wrong_types_name_the_parameter(name: str, value: object) -> None:
    with pytest.raises(OtariConfigError, match=name):
        resolve_config(**{name: value}, env={})  # type: ignore[arg-type]


def test_empty_string_argument_is_rejected() -> None:
    with pytest.raises(OtariConfigError, match="otari_key is empty"):
        resolve_config(otari_key="  ", base_url="http://gw", env={})


# Rule 6: control-plane credentials.
def test_admin_key_argument_is_used_for_control_plane() -> None:
    config = resolve_config(base_url="http://gw", otari_key="gw-k", admin_key="master", env={})
    assert config.admin_headers() == {"Otari-Key": "Bearer master"}
    assert config.auth_headers() == {"Otari-Key": "Bearer gw-k"}


def test_admin_key_from_environment() -> None:
    env = {"GATEWAY_ADMIN_KEY": "master-env"}
    config = resolve_config(base_url="http://gw", otari_key="gw-k", env=env)
    assert config.admin_headers() == {"Otari-Key": "Bearer master-env"}


def test_admin_key_argument_wins_over_environment() -> None:
    env = {"GATEWAY_ADMIN_KEY": "master-env"}
    config = resolve_config(base_url="http://gw", otari_key="gw-k", admin_key="master-arg", env=env)
    assert config.admin_headers() == {"Otari-Key": "Bearer master-arg"}


def test_control_plane_falls_back_to_own_credential() -> None:
    config = resolve_config(base_url="http://gw", otari_key="master", env={})
    assert config.admin_headers() == {"Otari-Key": "Bearer master"}


def test_platform_mode_admin_uses_authorization_header() -> None:
    config = resolve_config(api_key="tk", admin_key="adm", env={})
    assert config.admin_headers() == {"Authorization": "Bearer adm"}


def test_admin_key_alone_is_enough_for_a_self_hosted_operator() -> None:
    config = resolve_config(base_url="http://gw", admin_key="master", env={})
    assert config.auth_headers() == {} and config.admin_headers() == {"Otari-Key": "Bearer master"}


# Secrets never show.
def test_config_repr_hides_secrets() -> None:
    config = resolve_config(base_url="http://gw", otari_key="gw-SECRET123", admin_key="MASTER456", env={})
    text = repr(config) + str(config)
    assert "SECRET123" not in text and "MASTER456" not in text


@pytest.mark.parametrize("cls", CLIENTS)
def test_client_repr_hides_secrets(cls: type) -> None:
    client = cls(base_url="http://gw", otari_key="gw-SECRET123")
    assert "SECRET123" not in repr(client)
    assert client.platform_mode is False and client.base_url == "http://gw"


@pytest.mark.parametrize("cls", CLIENTS)
def test_client_reads_environment(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OTARI_AI_TOKEN", "tk_env")
    client = cls()
    assert client.platform_mode is True and client.base_url == HOSTED_BASE_URL


# Rule 5: headers on the wire.
def test_self_hosted_headers_on_the_wire(replay: ReplayServer) -> None:
    replay.add(wire.load("chat-nonstream"))
    with Otari(base_url=replay.url + replay.api_root, otari_key="gw-wirekey") as client:
        client.completion(model="openai:fake-model", messages=[{"role": "user", "content": "hi"}])
    sent = replay.last
    assert sent.path == replay.served("/v1/chat/completions") and not replay.misses
    assert sent.headers["otari-key"] == "Bearer gw-wirekey"
    assert "authorization" not in sent.headers
    assert sent.headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("otari-python/")


async def test_platform_headers_on_the_wire(replay: ReplayServer) -> None:
    replay.add(wire.load("chat-nonstream"))
    async with AsyncOtari(api_key="tk_wire", base_url=replay.url) as client:
        await client.completion(model="openai:fake-model", messages=[{"role": "user", "content": "hi"}])
    sent = replay.last
    assert sent.headers["authorization"] == "Bearer tk_wire"
    assert "otari-key" not in sent.headers
    assert sent.headers["user-agent"] == USER_AGENT


def test_control_plane_call_uses_admin_header_on_the_wire(replay: ReplayServer) -> None:
    replay.add(wire.load("keys-list"))
    with Otari(base_url=replay.url, otari_key="gw-virtual", admin_key="master-k") as client:
        client.keys.list()
    assert replay.last.headers["otari-key"] == "Bearer master-k"
