"""A plain result has no HTTP details; a raw one has them, and its parsed result is typed."""

from otari import Otari
from otari.params import ChatCompletionMessageParam

client = Otari()
model = "openai:gpt-4o-mini"
reply = client.completion(model=model, messages=[{"role": "user", "content": "Hi"}])
print(reply.status_code)  # expect-error
print(reply.headers)  # expect-error
raw = client.with_raw_response.completion(model=model, messages=[{"role": "user", "content": "Hi"}])
print(raw.choices)  # expect-error
print(raw.parse().status_code)  # expect-error
hi: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hi"}]
client.with_raw_response.completion(model=model, messages=hi, temprature=1)  # expect-error
raw_key = client.with_raw_response.keys.get("key-id")
print(raw_key.key_name)  # expect-error
