"""A console chat with the running assistant, over the REST channel, for `make run`."""
import json
import os
import sys
import urllib.error
import urllib.request
import uuid
from typing import Any, Dict, List

WEBHOOK = os.environ.get("ASSISTANT_REST_URL", "http://localhost:5005/webhooks/rest/webhook")


def send(sender: str, text: str) -> List[Dict[str, Any]]:
    """Post one message and return the assistant's replies."""
    body = json.dumps({"sender": sender, "message": text}).encode("utf-8")
    request = urllib.request.Request(WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read().decode("utf-8"))


def show(replies: List[Dict[str, Any]]) -> None:
    """Print replies; buttons become the numbered lines an SMS user would see."""
    for reply in replies:
        if reply.get("text"):
            print(f"  {reply['text']}")
        for button in reply.get("buttons") or []:
            print(f"     {button['title']}")


def main() -> None:
    """Read lines until Ctrl-D or Ctrl-C; every line is one message."""
    sender = uuid.uuid4().hex
    print("Chat with the assistant. Type a message (Ctrl-C to stop everything).")
    while True:
        try:
            text = input("> ")
        except EOFError:
            return
        try:
            show(send(sender, text))
        except (urllib.error.URLError, OSError) as error:
            print(f"  (the assistant did not answer: {error})", file=sys.stderr)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print()
