#!/usr/bin/env bash
# The release done by hand, one command after another, as `npm run bench` compares it with the
# action: the same git checks, build, twine check and wheel test the action runs, and with an
# index URL also the upload and the draft GitHub release with both files attached.
#
#   bench-release.sh WORKSPACE PYTHON TAG [REPOSITORY_URL API_URL OWNER/REPO]
#
# Credentials come from the environment only: TWINE_USERNAME and TWINE_PASSWORD for twine,
# GITHUB_TOKEN for the API (handed to curl on stdin, never on its command line).
set -euo pipefail

workspace=$1
python=$2
tag=$3
repository_url=${4:-}
api_url=${5:-}
repository=${6:-}
version=${tag#v}

cd "$workspace"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Validate: an annotated tag, on the default branch of origin.
[ "$(git cat-file -t "refs/tags/$tag")" = tag ]
commit=$(git rev-parse --verify --quiet "refs/tags/$tag^{commit}")
branch=$(git ls-remote --symref origin HEAD 'refs/heads/*' |
  awk '$1 == "ref:" && $3 == "HEAD" { sub("refs/heads/", "", $2); print $2 }')
branch=${branch:-main}
git fetch --quiet --no-tags origin "+refs/heads/$branch:refs/remotes/origin/$branch"
git merge-base --is-ancestor "$commit" "refs/remotes/origin/$branch"

# Build from a clean tree, with the tag's commit time for reproducible archives.
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct "refs/tags/$tag^{commit}")
export SOURCE_DATE_EPOCH
rm -rf dist build ./*.egg-info
"$python" -m build --sdist --wheel --outdir dist --no-isolation --skip-dependency-check .
sdist=$(echo dist/*.tar.gz)
wheel=$(echo dist/*.whl)
[ -f "$sdist" ] && [ -f "$wheel" ]

twine check --strict "$sdist" "$wheel"

# Test the wheel in a fresh venv, from outside the source tree.
# The same commands the pipeline runs: a venv without pip, filled by the host's pip.
"$python" -m venv --without-pip "$scratch/venv"
"$python" -m pip --python "$scratch/venv/bin/python" install --disable-pip-version-check --no-input "$wheel"
installed=$(cd "$scratch" && "$scratch/venv/bin/python" -c 'import hello_pyrelease; print(hello_pyrelease.__version__)')
[ "$installed" = "$version" ]

[ -n "$repository_url" ] || exit 0

twine upload --non-interactive --disable-progress-bar --repository-url "$repository_url" "$sdist" "$wheel"

# The draft release: the changelog section as its body, then both files as assets.
awk -v heading="## [$version]" '
  index($0, heading) == 1 { found = 1; next }
  found && /^## / { exit }
  found { print }
' CHANGELOG.md >"$scratch/notes.md"
jq -n --arg tag "$tag" --rawfile body "$scratch/notes.md" \
  '{tag_name: $tag, name: $tag, body: $body, draft: true, prerelease: false}' >"$scratch/release.json"

github() {
  printf 'Authorization: Bearer %s\n' "$GITHUB_TOKEN" |
    curl --silent --show-error --fail -H @- -H 'Accept: application/vnd.github+json' "$@"
}
github --data-binary @"$scratch/release.json" -H 'Content-Type: application/json' \
  "$api_url/repos/$repository/releases" >"$scratch/created.json"
upload_url=$(jq -r .upload_url "$scratch/created.json")
upload_url=${upload_url%%\{*}
for file in "$sdist" "$wheel"; do
  case $file in
  *.whl) type=application/zip ;;
  *) type=application/gzip ;;
  esac
  name=$(jq -rn --arg name "${file##*/}" '$name | @uri')
  github --data-binary @"$file" -H "Content-Type: $type" "$upload_url?name=$name" >/dev/null
done
