"""A value of the wrong type for a request field or a per-call option is a type error."""

from otari import Otari
from otari.params import ChatCompletionMessageParam

client = Otari()
hi: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hi"}]
client.completion(model="openai:gpt-4o-mini", messages=hi, temperature="hot")  # expect-error
client.completion(model="openai:gpt-4o-mini", messages=hi, max_tokens="100")  # expect-error
client.completion(model="openai:gpt-4o-mini", messages=hi, stop=5)  # expect-error
client.completion(model="openai:gpt-4o-mini", messages=hi, reasoning_effort="extreme")  # expect-error
client.completion(model="openai:gpt-4o-mini", messages=hi, timeout="10s")  # expect-error
client.completion(model="openai:gpt-4o-mini", messages=hi, extra_headers={"x-n": 1})  # expect-error
client.embedding(model="openai:text-embedding-3-small", input=42)  # expect-error
client.budgets.create(name="team", max_budget="50")  # expect-error
client.keys.create(user_id="alice", expires_at=90)  # expect-error
client.pricing.set(model_key="openai:gpt-4o", input_price_per_million=1.0, output_price_per_million="2")  # expect-error
