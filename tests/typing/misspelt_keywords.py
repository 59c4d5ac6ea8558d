"""A misspelt keyword argument is a type error, not a run-time surprise."""

from otari import AsyncOtari, Otari
from otari.params import ChatCompletionMessageParam

client = Otari()
hi: list[ChatCompletionMessageParam] = [{"role": "user", "content": "Hi"}]
client.completion(model="openai:gpt-4o-mini", messages=hi, temprature=0.2)  # expect-error
client.completion(model="openai:gpt-4o-mini", messages=hi, max_token=100)  # expect-error
client.completion_stream(model="openai:gpt-4o-mini", messages=hi, top_pp=0.5)  # expect-error
client.embedding(model="openai:text-embedding-3-small", input="hi", dimension=8)  # expect-error
client.retrieve_batch("batch_1", provider="openai", extra_header={"x": "y"})  # expect-error


async def main(aclient: AsyncOtari) -> None:
    await aclient.completion(model="openai:gpt-4o-mini", messages=hi, temprature=0.2)  # expect-error


client.keys.create(user_id="alice", key_nmae="laptop")  # expect-error
client.users.update("alice", blockd=True)  # expect-error
client.keys.get("key-id", extra_header={"x": "y"})  # expect-error
client.users.delete("alice", timeout="soon")  # expect-error
