"""The gateway spec this core was generated from (written by scripts/regen.py)."""

SPEC_VERSION = "0.0.0-dev"
SPEC_SOURCE = "otari-gateway.openapi.json"
SPEC_SHA256 = "8732d4a3580d582aabff25bf27cc33b3708f3e46f100047ba8fc55918cca684b"
