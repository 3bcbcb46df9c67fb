"""Pull the JSON-LD data blocks out of a rendered page (shared by the area tests)."""

import json
import re

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld_objects(html):
    return [json.loads(block) for block in JSON_LD.findall(html)]


def json_ld_of_type(html, type_name):
    return [item for item in json_ld_objects(html) if item.get("@type") == type_name]
