"""Messages must be a list of messages, each with a known ``role`` and the fields of that role."""

from otari import Otari

client = Otari()
model = "openai:gpt-4o-mini"
client.completion(model=model, messages="hi")  # expect-error
client.completion(model=model, messages=[{"content": "hi"}])  # expect-error
client.completion(model=model, messages=[{"role": "wizard", "content": "hi"}])  # expect-error
client.completion(model=model, messages=[{"role": "tool", "content": "42"}])  # expect-error
client.completion(model=model, messages=[{"role": "user", "content": "hi", "contnet": "x"}])  # expect-error
client.completion(model=model, messages=[{"role": "user", "content": [{"type": "text"}]}])  # expect-error
client.message(model=model, max_tokens=64, messages=[{"role": "system", "content": "hi"}])  # expect-error
