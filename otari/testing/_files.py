"""In-memory Files API (``/v1/files``): uploads keep their bytes, scoped to the user who sent them."""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import Any

from ._multipart import parse_multipart
from ._replies import SECURITY_HEADERS, Reply, detail_reply, json_reply, missing, validation_reply
from ._routing import Call, Route

DEFAULT_PURPOSE = "user_data"


@dataclass(slots=True)
class StoredFile:
    info: dict[str, Any]
    content: bytes
    owner: str
    content_type: str


class FileStore:
    """Files by id, newest last; each belongs to the user who uploaded it (or ``user=`` for a master key)."""

    def __init__(self) -> None:
        self.files: dict[str, StoredFile] = {}

    @staticmethod
    def _owner(call: Call, named: str | None) -> str:
        # A master key acts for the user it names; anyone else owns what they upload.
        if call.principal.is_master and named:
            return named
        return call.principal.user_id

    def _find(self, call: Call) -> StoredFile | Reply:
        file_id = call.params["file_id"]
        stored = self.files.get(file_id)
        if stored is None or stored.owner != self._owner(call, call.query.get("user")):
            return detail_reply(404, f"File '{file_id}' not found")
        return stored

    def add(self, content: bytes, *, filename: str, purpose: str, owner: str, content_type: str) -> dict[str, Any]:
        file_id = "file-" + secrets.token_hex(12)
        info = {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": int(time.time()),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
            "expires_at": None,
        }
        self.files[file_id] = StoredFile(info, content, owner, content_type)
        return info

    def create(self, call: Call) -> Reply:
        form = parse_multipart(call.request.body, call.request.headers.get("content-type", ""))
        if form is None or "file" not in form:
            return validation_reply([missing(("body", "file"))])
        part = form["file"]
        purpose = form["purpose"].text() if "purpose" in form else DEFAULT_PURPOSE
        owner = self._owner(call, form["user"].text() if "user" in form else None)
        info = self.add(
            part.data,
            filename=part.filename or "upload",
            purpose=purpose,
            owner=owner,
            content_type=part.content_type or "application/octet-stream",
        )
        return json_reply(info)

    def list_files(self, call: Call) -> Reply:
        owner = self._owner(call, call.query.get("user"))
        purpose = call.query.get("purpose")
        data = [
            f.info
            for f in reversed(self.files.values())
            if f.owner == owner and (purpose is None or f.info["purpose"] == purpose)
        ]
        return json_reply({"object": "list", "data": data, "has_more": False})

    def get(self, call: Call) -> Reply:
        found = self._find(call)
        return found if isinstance(found, Reply) else json_reply(found.info)

    def content(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        return Reply(200, found.content, (("content-type", found.content_type), *SECURITY_HEADERS))

    def delete(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        del self.files[found.info["id"]]
        return json_reply({"id": found.info["id"], "object": "file", "deleted": True})

    def routes(self) -> list[Route]:
        return [
            Route("POST", "/v1/files", self.create, "reader", "multipart"),
            Route("GET", "/v1/files", self.list_files, "reader"),
            Route("GET", "/v1/files/{file_id}/content", self.content, "reader"),
            Route("GET", "/v1/files/{file_id}", self.get, "reader"),
            Route("DELETE", "/v1/files/{file_id}", self.delete, "reader"),
        ]


__all__ = ["FileStore"]
