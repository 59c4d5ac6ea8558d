"""What the server may leave out is ``X | None``: using it as ``X`` without a check is a type error."""

from otari import Otari

client = Otari()
reply = client.completion(model="openai:gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}])
text: str = reply.choices[0].message.content  # expect-error
total: int = reply.usage.total_tokens  # expect-error
provider: int = client.retrieve_batch("batch_1", provider="openai").provider  # expect-error
vector: str = client.embedding(model="openai:text-embedding-3-small", input="hi").data[0].embedding  # expect-error
