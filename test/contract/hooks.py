"""Schemathesis hooks for the contract fuzz (test/contract/contract.test.ts).

Generated names rarely hit anything that exists, so part of the generated path parameters are
swapped for the fixtures the test creates (both ES flavors, an index, a database with points):
the fuzzer then also reaches the success answers. ES _bulk bodies are sent as NDJSON.
"""

import json
import os
import re
import sys

import schemathesis
from hypothesis import strategies as st

# The fixtures, as the test created them (names passed in the environment).
FIXTURES = {
    "index": os.environ["CONTRACT_INDEX"],
    "db": os.environ["CONTRACT_DB"],
    "m": os.environ["CONTRACT_MEASUREMENT"],
    "key": os.environ["CONTRACT_TAG_KEY"],
}
ES_INSTANCES = ["default", "opensearch"]

# CPython 3.11's ast.parse can fail deep in a stack ("AST constructor recursion depth mismatch",
# fixed in 3.12). Hypothesis parses source only to name a filter's lambda in a repr: there, such a
# failure falls back to a plain name instead of ending the run.
if sys.version_info < (3, 12):
    from hypothesis.internal import lambda_sources

    _describe_lambda = lambda_sources._lambda_description

    def _describe_lambda_or_plain(f):
        try:
            return _describe_lambda(f)
        except SystemError:
            return "lambda: <unknown>"

    lambda_sources._lambda_description = _describe_lambda_or_plain


@schemathesis.hook
def flatmap_path_parameters(ctx, path_parameters):
    if not isinstance(path_parameters, dict):
        return st.just(path_parameters)
    choices = {}
    for name, value in path_parameters.items():
        if name == "instance" and value in ES_INSTANCES and ctx.operation.path.startswith("/es/"):
            choices[name] = st.sampled_from(ES_INSTANCES)
        elif name in FIXTURES:
            choices[name] = st.sampled_from([FIXTURES[name], value])
        else:
            choices[name] = st.just(value)
    return st.fixed_dictionaries(choices)


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx, value):
    lines = value if isinstance(value, list) else [value]
    return "".join(json.dumps(line) + "\n" for line in lines).encode()


# A 5xx that relays a backend (501, 503, 504: not_a_server_error lets these through) must say so:
# an envelope whose message names the instance at fault. The gateway's own failures are 500.
BACKEND_NAMED = re.compile(r"\b(?:es|influx)/[^\s:]+|^not ready: ")


@schemathesis.check
def backend_5xx_names_the_backend(ctx, response, case):
    if response.status_code < 500:
        return None
    try:
        body = response.json()
    except ValueError:
        raise AssertionError(f"a {response.status_code} outside the envelope: {response.text[:300]}")
    if not isinstance(body, dict) or body.get("result") is not False or not isinstance(body.get("message"), str):
        raise AssertionError(f"a {response.status_code} outside the envelope: {response.text[:300]}")
    if response.status_code == 500 or not BACKEND_NAMED.search(body["message"]):
        raise AssertionError(f"a {response.status_code} of the gateway's own: {body['message']}")
    return None
