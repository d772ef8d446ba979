# Writes src/pypi-rules/trove-classifiers.json from the trove-classifiers package PyPI checks
# classifiers against (warehouse/forklift/metadata.py imports all_classifiers and
# deprecated_classifiers from it). Refresh it when a release of trove-classifiers adds some:
#   pip download --no-deps trove-classifiers -d /tmp/trove
#   PYTHONPATH=/tmp/trove/trove_classifiers-<version>-py3-none-any.whl \
#     python3 scripts/trove-classifiers.py && npx prettier --write src/pypi-rules/trove-classifiers.json
import json
import pathlib
from importlib import metadata

import trove_classifiers

out = pathlib.Path(__file__).resolve().parent.parent / "src/pypi-rules/trove-classifiers.json"
data = {
    "package": "trove-classifiers",
    "version": metadata.version("trove-classifiers"),
    "classifiers": sorted(trove_classifiers.classifiers),
    "deprecated": {k: v for k, v in sorted(trove_classifiers.deprecated_classifiers.items())},
}
out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"{out}: {len(data['classifiers'])} classifiers, {len(data['deprecated'])} deprecated")
